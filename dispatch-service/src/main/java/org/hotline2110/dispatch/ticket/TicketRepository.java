package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class TicketRepository {

    /**
     * Each ticket with the worst light and the nearest deadline of its current clocks: the lead's of this assignment,
     * or the DISPATCH clock of the assignment it waits for (the same filter as {@code light.Clocks}). A paused clock's
     * deadline does not count; a clock known only from an alert is running.
     */
    private static final String WITH_LIGHT = """
            SELECT t.*, COALESCE(l.rank, 0) AS light_rank, l.next_deadline
            FROM ticket t LEFT JOIN LATERAL (
                SELECT max(CASE shown WHEN 'RED' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0 END)
                           FILTER (WHERE state IS NULL OR state IN ('RUNNING', 'PAUSED')) AS rank,
                       min(deadline) FILTER (WHERE state IS NULL OR state = 'RUNNING') AS next_deadline
                FROM ticket_clock c
                WHERE c.ticket_id = t.id
                  AND CASE WHEN c.clock = 'DISPATCH' THEN c.assignment > t.assignment ELSE c.assignment = t.assignment END
            ) l ON true
            """;

    /** Answers false when the ticket is already known: a ticket is dispatched once, whatever arrives twice. */
    public Uni<Boolean> insertReceived(SqlClient tx, TicketReceived received, TicketState state) {
        return tx.preparedQuery("""
                        INSERT INTO ticket (id, number, received_at, channel, demand_type, topic, urgency, town,
                                            enterprise_name, credit_code, contact_phone_masked, summary, state)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                        ON CONFLICT (id) DO NOTHING""")
                .execute(Tuple.tuple()
                        .addUUID(received.ticketId())
                        .addString(received.ticketNumber())
                        .addOffsetDateTime(Timestamps.utc(received.receivedAt()))
                        .addString(received.channel())
                        .addString(received.demandType())
                        .addString(received.topic())
                        .addString(received.urgency().name())
                        .addString(received.town())
                        .addString(received.enterprise().name())
                        .addString(received.enterprise().creditCode())
                        .addString(received.contactPhoneMasked())
                        .addString(received.summary())
                        .addString(state.name()))
                .map(result -> result.rowCount() == 1);
    }

    /**
     * Makes {@code lead} the lead department of a new assignment and answers its number. The earlier lead's
     * extensions and suspension end with its assignment, and its clocks no longer count as current.
     */
    public Uni<Integer> assign(SqlClient tx, UUID id, String lead, List<String> assisting, String ruleId, Instant at) {
        return tx.preparedQuery("""
                                UPDATE ticket SET state = 'ASSIGNED', lead_department = $2, assisting_departments = $3,
                                                  rule_id = $4, assigned_at = $5, assignment = assignment + 1,
                                                  extensions_granted = 0, suspended_from = NULL,
                                                  version = version + 1, updated_at = $5
                                WHERE id = $1 RETURNING assignment""")
                        .execute(Tuple.of(id, lead, assisting.toArray(new String[0]), ruleId, Timestamps.utc(at)))
                .map(rows -> rows.iterator().next().getInteger("assignment"));
    }

    /** Back to the manual queue: no lead until the dispatch centre routes it. */
    public Uni<Void> unassign(SqlClient tx, UUID id, Instant at) {
        return tx.preparedQuery("""
                                UPDATE ticket SET state = 'PENDING_DISPATCH', lead_department = NULL,
                                                  assisting_departments = '{}', rule_id = NULL, suspended_from = NULL,
                                                  version = version + 1, updated_at = $2
                                WHERE id = $1""")
                        .execute(Tuple.of(id, Timestamps.utc(at)))
                .replaceWithVoid();
    }

    /** The ticket, locked until the transaction ends: actions on one ticket take turns. */
    public Uni<Optional<DispatchTicket>> lock(SqlClient tx, UUID id) {
        return tx.preparedQuery("SELECT t.*, 0 AS light_rank, NULL::timestamptz AS next_deadline FROM ticket t WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id))
                .map(TicketRepository::first);
    }

    /** Writes the state an action leads to, with a new version. */
    public Uni<Void> moveTo(SqlClient tx, UUID id, TicketState state, TicketState suspendedFrom, Instant at) {
        return tx.preparedQuery("""
                        UPDATE ticket SET state = $2, suspended_from = $3, version = version + 1, updated_at = $4
                        WHERE id = $1""")
                .execute(Tuple.of(id, state.name(), suspendedFrom == null ? null : suspendedFrom.name(),
                        Timestamps.utc(at)))
                .replaceWithVoid();
    }

    public Uni<Void> countExtension(SqlClient tx, UUID id) {
        return tx.preparedQuery("UPDATE ticket SET extensions_granted = extensions_granted + 1 WHERE id = $1")
                .execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<Void> countUrging(SqlClient tx, UUID id) {
        return tx.preparedQuery("UPDATE ticket SET urged = urged + 1 WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<Void> recordSatisfaction(SqlClient tx, UUID id, String satisfaction) {
        return tx.preparedQuery("UPDATE ticket SET satisfaction = $2 WHERE id = $1")
                .execute(Tuple.of(id, satisfaction)).replaceWithVoid();
    }

    public Uni<Optional<DispatchTicket>> find(SqlClient client, UUID id) {
        return client.preparedQuery(WITH_LIGHT + " WHERE t.id = $1").execute(Tuple.of(id)).map(TicketRepository::first);
    }

    /** By the nearest open deadline (so the most overdue first); tickets without a running clock last, oldest first. */
    public Uni<List<DispatchTicket>> list(SqlClient client, TicketQuery q) {
        return client.preparedQuery(WITH_LIGHT + """
                        WHERE ($1::text IS NULL OR (CASE WHEN $2 THEN $1 = ANY (t.assisting_departments)
                                                         ELSE t.lead_department = $1 END))
                          AND ($3::text IS NULL OR t.state = $3)
                          AND ($4::int IS NULL OR COALESCE(l.rank, 0) = $4)
                          AND ($5::text IS NULL OR t.topic = $5)
                          AND ($6::timestamptz IS NULL OR t.received_at >= $6)
                          AND ($7::timestamptz IS NULL OR t.received_at < $7)
                        ORDER BY l.next_deadline NULLS LAST, t.received_at, t.number
                        LIMIT $8 OFFSET $9""")
                .execute(Tuple.from(Arrays.asList(q.department(), q.assisting(),
                        q.state() == null ? null : q.state().name(), q.light() == null ? null : rank(q.light()),
                        q.topic(), Timestamps.utc(q.receivedFrom()), Timestamps.utc(q.receivedTo()),
                        q.size(), Paging.offset(q.page(), q.size()))))
                .map(TicketRepository::all);
    }

    private static int rank(AlertLevel level) {
        return switch (level) {
            case GREEN -> 0;
            case YELLOW -> 1;
            case RED -> 2;
        };
    }

    private static AlertLevel light(int rank) {
        return switch (rank) {
            case 2 -> AlertLevel.RED;
            case 1 -> AlertLevel.YELLOW;
            default -> AlertLevel.GREEN;
        };
    }

    private static Optional<DispatchTicket> first(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(ticket(rows.iterator().next()));
    }

    private static List<DispatchTicket> all(RowSet<Row> rows) {
        List<DispatchTicket> tickets = new ArrayList<>();
        rows.forEach(row -> tickets.add(ticket(row)));
        return tickets;
    }

    private static DispatchTicket ticket(Row row) {
        String suspendedFrom = row.getString("suspended_from");
        return new DispatchTicket(
                row.getUUID("id"),
                row.getString("number"),
                row.getOffsetDateTime("received_at").toInstant(),
                row.getString("channel"),
                row.getString("demand_type"),
                row.getString("topic"),
                Urgency.valueOf(row.getString("urgency")),
                row.getString("town"),
                row.getString("enterprise_name"),
                row.getString("credit_code"),
                row.getString("contact_phone_masked"),
                row.getString("summary"),
                TicketState.valueOf(row.getString("state")),
                row.getString("lead_department"),
                Arrays.asList(row.getArrayOfStrings("assisting_departments")),
                row.getInteger("assignment"),
                row.getString("rule_id"),
                instant(row.getOffsetDateTime("assigned_at")),
                row.getInteger("version"),
                suspendedFrom == null ? null : TicketState.valueOf(suspendedFrom),
                row.getInteger("extensions_granted"),
                row.getInteger("urged"),
                row.getString("satisfaction"),
                light(row.getInteger("light_rank")),
                instant(row.getOffsetDateTime("next_deadline")),
                null, null, null);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
