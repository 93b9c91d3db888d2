package org.hotline2110.intake.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.intake.status.ProgressRepository;
import org.hotline2110.platform.lights.ClockLight;
import org.hotline2110.platform.lights.ClockView;
import org.hotline2110.platform.lights.TicketClocks;
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
     * The number is the Shanghai calendar date and that day's count: unique, readable, and in arrival order. Six
     * digits cover 999,999 tickets a day; past that the count widens rather than wraps.
     */
    private static final String INSERT = """
            WITH numbered AS (
                INSERT INTO ticket_number_day (day, last_number)
                VALUES (($2 AT TIME ZONE 'Asia/Shanghai')::date, 1)
                ON CONFLICT (day) DO UPDATE SET last_number = ticket_number_day.last_number + 1
                RETURNING day, last_number)
            INSERT INTO ticket (id, number, received_at, received_by, channel, demand_type, topic, urgency, town, address,
                                enterprise_name, credit_code, credit_code_override, credit_code_override_reason,
                                contact_name, contact_phone, summary, description, status, status_changed_at)
            SELECT $1,
                   to_char(day, 'YYYYMMDD') || '-' || lpad(last_number::text, greatest(6, length(last_number::text)), '0'),
                   $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'RECEIVED', $2
            FROM numbered
            RETURNING *""";

    /** Every criterion of {@link TicketSearch}, each ignored when null. */
    private static final String MATCHING = """
            FROM ticket
            WHERE ($1::text IS NULL OR starts_with(number, $1))
              AND ($2::text IS NULL OR enterprise_name ILIKE '%' || $2 || '%')
              AND ($3::text IS NULL OR credit_code = $3)
              AND ($4::text IS NULL OR status = $4)
              AND ($5::text IS NULL OR topic = $5)
              AND ($6::text IS NULL OR lead_department = $6 OR $6 = ANY (assisting_departments))
              AND ($7::timestamptz IS NULL OR received_at >= $7)
              AND ($8::timestamptz IS NULL OR received_at < $8)
              AND (NOT $9 OR status <> 'CLOSED')""";

    private final TicketClocks clocks;

    public TicketRepository(TicketClocks clocks) {
        this.clocks = clocks;
    }

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
                .addString(overrideReason(request))
                .addString(request.contact().name())
                .addString(request.contact().phone())
                .addString(request.summary())
                .addString(request.description());
        return tx.preparedQuery(INSERT).execute(row).map(rows -> view(rows.iterator().next()));
    }

    public Uni<Optional<TicketView>> find(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT * FROM ticket WHERE id = $1").execute(Tuple.of(id))
                .flatMap(rows -> withClocks(client, rows))
                .map(views -> views.stream().findFirst());
    }

    /** One page of the matching tickets, newest first. */
    public Uni<List<TicketView>> search(SqlClient client, TicketSearch search, int page, int size) {
        return client.preparedQuery("SELECT * " + MATCHING
                        + " ORDER BY received_at DESC, number DESC LIMIT $10 OFFSET $11")
                .execute(criteria(search).addInteger(size).addLong(Paging.offset(page, size)))
                .flatMap(rows -> withClocks(client, rows));
    }

    public Uni<Long> count(SqlClient client, TicketSearch search) {
        return client.preparedQuery("SELECT count(*) " + MATCHING).execute(criteria(search))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static String overrideReason(CreateTicketRequest request) {
        var enterprise = request.enterprise();
        return enterprise.creditCodeOverride() ? enterprise.creditCodeOverrideReason().strip() : null;
    }

    static Urgency urgency(CreateTicketRequest request) {
        return request.urgency() == null ? Urgency.NORMAL : Urgency.valueOf(request.urgency());
    }

    /** Each ticket with its current clocks; the lead's nearest running deadline is when the enterprise hears back. */
    private Uni<List<TicketView>> withClocks(SqlClient client, RowSet<Row> rows) {
        List<TicketView> views = new ArrayList<>();
        rows.forEach(row -> views.add(view(row)));
        if (views.isEmpty()) {
            return Uni.createFrom().item(views);
        }
        return clocks.of(client, views.stream().map(TicketView::id).toList()).map(found -> views.stream().map(v -> {
            List<ClockLight> current = found.getOrDefault(v.id(), List.of()).stream()
                    .filter(c -> c.isCurrentAt(v.handling().assignment())).toList();
            Instant hearBackBy = current.stream()
                    .filter(c -> c.clock() != Clock.DISPATCH && c.state() == ClockState.RUNNING)
                    .map(ClockLight::deadline).min(Comparator.naturalOrder()).orElse(null);
            return v.withClocks(current.stream().map(ClockView::of).toList(), hearBackBy);
        }).toList());
    }

    private static Tuple criteria(TicketSearch s) {
        return Tuple.tuple()
                .addString(s.number())
                .addString(s.enterprise() == null ? null : likeLiteral(s.enterprise()))
                .addString(s.creditCode())
                .addString(s.status() == null ? null : s.status().name())
                .addString(s.topic())
                .addString(s.department())
                .addOffsetDateTime(Timestamps.utc(s.receivedFrom()))
                .addOffsetDateTime(Timestamps.utc(s.receivedBefore()))
                .addBoolean(s.openOnly());
    }

    /** A name fragment matches itself only: % and _ typed by an operator are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static TicketView view(Row row) {
        var progress = ProgressRepository.of(row);
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
                row.getString("credit_code_override_reason"),
                row.getString("contact_name"),
                row.getString("contact_phone"),
                row.getString("summary"),
                row.getString("description"),
                progress.status(),
                progress.leadDepartment(),
                progress.assistingDepartments(),
                progress.statusChangedAt(),
                Handling.of(progress),
                List.of(),
                null,
                row.getInteger("linked_calls"),
                row.getOffsetDateTime("contact_erased_at") != null);
    }
}
