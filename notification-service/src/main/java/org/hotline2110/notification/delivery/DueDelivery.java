package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.notification.subscription.Channel;

/** A delivery the worker has claimed, with what its channel needs to send it. */
public record DueDelivery(UUID id, UUID sourceId, Kind kind, Channel channel, String payload, int attempts,
        Instant dueAt, String url, String email, String secret, String owner, boolean subscriptionActive) {
}
