package org.hotline2110.sla.assessment;

import java.time.Duration;
import java.time.Instant;

/**
 * One clock as the assessment judges it at the period's instant: on time (met by its recorded deadline), late (met
 * after it, or overdue and not met) or not judged ({@code onTime} empty: still running and not yet due). The deadline
 * and the instant it was met are those recorded when it was met, so a later calendar change leaves them be.
 */
public record ClockFigure(Instant started, Instant deadline, Instant met, Boolean onTime) {

    public boolean exists() {
        return started != null;
    }

    /** Minutes past the deadline when met (negative: early); overdue minutes at {@code asOf} while unmet; else empty. */
    public Long minutesLate(Instant asOf) {
        if (met != null) {
            return Duration.between(deadline, met).toMinutes();
        }
        if (Boolean.FALSE.equals(onTime)) {
            return Duration.between(deadline, asOf).toMinutes();
        }
        return null;
    }
}
