package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.dispatch.approval.ApprovalView;
import org.hotline2110.platform.lights.ClockView;

@Schema(description = "A ticket as dispatch sees it; personal data only masked")
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
        @Schema(description = "Version for optimistic locking; also the ETag. Send it back in If-Match with an action") int version,
        @Schema(description = "The state a suspended ticket returns to when resumed") TicketState suspendedFrom,
        @Schema(description = "Extensions granted to this assignment") int extensionsGranted,
        @Schema(description = "How often the ticket was urged (督办)") int urged,
        @Schema(description = "Satisfaction at the latest call-back, if any") String satisfaction,
        @Schema(description = "The worst light of the current clocks (GREEN when none warned)") AlertLevel light,
        @Schema(description = "The nearest deadline of the current running clocks; the work list is ordered by it") Instant nextDeadline,
        @Schema(description = "Each current clock with its deadline and light; only in the detail view") List<ClockView> clocks,
        @Schema(description = "The request awaiting the dispatch centre's decision, if any; only in the detail view") ApprovalView pendingRequest,
        @Schema(description = "The handling log, oldest first, its latest 100 steps (all of them: GET /api/v1/tickets/{id}/handling-log); only in the detail view") List<HandlingStep> handlingLog) {

    public DispatchTicket withDetail(List<ClockView> clocks, ApprovalView pending, List<HandlingStep> log) {
        return new DispatchTicket(id, number, receivedAt, channel, demandType, topic, urgency, town, enterpriseName,
                creditCode, contactPhoneMasked, summary, state, leadDepartment, assistingDepartments, assignment,
                ruleId, assignedAt, version, suspendedFrom, extensionsGranted, urged, satisfaction, light, nextDeadline,
                clocks, pending, log);
    }

    /** The ETag of this version of the ticket. */
    public String etag() {
        return "\"" + version + "\"";
    }

    public boolean isAssisting(String department) {
        return assistingDepartments.contains(department);
    }
}
