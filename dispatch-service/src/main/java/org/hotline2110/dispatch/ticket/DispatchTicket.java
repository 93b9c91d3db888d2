package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.Urgency;

@Schema(description = "A ticket as its department sees it; personal data only masked")
public record DispatchTicket(
        @Schema(description = "Ticket id") UUID id,
        @Schema(description = "Ticket number", examples = "20261124-000042") String number,
        @Schema(description = "When the operator logged it") Instant receivedAt,
        @Schema(description = "Channel id") String channel,
        @Schema(description = "Demand type id") String demandType,
        @Schema(description = "Topic id") String topic,
        @Schema(description = "Urgency") Urgency urgency,
        @Schema(description = "Town, street or park id") String town,
        @Schema(description = "Enterprise name") String enterpriseName,
        @Schema(description = "Unified social credit code") String creditCode,
        @Schema(description = "Contact phone, masked", examples = "138****2345") String contactPhoneMasked,
        @Schema(description = "Summary") String summary,
        @Schema(description = "Dispatch state") TicketState state,
        @Schema(description = "Lead department (主办)") String leadDepartment,
        @Schema(description = "Assisting departments (协办)") List<String> assistingDepartments,
        @Schema(description = "Assignment number, 1 for the first and one more for each re-route") int assignment,
        @Schema(description = "The routing rule that chose the lead; empty when routed by hand") String ruleId,
        @Schema(description = "When the lead department got it") Instant assignedAt,
        @Schema(description = "The handling log, oldest first; only in the detail view") List<HandlingStep> handlingLog) {

    DispatchTicket withLog(List<HandlingStep> log) {
        return new DispatchTicket(id, number, receivedAt, channel, demandType, topic, urgency, town, enterpriseName,
                creditCode, contactPhoneMasked, summary, state, leadDepartment, assistingDepartments, assignment,
                ruleId, assignedAt, log);
    }
}
