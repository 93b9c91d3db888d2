package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@Schema(description = "One alert delivered to one recipient")
public record DeliveryView(
        @Schema(description = "Delivery id") UUID id,
        @Schema(description = "The alert delivered") UUID alertId,
        @Schema(description = "Who receives it", examples = "supervisors:approval-bureau") String recipient,
        @Schema(description = "How: INBOX is the supervisors' in-app inbox read over this API") String channel,
        @Schema(description = "Ticket id") UUID ticketId,
        @Schema(description = "Ticket number") String ticketNumber,
        @Schema(description = "Lead department of the ticket") String department,
        @Schema(description = "Clock") Clock clock,
        @Schema(description = "Level") AlertLevel level,
        @Schema(description = "The clock's deadline") Instant deadline,
        @Schema(description = "When sla-monitor raised the alert") Instant raisedAt,
        @Schema(description = "DELIVERED") String status,
        @Schema(description = "When it was delivered") Instant deliveredAt) {
}
