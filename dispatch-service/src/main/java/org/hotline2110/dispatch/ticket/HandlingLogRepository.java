package org.hotline2110.dispatch.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** 办理记录: every step taken on a ticket, who took it and when, in the transaction of the step itself. */
@ApplicationScoped
public class HandlingLogRepository {

    /** A ticket's detail carries this many of its latest steps; the whole log is read a page at a time. */
    public static final int EMBEDDED = 100;

    public Uni<Void> append(SqlClient tx, UUID ticketId, HandlingStep step) {
        return tx.preparedQuery("""
                        INSERT INTO handling_log (ticket_id, at, actor, department, action, note, details)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.tuple()
                        .addUUID(ticketId)
                        .addOffsetDateTime(Timestamps.utc(step.at()))
                        .addString(step.actor())
                        .addString(step.department())
                        .addString(step.action())
                        .addString(step.note())
                        .addValue(step.details() == null || step.details().isEmpty() ? null : new JsonObject(step.details())))
                .replaceWithVoid();
    }

    /** The latest {@value #EMBEDDED} steps, oldest first: what the ticket's detail shows. */
    public Uni<List<HandlingStep>> of(SqlClient client, UUID ticketId) {
        return client.preparedQuery("""
                        SELECT * FROM (SELECT id, at, actor, department, action, note, details FROM handling_log
                                       WHERE ticket_id = $1 ORDER BY id DESC LIMIT $2) latest
                        ORDER BY id""")
                .execute(Tuple.of(ticketId, EMBEDDED))
                .map(HandlingLogRepository::steps);
    }

    /** One page of every step, oldest first. */
    public Uni<List<HandlingStep>> page(SqlClient client, UUID ticketId, int page, int size) {
        return client.preparedQuery("""
                        SELECT at, actor, department, action, note, details FROM handling_log
                        WHERE ticket_id = $1 ORDER BY id LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(ticketId, size, Paging.offset(page, size)))
                .map(HandlingLogRepository::steps);
    }

    public Uni<Long> count(SqlClient client, UUID ticketId) {
        return client.preparedQuery("SELECT count(*) FROM handling_log WHERE ticket_id = $1").execute(Tuple.of(ticketId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static List<HandlingStep> steps(RowSet<Row> rows) {
        List<HandlingStep> steps = new ArrayList<>();
        rows.forEach(row -> {
            Object details = row.getValue("details");
            Map<String, Object> map = details instanceof JsonObject json ? json.getMap() : null;
            steps.add(new HandlingStep(row.getOffsetDateTime("at").toInstant(), row.getString("actor"),
                    row.getString("department"), row.getString("action"), row.getString("note"), map));
        });
        return steps;
    }
}
