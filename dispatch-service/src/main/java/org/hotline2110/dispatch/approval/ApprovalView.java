package org.hotline2110.dispatch.approval;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.ApprovalKind;

@Schema(description = "A return, suspension or extension a lead department asked the dispatch centre for")
public record ApprovalView(
        @Schema(description = "Request id; approve or reject it by this id") UUID id,
        @Schema(description = "Ticket id") UUID ticketId,
        @Schema(description = "Ticket number") String ticketNumber,
        @Schema(description = "Assignment the request belongs to") int assignment,
        @Schema(description = "The asking lead department") String department,
        @Schema(description = "RETURN (退单), SUSPENSION (挂起) or EXTENSION (延期)") ApprovalKind kind,
        @Schema(description = "The department's reason", examples = "不属于本单位职责") String reason,
        @Schema(description = "EXTENSION: working days asked for") Integer workingDays,
        @Schema(description = "SUSPENSION: when the department expects to resume") Instant expectedResumeAt,
        @Schema(description = "Who asked") String requestedBy,
        @Schema(description = "When") Instant requestedAt,
        @Schema(description = "PENDING, APPROVED or REJECTED") String status,
        @Schema(description = "Who decided") String decidedBy,
        @Schema(description = "When it was decided") Instant decidedAt,
        @Schema(description = "The decision's note: the rejection reason, or the new lead of an approved return") String decisionNote) {
}
