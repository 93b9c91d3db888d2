package org.hotline2110.sla.clock;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.WorkingCalendar;
import org.hotline2110.sla.policy.ClockPolicy;
import org.hotline2110.sla.policy.SlaPolicy;

/**
 * Deadline and warning instant of a clock, by the SLA policy and its working-day calendar. The warning comes when
 * the policy's share of the clock's working time has passed (75% of 12.5 working hours after Tue 10:30 is Wed
 * 14:22:30); a clock of elapsed time warns after that share of its elapsed time.
 */
@ApplicationScoped
public class Deadlines {

    private final SlaPolicy policy;
    private final Calendars calendars;
    private final WorkingCalendar calendar;

    public Deadlines(SlaPolicy policy, Calendars calendars) {
        this.policy = policy;
        this.calendars = calendars;
        this.calendar = calendars.get(policy.calendar());
    }

    public Window window(Clock clock, Urgency urgency, Instant start) {
        ClockPolicy length = policy.clock(clock);
        if (urgency == Urgency.URGENT && length.urgentElapsed() != null) {
            return elapsed(start, length.urgentElapsed());
        }
        if (length.elapsed() != null) {
            return elapsed(start, length.elapsed());
        }
        Instant deadline = length.workingHours() != null
                ? calendar.plusWorkingTime(start, Duration.ofHours(length.workingHours()))
                : calendar.plusWorkingDays(start, length.workingDays());
        Duration working = calendar.workingTimeBetween(start, deadline);
        Instant warnAt = calendar.plusWorkingTime(start, share(working));
        return new Window(start, deadline, warnAt, calendars.complete(calendar, start, deadline));
    }

    private Window elapsed(Instant start, Duration length) {
        return new Window(start, start.plus(length), start.plus(share(length)), true);
    }

    private Duration share(Duration length) {
        return Duration.ofMillis(Math.round(length.toMillis() * policy.warningRatio()));
    }

    /** When a clock started, when it is due, when it turns yellow, and whether the calendar had all the data. */
    public record Window(Instant start, Instant deadline, Instant warnAt, boolean calendarComplete) {
    }
}
