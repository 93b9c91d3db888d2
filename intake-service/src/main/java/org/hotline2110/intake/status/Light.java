package org.hotline2110.intake.status;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "红绿灯: the latest light of one of the lead department's clocks, as sla-monitor last raised it")
public record Light(
        @Schema(description = "The clock: CONTACT (2 working hours), REPLY (1 working day) or RESOLVE (10 working days)") Clock clock,
        @Schema(description = "YELLOW: 75% of the time used; RED: overdue; GREEN: a yellow or red clock was met") AlertLevel level,
        @Schema(description = "The clock's deadline when the light was raised", examples = "2026-11-24T06:00:00Z") Instant deadline,
        @Schema(description = "When sla-monitor raised the light", examples = "2026-11-24T05:15:00Z") Instant raisedAt) {
}
