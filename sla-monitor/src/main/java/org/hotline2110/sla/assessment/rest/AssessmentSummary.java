package org.hotline2110.sla.assessment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.sla.assessment.DepartmentFigures;

@Schema(description = "A period's assessment per lead department")
public record AssessmentSummary(
        @Schema(description = "First day, Asia/Shanghai") LocalDate from,
        @Schema(description = "Last day, inclusive") LocalDate to,
        @Schema(description = "The instant the figures stand at: the period's end, or now while it runs") Instant asOf,
        @Schema(description = "True while the period is still running: its figures may yet change") boolean provisional,
        @Schema(description = "Ranked departments first, by rank; then those listed but not ranked") List<DepartmentFigures> departments) {
}
