package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class TicketRepository {

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

    /** Makes {@code lead} the lead department and answers the new assignment number. */
    public Uni<Integer> assign(SqlClient tx, UUID id, String lead, List<String> assisting, String ruleId, Instant at) {
        return tx.preparedQuery("""
                        UPDATE ticket SET state = 'ASSIGNED', lead_department = $2, assisting_departments = $3,
                                          rule_id = $4, assigned_at = $5, assignment = assignment + 1, version = version + 1
                        WHERE id = $1 RETURNING assignment""")
                .execute(Tuple.of(id, lead, assisting.toArray(new String[0]), ruleId, Timestamps.utc(at)))
                .map(rows -> rows.iterator().next().getInteger("assignment"));
    }

    public Uni<Void> log(SqlClient tx, UUID id, Instant at, String actor, String action, String note) {
        return tx.preparedQuery("INSERT INTO handling_log (ticket_id, at, actor, action, note) VALUES ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(id, Timestamps.utc(at), actor, action, note))
                .replaceWithVoid();
    }

    public Uni<Optional<DispatchTicket>> find(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT * FROM ticket WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(ticket(rows.iterator().next())));
    }

    public Uni<List<HandlingStep>> handlingLog(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT at, actor, action, note FROM handling_log WHERE ticket_id = $1 ORDER BY id")
                .execute(Tuple.of(id))
                .map(rows -> {
                    List<HandlingStep> steps = new ArrayList<>();
                    rows.forEach(row -> steps.add(new HandlingStep(row.getOffsetDateTime("at").toInstant(),
                            row.getString("actor"), row.getString("action"), row.getString("note"))));
                    return steps;
                });
    }

    /** Oldest assignment first, so what has waited longest is on top; filters are optional. */
    public Uni<List<DispatchTicket>> list(SqlClient client, String department, TicketState state, int page, int size) {
        return client.preparedQuery("""
                        SELECT * FROM ticket
                        WHERE ($1::text IS NULL OR lead_department = $1) AND ($2::text IS NULL OR state = $2)
                        ORDER BY COALESCE(assigned_at, received_at), number LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(department, state == null ? null : state.name(), size, page * size))
                .map(rows -> {
                    List<DispatchTicket> tickets = new ArrayList<>();
                    rows.forEach(row -> tickets.add(ticket(row)));
                    return tickets;
                });
    }

    private static DispatchTicket ticket(Row row) {
        OffsetDateTime assignedAt = row.getOffsetDateTime("assigned_at");
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
                assignedAt == null ? null : assignedAt.toInstant(),
                null);
    }
}
