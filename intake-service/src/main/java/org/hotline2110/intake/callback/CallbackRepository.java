package org.hotline2110.intake.callback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.feedback.CallbackOutcome;
import org.hotline2110.contracts.feedback.Satisfaction;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class CallbackRepository {

    public Uni<Void> insert(SqlClient tx, CallbackView callback) {
        return tx.preparedQuery("""
                        INSERT INTO ticket_callback (ticket_id, resolution, lead_department, outcome, satisfaction, note,
                                                     recorded_by, recorded_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.tuple()
                        .addUUID(callback.ticketId())
                        .addInteger(callback.resolution())
                        .addString(callback.leadDepartment())
                        .addString(callback.outcome().name())
                        .addString(callback.satisfaction().name())
                        .addString(callback.note())
                        .addString(callback.recordedBy())
                        .addOffsetDateTime(Timestamps.utc(callback.recordedAt())))
                .replaceWithVoid();
    }

    public Uni<List<CallbackView>> ofTicket(SqlClient client, UUID ticketId) {
        return client.preparedQuery("SELECT * FROM ticket_callback WHERE ticket_id = $1 ORDER BY resolution")
                .execute(Tuple.of(ticketId))
                .map(rows -> {
                    List<CallbackView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(view(row)));
                    return views;
                });
    }

    private static CallbackView view(Row row) {
        return new CallbackView(row.getUUID("ticket_id"), row.getInteger("resolution"),
                row.getString("lead_department"), CallbackOutcome.valueOf(row.getString("outcome")),
                Satisfaction.valueOf(row.getString("satisfaction")), row.getString("note"),
                row.getString("recorded_by"), row.getOffsetDateTime("recorded_at").toInstant());
    }
}
