package org.hotline2110.intake.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The record of every reading of contact details in clear: one row per ticket read, written before the answer. */
@ApplicationScoped
public class ContactAccessLog {

    private static final String MATCHING = """
            FROM contact_access
            WHERE ($1::uuid IS NULL OR ticket_id = $1) AND ($2::text IS NULL OR read_by = $2 OR reader_name = $2)""";

    private final Pool pool;

    public ContactAccessLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(List<UUID> tickets, String readBy, String readerName, ContactRead what, Instant at) {
        return pool.preparedQuery("""
                        INSERT INTO contact_access (ticket_id, read_by, reader_name, read_at, what)
                        SELECT ticket, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS ticket""")
                .execute(Tuple.of(tickets.toArray(UUID[]::new), readBy, readerName, Timestamps.utc(at), what.name()))
                .replaceWithVoid();
    }

    /** Newest first; {@code ticket} and {@code person} (a subject or a name) narrow it when given. */
    public Uni<List<ContactAccess>> find(UUID ticket, String person, int page, int size) {
        return pool.preparedQuery("SELECT * " + MATCHING + " ORDER BY read_at DESC, id DESC LIMIT $3 OFFSET $4")
                .execute(Tuple.of(ticket, person, size, Paging.offset(page, size)))
                .map(rows -> {
                    List<ContactAccess> found = new ArrayList<>();
                    rows.forEach(row -> found.add(view(row)));
                    return found;
                });
    }

    public Uni<Long> count(UUID ticket, String person) {
        return pool.preparedQuery("SELECT count(*) " + MATCHING).execute(Tuple.of(ticket, person))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static ContactAccess view(Row row) {
        return new ContactAccess(row.getUUID("ticket_id"), row.getString("read_by"), row.getString("reader_name"),
                row.getOffsetDateTime("read_at").toInstant(), ContactRead.valueOf(row.getString("what")));
    }
}
