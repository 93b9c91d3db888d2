package org.hotline2110.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.sla.alert.DueClock;

import io.vertx.mutiny.sqlclient.Row;

/** A clock as stored: the inputs its deadline is derived from, and where it stands. */
record ClockRow(UUID id, UUID ticketId, String ticketNumber, String department, int assignment, Clock kind, int round,
        boolean urgent, Instant startedAt, Instant deadline, Instant warnAt, int deadlineVersion, ClockState state,
        AlertLevel light, Instant metAt, Instant pausedAt, Duration paused, int extensionDays, boolean calendarComplete) {

    static ClockRow of(Row row) {
        return new ClockRow(row.getUUID("id"), row.getUUID("ticket_id"), row.getString("ticket_number"),
                row.getString("department"), row.getInteger("assignment"), Clock.valueOf(row.getString("kind")),
                row.getInteger("round"), row.getBoolean("urgent"), instant(row, "started_at"), instant(row, "deadline"),
                instant(row, "warn_at"), row.getInteger("deadline_version"), ClockState.valueOf(row.getString("state")),
                AlertLevel.valueOf(row.getString("light")), instant(row, "met_at"), instant(row, "paused_at"),
                Duration.of(row.getLong("paused_micros"), ChronoUnit.MICROS), row.getInteger("extension_days"),
                row.getBoolean("calendar_complete"));
    }

    DueClock due() {
        return new DueClock(id, ticketId, ticketNumber, department, kind, assignment, round, urgent, deadline,
                deadlineVersion);
    }

    ClockRow met(Instant at) {
        return new ClockRow(id, ticketId, ticketNumber, department, assignment, kind, round, urgent, startedAt, deadline,
                warnAt, deadlineVersion, ClockState.MET, light, at, null, paused, extensionDays, calendarComplete);
    }

    ClockRow cancelled() {
        return new ClockRow(id, ticketId, ticketNumber, department, assignment, kind, round, urgent, startedAt, deadline,
                warnAt, deadlineVersion, ClockState.CANCELLED, light, metAt, pausedAt, paused, extensionDays,
                calendarComplete);
    }

    ClockRow pausedAt(Instant at) {
        return new ClockRow(id, ticketId, ticketNumber, department, assignment, kind, round, urgent, startedAt, deadline,
                warnAt, deadlineVersion, ClockState.PAUSED, light, metAt, at, paused, extensionDays, calendarComplete);
    }

    /** Running again after {@code more} counted time suspended; its schedule is then derived anew. */
    ClockRow resumed(Duration more) {
        return new ClockRow(id, ticketId, ticketNumber, department, assignment, kind, round, urgent, startedAt, deadline,
                warnAt, deadlineVersion, ClockState.RUNNING, light, metAt, null, paused.plus(more), extensionDays,
                calendarComplete);
    }

    ClockRow extendedBy(int days) {
        return new ClockRow(id, ticketId, ticketNumber, department, assignment, kind, round, urgent, startedAt, deadline,
                warnAt, deadlineVersion, state, light, metAt, pausedAt, paused, extensionDays + days, calendarComplete);
    }

    /**
     * With a newly derived schedule. A moved deadline is a new deadline version, whose alerts may fire again. The
     * light becomes the lower of the old one and where the clock now stands: a threshold passed again is not
     * announced twice, and one newly passed is left for the scheduler to announce.
     */
    ClockRow scheduled(Deadlines.Window window, Instant now) {
        if (window.deadline().equals(deadline) && window.warnAt().equals(warnAt)) {
            return this;
        }
        AlertLevel standing = !now.isBefore(window.deadline()) ? AlertLevel.RED
                : !now.isBefore(window.warnAt()) ? AlertLevel.YELLOW : AlertLevel.GREEN;
        AlertLevel newLight = severity(standing) < severity(light) ? standing : light;
        int version = window.deadline().equals(deadline) ? deadlineVersion : deadlineVersion + 1;
        return new ClockRow(id, ticketId, ticketNumber, department, assignment, kind, round, urgent, startedAt,
                window.deadline(), window.warnAt(), version, state, newLight, metAt, pausedAt, paused, extensionDays,
                window.calendarComplete());
    }

    private static int severity(AlertLevel light) {
        return switch (light) {
            case GREEN -> 0;
            case YELLOW -> 1;
            case RED -> 2;
        };
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
