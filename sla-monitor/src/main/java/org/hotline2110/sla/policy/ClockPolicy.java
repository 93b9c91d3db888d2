package org.hotline2110.sla.policy;

import java.time.Duration;

/**
 * The length of one clock: exactly one of working hours, working days or elapsed time, and for URGENT tickets
 * optionally an elapsed length instead. {@code pauses}: whether a suspension stops this clock.
 */
public record ClockPolicy(Integer workingHours, Integer workingDays, Duration elapsed, Duration urgentElapsed,
        boolean pauses) {

    void check(String clock) {
        int lengths = (workingHours == null ? 0 : 1) + (workingDays == null ? 0 : 1) + (elapsed == null ? 0 : 1);
        if (lengths != 1) {
            throw new IllegalStateException("SLA policy clock " + clock
                    + " needs exactly one of workingHours, workingDays, elapsed");
        }
        if ((workingHours != null && workingHours <= 0) || (workingDays != null && workingDays <= 0)
                || (elapsed != null && (elapsed.isNegative() || elapsed.isZero()))) {
            throw new IllegalStateException("SLA policy clock " + clock + " needs a positive length");
        }
    }
}
