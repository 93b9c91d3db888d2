package org.hotline2110.sla.assessment;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dispatch centre's own line: of the tickets that entered the manual queue in the period, how many it routed
 * within their DISPATCH clock. A ticket still waiting past its deadline counts as late; one still waiting within it
 * is left out of the rate, as a running clock is for a department.
 */
@Schema(description = "派单中心: the manual queue's DISPATCH clocks of the period, judged")
public record DispatchCentreFigures(
        @Schema(description = "The dispatch centre's department id") String department,
        @Schema(description = "Its name") String departmentName,
        @Schema(description = "Tickets that entered the manual queue in the period (each entry counts)") int queued,
        @Schema(description = "Of those, routed by the period's end") int routed,
        @Schema(description = "Routed within the DISPATCH clock") int routedOnTime,
        @Schema(description = "Routed late, or still waiting past the deadline") int late,
        @Schema(description = "routedOnTime / (routedOnTime + late), percent to two decimals; empty when none was judged")
        BigDecimal routedOnTimeRate) {

    static DispatchCentreFigures of(String department, String name, int queued, int routed, int onTime, int late) {
        return new DispatchCentreFigures(department, name, queued, routed, onTime, late,
                Scoring.percent(onTime, onTime + late));
    }
}
