package org.hotline2110.sla.assessment.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.sla.clock.ClockView;

@Schema(description = "One ticket's full timeline with its clocks, for a department contesting its assessment")
public record TicketReport(
        @Schema(description = "Ticket id") UUID ticketId,
        @Schema(description = "Ticket number") String ticketNumber,
        @Schema(description = "Lead department it counts for; empty while returned and not re-routed") String leadDepartment,
        @Schema(description = "First assignment: the period the ticket belongs to") Instant firstAssignedAt,
        @Schema(description = "Demand type id, e.g. suggestion") String demandType,
        @Schema(description = "Topic id") String topic,
        @Schema(description = "Enterprise name") String enterpriseName,
        @Schema(description = "Unified social credit code") String creditCode,
        @Schema(description = "Summary of the demand") String summary,
        @Schema(description = "Every event, oldest first") List<Entry> timeline,
        @Schema(description = "Every clock of every assignment and round, with its outcome") List<ClockView> clocks) {

    @Schema(description = "One event of the ticket")
    public record Entry(
            @Schema(description = "Event type, e.g. TICKET_SUSPENDED") String type,
            @Schema(description = "When it happened") Instant at,
            @Schema(description = "Assignment it concerns") Integer assignment,
            @Schema(description = "Department it names") String department,
            @Schema(description = "Reason, message or result that went with it") String detail) {
    }
}
