package org.hotline2110.sla.clock;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@Schema(description = "One of a ticket's three clocks")
public record ClockView(
        @Schema(description = "Ticket id") UUID ticketId,
        @Schema(description = "Ticket number") String ticketNumber,
        @Schema(description = "CONTACT (2 working hours), REPLY (1 working day) or RESOLVE (10 working days)") Clock clock,
        @Schema(description = "Assignment the clock belongs to; a re-route starts new clocks") int assignment,
        @Schema(description = "Lead department the clock holds to account") String department,
        @Schema(description = "When it started") Instant startedAt,
        @Schema(description = "When it is due") Instant deadline,
        @Schema(description = "When it turns yellow") Instant warnAt,
        @Schema(description = "Version of the deadline; grows when a pause or extension moves it") int deadlineVersion,
        @Schema(description = "RUNNING, MET or CANCELLED") String state,
        @Schema(description = "Traffic light: GREEN, YELLOW or RED") AlertLevel light,
        @Schema(description = "When it was met; empty while running") Instant metAt,
        @Schema(description = "False when the deadline reaches a year without holiday data: weekends only were counted")
        boolean calendarComplete) {
}
