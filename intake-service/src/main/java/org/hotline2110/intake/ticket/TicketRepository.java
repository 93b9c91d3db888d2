package org.hotline2110.intake.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class TicketRepository {

    /** The number is the Shanghai calendar date and a sequence: unique, readable, and sorted by arrival. */
    private static final String INSERT = """
            INSERT INTO ticket (id, number, received_at, received_by, channel, demand_type, topic, urgency, town, address,
                                enterprise_name, credit_code, credit_code_override, contact_name, contact_phone, summary,
                                description, status, status_changed_at)
            VALUES ($1, to_char($2 AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(nextval('ticket_number_seq')::text, 6, '0'),
                    $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'RECEIVED', $2)
            RETURNING *""";

    public Uni<TicketView> insert(SqlClient tx, UUID id, CreateTicketRequest request, String operator, Instant now) {
        Tuple row = Tuple.tuple()
                .addUUID(id)
                .addOffsetDateTime(Timestamps.utc(now))
                .addString(operator)
                .addString(request.channel())
                .addString(request.demandType())
                .addString(request.topic())
                .addString(urgency(request).name())
                .addString(request.town())
                .addString(request.address() == null || request.address().isBlank() ? null : request.address().strip())
                .addString(request.enterprise().name())
                .addString(request.enterprise().creditCode())
                .addBoolean(request.enterprise().creditCodeOverride())
                .addString(request.contact().name())
                .addString(request.contact().phone())
                .addString(request.summary())
                .addString(request.description());
        return tx.preparedQuery(INSERT).execute(row).map(rows -> view(rows.iterator().next()));
    }

    public Uni<Optional<TicketView>> find(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT * FROM ticket WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    /** Newest first; optionally only one status. */
    public Uni<List<TicketView>> page(SqlClient client, TicketStatus status, int page, int size) {
        return client.preparedQuery("""
                        SELECT * FROM ticket WHERE ($1::text IS NULL OR status = $1)
                        ORDER BY number DESC LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(status == null ? null : status.name(), size, page * size))
                .map(rows -> {
                    List<TicketView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(view(row)));
                    return views;
                });
    }

    /** Answers whether the ticket exists. */
    public Uni<Boolean> updateStatus(SqlClient tx, UUID id, TicketStatus status, String leadDepartment, Instant at) {
        return tx.preparedQuery("""
                        UPDATE ticket SET status = $2, lead_department = COALESCE($3, lead_department), status_changed_at = $4
                        WHERE id = $1""")
                .execute(Tuple.of(id, status.name(), leadDepartment, Timestamps.utc(at)))
                .map(result -> result.rowCount() == 1);
    }

    static Urgency urgency(CreateTicketRequest request) {
        return request.urgency() == null ? Urgency.NORMAL : Urgency.valueOf(request.urgency());
    }

    private static TicketView view(Row row) {
        return new TicketView(
                row.getUUID("id"),
                row.getString("number"),
                row.getOffsetDateTime("received_at").toInstant(),
                row.getString("received_by"),
                row.getString("channel"),
                row.getString("demand_type"),
                row.getString("topic"),
                Urgency.valueOf(row.getString("urgency")),
                row.getString("town"),
                row.getString("address"),
                row.getString("enterprise_name"),
                row.getString("credit_code"),
                row.getBoolean("credit_code_override"),
                row.getString("contact_name"),
                row.getString("contact_phone"),
                row.getString("summary"),
                row.getString("description"),
                TicketStatus.valueOf(row.getString("status")),
                row.getString("lead_department"),
                row.getOffsetDateTime("status_changed_at").toInstant());
    }
}
