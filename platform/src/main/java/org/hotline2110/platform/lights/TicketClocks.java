package org.hotline2110.platform.lights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The {@code ticket_clock} table: each ticket's clocks as {@link LightRule} keeps them. */
@ApplicationScoped
public class TicketClocks {

    private static final String COLUMNS = """
            ticket_id, clock, ticket_number, department, assignment, round, deadline_version, state, shown,
            started_at, warn_at, deadline, changed_at""";

    private static final String INSERT_FIRST = "INSERT INTO ticket_clock (" + COLUMNS + """
            ) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT (ticket_id, clock) DO NOTHING""";

    private static final String UPDATE = """
            UPDATE ticket_clock SET ticket_number = $3, department = $4, assignment = $5, round = $6,
                   deadline_version = $7, state = $8, shown = $9, started_at = $10, warn_at = $11, deadline = $12,
                   changed_at = $13
            WHERE ticket_id = $1 AND clock = $2""";

    /**
     * Applies what was heard of a clock and answers the light before and after. The first word of a clock is
     * inserted; afterwards the row is locked, so an alert and a clock event of one ticket take turns.
     */
    public Uni<Change> apply(SqlClient tx, ClockLight heard) {
        return tx.preparedQuery(INSERT_FIRST).execute(tuple(heard)).flatMap(inserted -> inserted.rowCount() == 1
                ? Uni.createFrom().item(new Change(null, heard))
                : tx.preparedQuery("SELECT * FROM ticket_clock WHERE ticket_id = $1 AND clock = $2 FOR UPDATE")
                        .execute(Tuple.of(heard.ticketId(), heard.clock().name()))
                        .flatMap(rows -> {
                            ClockLight known = of(rows.iterator().next());
                            ClockLight next = LightRule.next(known, heard);
                            return next.equals(known) ? Uni.createFrom().item(new Change(known, known))
                                    : tx.preparedQuery(UPDATE).execute(tuple(next))
                                            .replaceWith(new Change(known, next));
                        }));
    }

    /** The clocks of each of {@code ticketIds}, in the order of {@link Clock}. */
    public Uni<Map<UUID, List<ClockLight>>> of(SqlClient client, List<UUID> ticketIds) {
        return client.preparedQuery("""
                        SELECT * FROM ticket_clock WHERE ticket_id = ANY($1)
                        ORDER BY ticket_id, array_position(ARRAY['CONTACT', 'REPLY', 'RESOLVE', 'DISPATCH'], clock)""")
                .execute(Tuple.of(ticketIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<ClockLight>> clocks = new HashMap<>();
                    rows.forEach(row -> clocks.computeIfAbsent(row.getUUID("ticket_id"), id -> new ArrayList<>())
                            .add(of(row)));
                    return clocks;
                });
    }

    public Uni<List<ClockLight>> of(SqlClient client, UUID ticketId) {
        return of(client, List.of(ticketId)).map(clocks -> clocks.getOrDefault(ticketId, List.of()));
    }

    /** Every open clock showing {@code level}, by department, ticket number and deadline. */
    public Uni<List<ClockLight>> showing(SqlClient client, AlertLevel level) {
        return client.preparedQuery("""
                        SELECT * FROM ticket_clock
                        WHERE shown = $1 AND (state IS NULL OR state IN ('RUNNING', 'PAUSED'))
                        ORDER BY department, ticket_number, deadline""")
                .execute(Tuple.of(level.name()))
                .map(TicketClocks::all);
    }

    private static List<ClockLight> all(RowSet<Row> rows) {
        List<ClockLight> clocks = new ArrayList<>();
        rows.forEach(row -> clocks.add(of(row)));
        return clocks;
    }

    private static ClockLight of(Row row) {
        String state = row.getString("state");
        String shown = row.getString("shown");
        return new ClockLight(row.getUUID("ticket_id"), row.getString("ticket_number"),
                Clock.valueOf(row.getString("clock")), row.getString("department"), row.getInteger("assignment"),
                row.getInteger("round"), row.getInteger("deadline_version"),
                state == null ? null : ClockState.valueOf(state), shown == null ? null : AlertLevel.valueOf(shown),
                instant(row, "started_at"), instant(row, "warn_at"), instant(row, "deadline"),
                instant(row, "changed_at"));
    }

    private static Tuple tuple(ClockLight c) {
        return Tuple.tuple()
                .addUUID(c.ticketId())
                .addString(c.clock().name())
                .addString(c.ticketNumber())
                .addString(c.department())
                .addInteger(c.assignment())
                .addInteger(c.round())
                .addInteger(c.deadlineVersion())
                .addString(name(c.state()))
                .addString(name(c.shown()))
                .addOffsetDateTime(Timestamps.utc(c.startedAt()))
                .addOffsetDateTime(Timestamps.utc(c.warnAt()))
                .addOffsetDateTime(Timestamps.utc(c.deadline()))
                .addOffsetDateTime(Timestamps.utc(c.changedAt()));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A clock's light before ({@code null} for a clock not heard of) and after what was heard. */
    public record Change(ClockLight before, ClockLight after) {
    }
}
