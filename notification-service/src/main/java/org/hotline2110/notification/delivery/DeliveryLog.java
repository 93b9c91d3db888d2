package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.paging.Paging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the delivery log: every delivery and every attempt. */
@ApplicationScoped
public class DeliveryLog {

    public record Filter(UUID ticketId, String department, AlertLevel level, DeliveryStatus status, Kind kind,
            UUID subscriptionId) {
    }

    /** Newest first; every filter is optional. */
    public Uni<List<DeliveryView>> find(SqlClient client, Filter f, int page, int size) {
        return client.preparedQuery("""
                        SELECT * FROM delivery
                        WHERE ($1::uuid IS NULL OR ticket_id = $1) AND ($2::text IS NULL OR department = $2)
                          AND ($3::text IS NULL OR level = $3) AND ($4::text IS NULL OR status = $4)
                          AND ($5::text IS NULL OR kind = $5) AND ($6::uuid IS NULL OR subscription_id = $6)
                        ORDER BY raised_at DESC, id LIMIT $7 OFFSET $8""")
                .execute(Tuple.tuple().addUUID(f.ticketId()).addString(f.department()).addString(name(f.level()))
                        .addString(name(f.status())).addString(name(f.kind())).addUUID(f.subscriptionId())
                        .addInteger(size).addLong(Paging.offset(page, size)))
                .map(rows -> {
                    List<DeliveryView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(view(row)));
                    return views;
                });
    }

    /** The attempts of a delivery in order; empty when there is no such delivery. */
    public Uni<List<AttemptView>> attempts(SqlClient client, UUID deliveryId) {
        return client.preparedQuery("SELECT * FROM delivery_attempt WHERE delivery_id = $1 ORDER BY attempt")
                .execute(Tuple.of(deliveryId))
                .map(rows -> {
                    List<AttemptView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(new AttemptView(row.getInteger("attempt"),
                            instant(row, "attempted_at"), row.getBoolean("succeeded"), row.getInteger("status_code"),
                            row.getString("error"), row.getLong("duration_ms"))));
                    return views;
                });
    }

    public Uni<Boolean> exists(SqlClient client, UUID deliveryId) {
        return client.preparedQuery("SELECT 1 FROM delivery WHERE id = $1").execute(Tuple.of(deliveryId))
                .map(rows -> rows.size() == 1);
    }

    private static DeliveryView view(Row row) {
        String clock = row.getString("clock");
        String level = row.getString("level");
        return new DeliveryView(row.getUUID("id"), Kind.valueOf(row.getString("kind")), row.getUUID("source_id"),
                row.getString("recipient"), row.getUUID("subscription_id"), row.getString("channel"),
                row.getUUID("ticket_id"), row.getString("ticket_number"), row.getString("department"),
                clock == null ? null : Clock.valueOf(clock), level == null ? null : AlertLevel.valueOf(level),
                instant(row, "deadline"), instant(row, "raised_at"), instant(row, "due_at"), row.getString("status"),
                row.getInteger("attempts"), instant(row, "next_attempt_at"), row.getString("last_error"),
                instant(row, "delivered_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
