package org.hotline2110.platform.lights;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One of the ticket's clocks as sla-monitor last announced it: its deadline and its light (红绿灯)")
public record ClockView(
        @Schema(description = "CONTACT (2 hours), REPLY (1 working day), RESOLVE (10 working days) or DISPATCH (the dispatch centre's 30 working minutes)") Clock clock,
        @Schema(description = "Whose clock it is: the lead department, or the dispatch centre for DISPATCH", examples = "commerce-bureau") String department,
        @Schema(description = "RUNNING, PAUSED (while suspended), MET or CANCELLED; absent while only an alert was heard of") ClockState state,
        @Schema(description = "YELLOW: 75% of the time used; RED: overdue; GREEN: met after a warning; absent: no light") AlertLevel light,
        @Schema(description = "When it turns yellow", examples = "2026-11-24T04:00:00Z") Instant warnAt,
        @Schema(description = "Its deadline", examples = "2026-11-24T06:00:00Z") Instant deadline) {

    public static ClockView of(ClockLight clock) {
        return new ClockView(clock.clock(), clock.department(), clock.state(), clock.shown(), clock.warnAt(),
                clock.deadline());
    }
}
