package org.hotline2110.intake.callback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.feedback.CallbackOutcome;
import org.hotline2110.contracts.feedback.Satisfaction;

@Schema(description = "回访: what the enterprise said when the operator called back after the resolution")
public record CallbackRequest(
        @Schema(description = "RESOLVED 解决, PARTLY_RESOLVED 部分解决 or UNRESOLVED 未解决") @NotNull CallbackOutcome outcome,
        @Schema(description = "SATISFIED 满意, BASICALLY_SATISFIED 基本满意 or DISSATISFIED 不满意") @NotNull Satisfaction satisfaction,
        @Schema(description = "What the enterprise said, in its words; stays in intake-service", examples = "企业表示材料已一次性告知，验收已通过。")
        @Size(max = 2000) String note) {
}
