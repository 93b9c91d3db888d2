package org.hotline2110.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;
import org.hotline2110.sla.alert.AlertScheduler;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The clocks table. Every schedule it writes is announced on the clock topic and handed to the alert scheduler, which
 * keeps the next instants in memory so that an alert fires on time, not at the next scan.
 */
@ApplicationScoped
public class ClockRepository {

    private final AlertScheduler scheduler;
    private final ClockEvents events;

    ClockRepository(AlertScheduler scheduler, ClockEvents events) {
        this.scheduler = scheduler;
        this.events = events;
    }

    /** A clock is started once per (ticket, assignment, kind, round), however often its event arrives. */
    public Uni<Void> start(SqlConnection tx, NewClock clock) {
        Deadlines.Window window = clock.window();
        return tx.preparedQuery("""
                        INSERT INTO clock (id, ticket_id, ticket_number, department, assignment, kind, round, urgent,
                                           started_at, deadline, warn_at, calendar_complete, state, light)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'RUNNING', 'GREEN')
                        ON CONFLICT (ticket_id, assignment, kind, round) DO NOTHING
                        RETURNING *""")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addUUID(clock.ticketId())
                        .addString(clock.ticketNumber())
                        .addString(clock.department())
                        .addInteger(clock.assignment())
                        .addString(clock.kind().name())
                        .addInteger(clock.round())
                        .addBoolean(clock.urgent())
                        .addOffsetDateTime(Timestamps.utc(window.start()))
                        .addOffsetDateTime(Timestamps.utc(window.deadline()))
                        .addOffsetDateTime(Timestamps.utc(window.warnAt()))
                        .addBoolean(window.calendarComplete()))
                .invoke(() -> remind(window.warnAt(), window.deadline()))
                .flatMap(started -> events.changed(tx, rows(started)));
    }

    /** The highest assignment any clock of the ticket belongs to; 0 for a ticket without clocks. */
    Uni<Integer> lastAssignment(SqlClient tx, UUID ticketId) {
        return tx.preparedQuery("SELECT COALESCE(max(assignment), 0) AS last FROM clock WHERE ticket_id = $1")
                .execute(Tuple.of(ticketId))
                .map(rows -> rows.iterator().next().getInteger("last"));
    }

    /** A re-route ends the previous lead's open clocks: they belong to no one. */
    public Uni<Void> cancelEarlierAssignments(SqlConnection tx, UUID ticketId, int assignment, Instant at) {
        return tx.preparedQuery("""
                        UPDATE clock SET state = 'CANCELLED', paused_at = NULL, cancelled_at = $3
                        WHERE ticket_id = $1 AND assignment < $2 AND state IN ('RUNNING', 'PAUSED')
                        RETURNING *""")
                .execute(Tuple.of(ticketId, assignment, Timestamps.utc(at)))
                .flatMap(cancelled -> events.changed(tx, rows(cancelled)));
    }

    /** An approved return ends that assignment's open clocks. */
    Uni<Void> cancelAssignment(SqlConnection tx, UUID ticketId, int assignment, Instant at) {
        return tx.preparedQuery("""
                        UPDATE clock SET state = 'CANCELLED', paused_at = NULL, cancelled_at = $3
                        WHERE ticket_id = $1 AND assignment = $2 AND state IN ('RUNNING', 'PAUSED')
                        RETURNING *""")
                .execute(Tuple.of(ticketId, assignment, Timestamps.utc(at)))
                .flatMap(cancelled -> events.changed(tx, rows(cancelled)));
    }

    /** Every clock of the ticket, locked for the caller's transaction, so concurrent events apply one after another. */
    Uni<List<ClockRow>> lockTicket(SqlClient tx, UUID ticketId) {
        return tx.preparedQuery("SELECT * FROM clock WHERE ticket_id = $1 ORDER BY assignment, kind, round FOR UPDATE")
                .execute(Tuple.of(ticketId))
                .map(ClockRepository::rows);
    }

    Uni<Void> save(SqlConnection tx, ClockRow clock) {
        return tx.preparedQuery("""
                        UPDATE clock SET deadline = $2, warn_at = $3, deadline_version = $4, state = $5, light = $6,
                                         met_at = $7, paused_at = $8, paused_micros = $9, extension_days = $10,
                                         calendar_complete = $11
                        WHERE id = $1""")
                .execute(Tuple.tuple()
                        .addUUID(clock.id())
                        .addOffsetDateTime(Timestamps.utc(clock.deadline()))
                        .addOffsetDateTime(Timestamps.utc(clock.warnAt()))
                        .addInteger(clock.deadlineVersion())
                        .addString(clock.state().name())
                        .addString(clock.light().name())
                        .addOffsetDateTime(Timestamps.utc(clock.metAt()))
                        .addOffsetDateTime(Timestamps.utc(clock.pausedAt()))
                        .addLong(clock.paused().toNanos() / 1_000)
                        .addInteger(clock.extensionDays())
                        .addBoolean(clock.calendarComplete()))
                .invoke(() -> {
                    if (clock.state() == ClockState.RUNNING) {
                        remind(clock.warnAt(), clock.deadline());
                    }
                })
                .flatMap(saved -> events.changed(tx, List.of(clock)));
    }

    private void remind(Instant warnAt, Instant deadline) {
        scheduler.dueAt(warnAt);
        scheduler.dueAt(deadline);
    }

    Uni<List<ClockRow>> ofTicket(SqlClient client, UUID ticketId) {
        return client.preparedQuery("SELECT * FROM clock WHERE ticket_id = $1 ORDER BY assignment, kind, round")
                .execute(Tuple.of(ticketId))
                .map(ClockRepository::rows);
    }

    /** The board: open clocks, nearest deadline first; department and light are optional filters. */
    Uni<List<ClockRow>> open(SqlClient client, String department, AlertLevel light, int page, int size) {
        return client.preparedQuery("""
                        SELECT * FROM clock
                        WHERE state IN ('RUNNING', 'PAUSED') AND ($1::text IS NULL OR department = $1)
                          AND ($2::text IS NULL OR light = $2)
                        ORDER BY deadline, id LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(department, light == null ? null : light.name(), size, Paging.offset(page, size)))
                .map(ClockRepository::rows);
    }

    private static List<ClockRow> rows(RowSet<Row> rows) {
        List<ClockRow> clocks = new ArrayList<>();
        rows.forEach(row -> clocks.add(ClockRow.of(row)));
        return clocks;
    }

    /** A clock to start: whose, which promise and round, and its schedule. */
    public record NewClock(UUID ticketId, String ticketNumber, String department, int assignment, Clock kind,
            int round, boolean urgent, Deadlines.Window window) {
    }
}
