package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

/**
 * One alert, urging or digest to be delivered: {@code sourceId} is the same for every recipient and every repeat
 * of the event, {@code payload} the JSON a webhook receives, {@code dueAt} when it may go out. Ticket, clock and
 * level are for the log's filters (absent where they don't apply).
 */
public record NewDelivery(UUID sourceId, Kind kind, UUID ticketId, String ticketNumber, String department,
        Clock clock, AlertLevel level, Instant deadline, Instant raisedAt, String payload, Instant dueAt) {
}
