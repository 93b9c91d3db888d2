package org.hotline2110.sla.policy;

import java.time.Duration;

/**
 * The length of one clock: exactly one of working minutes, working hours, working days or elapsed time, and for
 * URGENT tickets optionally an elapsed length instead. {@code pauses}: whether a suspension stops this clock.
 */
public record ClockPolicy(Integer workingMinutes, Integer workingHours, Integer workingDays, Duration elapsed,
        Duration urgentElapsed, boolean pauses) {

    /** Whether this clock counts elapsed time, day and night, rather than working time. */
    public boolean countsElapsed(boolean urgent) {
        return elapsed != null || (urgent && urgentElapsed != null);
    }

    /** The working time it allows, for a clock that counts working time in minutes or hours; null otherwise. */
    public Duration workingTime() {
        if (workingMinutes != null) {
            return Duration.ofMinutes(workingMinutes);
        }
        return workingHours == null ? null : Duration.ofHours(workingHours);
    }

    void check(String clock) {
        int lengths = (workingMinutes == null ? 0 : 1) + (workingHours == null ? 0 : 1) + (workingDays == null ? 0 : 1)
                + (elapsed == null ? 0 : 1);
        if (lengths != 1) {
            throw new IllegalStateException("SLA policy clock " + clock
                    + " needs exactly one of workingMinutes, workingHours, workingDays, elapsed");
        }
        if ((workingMinutes != null && workingMinutes <= 0) || (workingHours != null && workingHours <= 0)
                || (workingDays != null && workingDays <= 0)
                || (elapsed != null && (elapsed.isNegative() || elapsed.isZero()))) {
            throw new IllegalStateException("SLA policy clock " + clock + " needs a positive length");
        }
    }
}
