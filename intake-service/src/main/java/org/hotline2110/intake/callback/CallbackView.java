package org.hotline2110.intake.callback;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.feedback.CallbackOutcome;
import org.hotline2110.contracts.feedback.Satisfaction;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A recorded call-back (回访) of one resolution")
public record CallbackView(
        @Schema(description = "Ticket id", examples = "6f1c1f3e-8a4b-4c0d-9e2f-1a2b3c4d5e6f") UUID ticketId,
        @Schema(description = "Which resolution of the ticket this call-back is about, from 1", examples = "1") int resolution,
        @Schema(description = "The lead department that resolved it", examples = "approval-bureau") String leadDepartment,
        @Schema(description = "RESOLVED 解决, PARTLY_RESOLVED 部分解决 or UNRESOLVED 未解决") CallbackOutcome outcome,
        @Schema(description = "SATISFIED 满意, BASICALLY_SATISFIED 基本满意 or DISSATISFIED 不满意") Satisfaction satisfaction,
        @Schema(description = "The operator's note", examples = "企业表示材料已一次性告知，验收已通过。") String note,
        @Schema(description = "The operator who called back", examples = "operator") String recordedBy,
        @Schema(description = "When it was recorded", examples = "2026-12-02T02:00:00Z") Instant recordedAt) {
}
