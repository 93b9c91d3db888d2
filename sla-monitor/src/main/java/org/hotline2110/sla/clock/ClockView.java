package org.hotline2110.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@Schema(description = "One of a ticket's clocks")
public record ClockView(
        @Schema(description = "Ticket id") UUID ticketId,
        @Schema(description = "Ticket number") String ticketNumber,
        @Schema(description = "CONTACT (2 working hours), REPLY (1 working day) or RESOLVE (10 working days)") Clock clock,
        @Schema(description = "Assignment the clock belongs to; a re-route starts new clocks") int assignment,
        @Schema(description = "1, and one more each time a reopened ticket runs its RESOLVE clock again") int round,
        @Schema(description = "Lead department the clock holds to account") String department,
        @Schema(description = "When it started") Instant startedAt,
        @Schema(description = "When it is due") Instant deadline,
        @Schema(description = "When it turns yellow") Instant warnAt,
        @Schema(description = "Version of the deadline; grows when a suspension, extension or calendar change moves it") int deadlineVersion,
        @Schema(description = "RUNNING, PAUSED (ticket suspended), MET or CANCELLED (re-routed)") ClockState state,
        @Schema(description = "Traffic light: GREEN, YELLOW or RED") AlertLevel light,
        @Schema(description = "When it was met; empty until then") Instant metAt,
        @Schema(description = "Minutes past the deadline when met (negative: early); while open, minutes overdue so far, empty if not due yet")
        Long minutesLate,
        @Schema(description = "Working days added by extensions") int extensionDays,
        @Schema(description = "False when the deadline reaches a year without holiday data: weekends only were counted")
        boolean calendarComplete) {

    static ClockView of(ClockRow clock, Instant now) {
        return new ClockView(clock.ticketId(), clock.ticketNumber(), clock.kind(), clock.assignment(), clock.round(),
                clock.department(), clock.startedAt(), clock.deadline(), clock.warnAt(), clock.deadlineVersion(),
                clock.state(), clock.light(), clock.metAt(), minutesLate(clock, now), clock.extensionDays(),
                clock.calendarComplete());
    }

    private static Long minutesLate(ClockRow clock, Instant now) {
        if (clock.metAt() != null) {
            return Duration.between(clock.deadline(), clock.metAt()).toMinutes();
        }
        if (clock.state().isOpen() && now.isAfter(clock.deadline())) {
            return Duration.between(clock.deadline(), now).toMinutes();
        }
        return null;
    }
}
