package org.hotline2110.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": after the n-th failure wait between half and all of
 * {@code base * 2^(n-1)}, capped, so receivers that failed together are not retried together.
 */
public record Backoff(Duration base, Duration max) {

    public Duration after(int failures) {
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(failures - 1, 30));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }
}
