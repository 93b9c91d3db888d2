package org.hotline2110.sla.assessment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.sla.assessment.DepartmentFigures;
import org.hotline2110.sla.assessment.DispatchCentreFigures;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A period's assessment per lead department, and the dispatch centre's routing")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentSummary(
        @Schema(description = "First day, Asia/Shanghai") LocalDate from,
        @Schema(description = "Last day, inclusive") LocalDate to,
        @Schema(description = "The instant the figures stand at: the period's end, or now while it runs") Instant asOf,
        @Schema(description = "True while the period is still running: its figures may yet change") boolean provisional,
        @Schema(description = "Ranked departments first, by rank; then those listed but not ranked") List<DepartmentFigures> departments,
        @Schema(description = "The dispatch centre's line: its manual queue routed on time; left out for another department's token")
        DispatchCentreFigures dispatchCentre) {
}
