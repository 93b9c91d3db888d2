package org.hotline2110.sla.clock;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class ClockRepository {

    /** A clock is started once per (ticket, assignment, kind), however often its event arrives. */
    public Uni<Void> start(SqlClient tx, UUID ticketId, String ticketNumber, String department, int assignment,
            Clock clock, Deadlines.Window window) {
        return tx.preparedQuery("""
                        INSERT INTO clock (id, ticket_id, ticket_number, department, assignment, kind, started_at,
                                           deadline, warn_at, calendar_complete, state, light)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'RUNNING', 'GREEN')
                        ON CONFLICT (ticket_id, assignment, kind) DO NOTHING""")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addUUID(ticketId)
                        .addString(ticketNumber)
                        .addString(department)
                        .addInteger(assignment)
                        .addString(clock.name())
                        .addOffsetDateTime(Timestamps.utc(window.start()))
                        .addOffsetDateTime(Timestamps.utc(window.deadline()))
                        .addOffsetDateTime(Timestamps.utc(window.warnAt()))
                        .addBoolean(window.calendarComplete()))
                .replaceWithVoid();
    }

    /** A re-route ends the previous lead's running clocks: they belong to no one. */
    public Uni<Void> cancelEarlierAssignments(SqlClient tx, UUID ticketId, int assignment) {
        return tx.preparedQuery("UPDATE clock SET state = 'CANCELLED' WHERE ticket_id = $1 AND assignment < $2 AND state = 'RUNNING'")
                .execute(Tuple.of(ticketId, assignment))
                .replaceWithVoid();
    }

    public Uni<List<ClockView>> ofTicket(SqlClient client, UUID ticketId) {
        return client.preparedQuery("SELECT * FROM clock WHERE ticket_id = $1 ORDER BY assignment, kind")
                .execute(Tuple.of(ticketId))
                .map(rows -> {
                    List<ClockView> clocks = new ArrayList<>();
                    rows.forEach(row -> clocks.add(view(row)));
                    return clocks;
                });
    }

    /** The board: running clocks, nearest deadline first; department and light are optional filters. */
    public Uni<List<ClockView>> open(SqlClient client, String department, AlertLevel light, int page, int size) {
        return client.preparedQuery("""
                        SELECT * FROM clock
                        WHERE state = 'RUNNING' AND ($1::text IS NULL OR department = $1) AND ($2::text IS NULL OR light = $2)
                        ORDER BY deadline, id LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(department, light == null ? null : light.name(), size, page * size))
                .map(rows -> {
                    List<ClockView> clocks = new ArrayList<>();
                    rows.forEach(row -> clocks.add(view(row)));
                    return clocks;
                });
    }

    private static ClockView view(Row row) {
        OffsetDateTime metAt = row.getOffsetDateTime("met_at");
        return new ClockView(
                row.getUUID("ticket_id"),
                row.getString("ticket_number"),
                Clock.valueOf(row.getString("kind")),
                row.getInteger("assignment"),
                row.getString("department"),
                row.getOffsetDateTime("started_at").toInstant(),
                row.getOffsetDateTime("deadline").toInstant(),
                row.getOffsetDateTime("warn_at").toInstant(),
                row.getInteger("deadline_version"),
                row.getString("state"),
                AlertLevel.valueOf(row.getString("light")),
                metAt == null ? null : metAt.toInstant(),
                row.getBoolean("calendar_complete"));
    }
}
