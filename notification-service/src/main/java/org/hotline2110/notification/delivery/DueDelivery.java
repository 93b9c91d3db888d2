package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.notification.subscription.Channel;

/**
 * A delivery a worker has claimed until {@code leaseUntil}, with what its channel needs to send it ({@code secret}
 * decrypted).
 */
public record DueDelivery(UUID id, UUID sourceId, Kind kind, Channel channel, String payload, int attempts,
        Instant dueAt, UUID subscriptionId, String url, String email, String secret, String owner,
        boolean subscriptionActive, Instant leaseUntil) {
}
