package org.hotline2110.intake.callback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.feedback.CallbackOutcome;
import org.hotline2110.contracts.feedback.Satisfaction;

/** Outcome and satisfaction are read as text so that a wrong value is refused with its field named. */
@Schema(description = "回访: what the enterprise said when the operator called back after the resolution")
public record CallbackRequest(
        @Schema(description = "RESOLVED 解决, PARTLY_RESOLVED 部分解决 or UNRESOLVED 未解决",
                enumeration = { "RESOLVED", "PARTLY_RESOLVED", "UNRESOLVED" }, examples = "RESOLVED")
        @NotNull @Pattern(regexp = "RESOLVED|PARTLY_RESOLVED|UNRESOLVED",
                message = "must be RESOLVED, PARTLY_RESOLVED or UNRESOLVED") String outcome,
        @Schema(description = "SATISFIED 满意, BASICALLY_SATISFIED 基本满意 or DISSATISFIED 不满意",
                enumeration = { "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED" }, examples = "SATISFIED")
        @NotNull @Pattern(regexp = "SATISFIED|BASICALLY_SATISFIED|DISSATISFIED",
                message = "must be SATISFIED, BASICALLY_SATISFIED or DISSATISFIED") String satisfaction,
        @Schema(description = "What the enterprise said, in its words; stays in intake-service", examples = "企业表示材料已一次性告知，验收已通过。")
        @Size(max = 2000) String note) {

    CallbackOutcome outcomeValue() {
        return CallbackOutcome.valueOf(outcome);
    }

    Satisfaction satisfactionValue() {
        return Satisfaction.valueOf(satisfaction);
    }
}
