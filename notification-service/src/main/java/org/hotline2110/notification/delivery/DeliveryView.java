package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@Schema(description = "One alert, urging or digest to one recipient, and where its delivery stands")
public record DeliveryView(
        @Schema(description = "Delivery id; webhooks receive it as X-Hotline-Delivery") UUID id,
        @Schema(description = "ALERT, URGING or DIGEST") Kind kind,
        @Schema(description = "The alert id, or the id standing for the urging or digest") UUID sourceId,
        @Schema(description = "Who receives it", examples = "subscription:0b4e…") String recipient,
        @Schema(description = "The subscription, absent for the department inbox") UUID subscriptionId,
        @Schema(description = "INBOX, WEBHOOK, EMAIL or SSE") String channel,
        @Schema(description = "Ticket id (absent for a digest)") UUID ticketId,
        @Schema(description = "Ticket number") String ticketNumber,
        @Schema(description = "Lead department of the ticket") String department,
        @Schema(description = "Clock (alerts only)") Clock clock,
        @Schema(description = "Level (alerts only)") AlertLevel level,
        @Schema(description = "The clock's deadline (alerts only)") Instant deadline,
        @Schema(description = "When the alert was raised, the urging made, the digest composed") Instant raisedAt,
        @Schema(description = "When it may go out: a YELLOW raised out of hours waits for working hours") Instant dueAt,
        @Schema(description = "HELD, PENDING, RETRYING, DELIVERED, DEAD or CANCELLED") String status,
        @Schema(description = "Attempts made") int attempts,
        @Schema(description = "When the next attempt is due") Instant nextAttemptAt,
        @Schema(description = "What the last failed attempt said, or a note") String lastError,
        @Schema(description = "When it was delivered") Instant deliveredAt) {
}
