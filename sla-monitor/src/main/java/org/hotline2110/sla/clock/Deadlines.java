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

    public Deadlines(SlaPolicy policy, Calendars calendars) {
        this.policy = policy;
        this.calendars = calendars;
        calendars.get(policy.calendar()); // a policy naming an unknown calendar stops the service at start
    }

    /** Looked up each time: an administrator may load a year's holidays while the service runs. */
    private WorkingCalendar calendar() {
        return calendars.get(policy.calendar());
    }

    public Window window(Clock clock, Urgency urgency, Instant start) {
        ClockPolicy length = policy.clock(clock);
        if (urgency == Urgency.URGENT && length.urgentElapsed() != null) {
            return elapsed(start, length.urgentElapsed());
        }
        if (length.elapsed() != null) {
            return elapsed(start, length.elapsed());
        }
        Instant deadline = length.workingTime() != null
                ? calendar().plusWorkingTime(start, length.workingTime())
                : calendar().plusWorkingDays(start, length.workingDays());
        Duration working = calendar().workingTimeBetween(start, deadline);
        Instant warnAt = calendar().plusWorkingTime(start, share(working));
        return new Window(start, deadline, warnAt, calendars.complete(calendar(), start, deadline), false);
    }

    /**
     * The schedule of a stored clock, derived from its start alone: the policy's deadline moved forward by the
     * counted time it spent suspended, then by its extensions (close of business N working days after the moved
     * deadline's day), and the warning at the policy's share of the time between the moved start and that deadline.
     * Deriving it afresh each time is what lets a calendar change recompute every open clock.
     */
    Window schedule(ClockRow clock) {
        Window base = window(clock.kind(), clock.urgent() ? Urgency.URGENT : Urgency.NORMAL, clock.startedAt());
        boolean elapsed = base.elapsed();
        Instant start = shift(clock.startedAt(), clock.paused(), elapsed);
        Instant deadline = shift(base.deadline(), clock.paused(), elapsed);
        if (clock.extensionDays() > 0) {
            deadline = elapsed ? deadline.plus(Duration.ofDays(clock.extensionDays()))
                    : calendar().extendByWorkingDays(deadline, clock.extensionDays());
        }
        Instant warnAt = shift(start, share(counted(start, deadline, elapsed)), elapsed);
        boolean complete = elapsed || calendars.complete(calendar(), clock.startedAt(), deadline);
        return new Window(clock.startedAt(), deadline, warnAt, complete, elapsed);
    }

    /** The time between two instants as this clock counts it: working time, or elapsed time. */
    Duration counted(ClockRow clock, Instant from, Instant to) {
        return counted(from, to, window(clock.kind(), clock.urgent() ? Urgency.URGENT : Urgency.NORMAL,
                clock.startedAt()).elapsed());
    }

    private Duration counted(Instant from, Instant to, boolean elapsed) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return elapsed ? Duration.between(from, to) : calendar().workingTimeBetween(from, to);
    }

    private Instant shift(Instant instant, Duration by, boolean elapsed) {
        return elapsed ? instant.plus(by) : calendar().plusWorkingTime(instant, by);
    }

    private Window elapsed(Instant start, Duration length) {
        return new Window(start, start.plus(length), start.plus(share(length)), true, true);
    }

    private Duration share(Duration length) {
        return Duration.ofMillis(Math.round(length.toMillis() * policy.warningRatio()));
    }

    /**
     * When a clock started, when it is due, when it turns yellow, whether the calendar had all the data, and whether
     * it counts elapsed time rather than working time.
     */
    public record Window(Instant start, Instant deadline, Instant warnAt, boolean calendarComplete, boolean elapsed) {
    }
}
