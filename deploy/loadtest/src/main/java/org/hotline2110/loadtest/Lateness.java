package org.hotline2110.loadtest;

import java.time.Duration;
import java.util.Locale;

/** How late a set of alerts came, from their instant: median, 99th percentile, worst, and how many. */
record Lateness(long count, Duration p50, Duration p99, Duration max) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p50 %s  p99 %s  max %s  (%d alerts)", seconds(p50), seconds(p99),
                seconds(max), count);
    }

    static String seconds(Duration duration) {
        return duration == null ? "-" : String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }
}
