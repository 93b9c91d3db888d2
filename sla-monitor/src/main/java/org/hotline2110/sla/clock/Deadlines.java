package org.hotline2110.sla.clock;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.sla.policy.ClockPolicy;
import org.hotline2110.sla.policy.SlaPolicy;

/**
 * Deadline and warning instant of a clock started now. Working hours and working days are counted here as
 * elapsed hours and 24-hour days; the working-day calendar (holidays, make-up days, office hours) replaces
 * this arithmetic.
 */
@ApplicationScoped
public class Deadlines {

    private final SlaPolicy policy;

    public Deadlines(SlaPolicy policy) {
        this.policy = policy;
    }

    public Window window(Clock clock, Urgency urgency, Instant start) {
        Duration length = length(policy.clock(clock), urgency);
        Duration warning = Duration.ofMillis(Math.round(length.toMillis() * policy.warningRatio()));
        return new Window(start, start.plus(length), start.plus(warning));
    }

    private static Duration length(ClockPolicy clock, Urgency urgency) {
        if (urgency == Urgency.URGENT && clock.urgentElapsed() != null) {
            return clock.urgentElapsed();
        }
        if (clock.elapsed() != null) {
            return clock.elapsed();
        }
        if (clock.workingHours() != null) {
            return Duration.ofHours(clock.workingHours());
        }
        return Duration.ofDays(clock.workingDays());
    }

    /** When a clock started, when it is due, and when it turns yellow. */
    public record Window(Instant start, Instant deadline, Instant warnAt) {
    }
}
