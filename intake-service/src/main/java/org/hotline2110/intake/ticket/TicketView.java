package org.hotline2110.intake.ticket;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.Urgency;

@Schema(description = "A ticket as intake-service knows it, with its current status")
public record TicketView(
        @Schema(description = "Ticket id") UUID id,
        @Schema(description = "Human-readable ticket number, sortable by date", examples = "20261124-000042") String number,
        @Schema(description = "When the operator logged it") Instant receivedAt,
        @Schema(description = "The operator who logged it") String receivedBy,
        @Schema(description = "Channel id") String channel,
        @Schema(description = "Demand type id") String demandType,
        @Schema(description = "Topic id") String topic,
        @Schema(description = "Urgency") Urgency urgency,
        @Schema(description = "Town, street or park id") String town,
        @Schema(description = "Address") String address,
        @Schema(description = "Enterprise name") String enterpriseName,
        @Schema(description = "Unified social credit code") String creditCode,
        @Schema(description = "True when the operator accepted a code that fails its check character") boolean creditCodeOverride,
        @Schema(description = "Contact person") String contactName,
        @Schema(description = "Contact phone; masked for every role but operator and admin", examples = "138****2345") String contactPhone,
        @Schema(description = "Summary") String summary,
        @Schema(description = "Description") String description,
        @Schema(description = "Current status") TicketStatus status,
        @Schema(description = "Lead department id once assigned") String leadDepartment,
        @Schema(description = "When the status last changed") Instant statusChangedAt) {
}
