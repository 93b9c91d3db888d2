package org.hotline2110.sla.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.sla.assessment.ReferenceNames;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the board reads: open clocks counted by department, clock and light, and the tickets behind a count. */
@ApplicationScoped
class BoardQueries {

    private static final String FILTERED = """
            FROM clock c LEFT JOIN assessment_ticket t ON t.ticket_id = c.ticket_id
            WHERE c.state IN ('RUNNING', 'PAUSED') AND ($1::text IS NULL OR c.department = $1)
              AND ($2::text IS NULL OR t.town = $2) AND ($3::text IS NULL OR t.topic = $3)
              AND ($4::text IS NULL OR c.kind = $4) AND ($5::text IS NULL OR c.light = $5)""";

    private final Pool pool;
    private final ReferenceNames names;
    private final Topics topics;

    BoardQueries(Pool pool, ReferenceNames names, Topics topics) {
        this.pool = pool;
        this.names = names;
        this.topics = topics;
    }

    Uni<List<Count>> counts(BoardFilter filter) {
        return pool.preparedQuery("SELECT c.department, c.kind, c.light, count(*) AS n " + FILTERED
                        + " GROUP BY c.department, c.kind, c.light")
                .execute(params(filter))
                .map(rows -> {
                    List<Count> counts = new ArrayList<>();
                    rows.forEach(r -> counts.add(new Count(r.getString("department"),
                            Clock.valueOf(r.getString("kind")), AlertLevel.valueOf(r.getString("light")),
                            r.getInteger("n"))));
                    return counts;
                });
    }

    /** The tickets behind a count, nearest deadline first; the page shows at most {@code limit}. */
    Uni<List<Entry>> entries(BoardFilter filter, int limit) {
        return pool.preparedQuery("SELECT c.*, t.enterprise_name, t.topic, t.town " + FILTERED
                        + " ORDER BY c.deadline, c.id LIMIT " + limit)
                .execute(params(filter))
                .map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    rows.forEach(r -> entries.add(entry(r)));
                    return entries;
                });
    }

    /** The towns or parks of open tickets, for the filter's choices. */
    Uni<List<String>> towns() {
        return pool.query("""
                        SELECT DISTINCT t.town FROM assessment_ticket t JOIN clock c ON c.ticket_id = t.ticket_id
                        WHERE c.state IN ('RUNNING', 'PAUSED') AND t.town IS NOT NULL ORDER BY t.town""")
                .execute()
                .map(rows -> {
                    List<String> towns = new ArrayList<>();
                    rows.forEach(r -> towns.add(r.getString("town")));
                    return towns;
                });
    }

    private static Tuple params(BoardFilter f) {
        return Tuple.tuple().addString(f.department()).addString(f.town()).addString(f.topic())
                .addString(f.clock() == null ? null : f.clock().name())
                .addString(f.light() == null ? null : f.light().name());
    }

    @TemplateData
    public record Count(String department, Clock clock, AlertLevel light, int count) {
    }

    private Entry entry(Row r) {
        OffsetDateTime deadline = r.getOffsetDateTime("deadline");
        Clock kind = Clock.valueOf(r.getString("kind"));
        return new Entry(r.getUUID("ticket_id"), r.getString("ticket_number"),
                names.department(r.getString("department")), r.getString("enterprise_name"),
                topics.name(r.getString("topic")), r.getString("town"),
                Labels.clock(kind) + "时限", AlertLevel.valueOf(r.getString("light")), deadline.toInstant(),
                "PAUSED".equals(r.getString("state")));
    }

    /** One open clock as the list shows it, with the names a person reads. */
    @TemplateData
    public record Entry(UUID ticketId, String ticketNumber, String department, String enterprise, String topic,
            String town, String clock, AlertLevel light, Instant deadline, boolean paused) {
    }
}
