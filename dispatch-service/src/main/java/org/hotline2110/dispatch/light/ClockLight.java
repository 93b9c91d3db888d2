package org.hotline2110.dispatch.light;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@Schema(description = "The latest light sla-monitor raised for one clock of the current lead")
public record ClockLight(
        @Schema(description = "Which clock") Clock clock,
        @Schema(description = "YELLOW: 75% of the time used; RED: deadline passed; GREEN: met after a warning") AlertLevel level,
        @Schema(description = "The clock's deadline when the alert was raised") Instant deadline,
        @Schema(description = "When the alert was raised") Instant raisedAt) {
}
