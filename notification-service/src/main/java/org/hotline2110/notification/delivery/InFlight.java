package org.hotline2110.notification.delivery;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The deliveries this instance has claimed and not yet recorded, per subscription: the bulkhead's count. */
final class InFlight {

    private final Map<UUID, Integer> bySubscription = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void add(UUID subscription) {
        bySubscription.merge(subscription, 1, Integer::sum);
        total.incrementAndGet();
    }

    void remove(UUID subscription) {
        bySubscription.computeIfPresent(subscription, (id, count) -> count == 1 ? null : count - 1);
        total.decrementAndGet();
    }

    int total() {
        return total.get();
    }

    Map<UUID, Integer> bySubscription() {
        return Map.copyOf(bySubscription);
    }
}
