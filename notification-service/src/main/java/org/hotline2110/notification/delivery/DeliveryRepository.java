package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class DeliveryRepository {

    /** Records the delivery unless this recipient already has this alert. */
    public Uni<Void> deliver(SqlClient tx, SlaAlertRaised alert, String recipient, String channel, Instant at) {
        return tx.preparedQuery("""
                        INSERT INTO delivery (id, alert_id, recipient, channel, ticket_id, ticket_number, department, clock,
                                              level, deadline, raised_at, status, delivered_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'DELIVERED', $12)
                        ON CONFLICT (alert_id, recipient) DO NOTHING""")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addUUID(alert.alertId())
                        .addString(recipient)
                        .addString(channel)
                        .addUUID(alert.ticketId())
                        .addString(alert.ticketNumber())
                        .addString(alert.department())
                        .addString(alert.clock().name())
                        .addString(alert.level().name())
                        .addOffsetDateTime(Timestamps.utc(alert.deadline()))
                        .addOffsetDateTime(Timestamps.utc(alert.raisedAt()))
                        .addOffsetDateTime(Timestamps.utc(at)))
                .replaceWithVoid();
    }

    /** Newest first; every filter is optional. */
    public Uni<List<DeliveryView>> find(SqlClient client, UUID ticketId, String department, AlertLevel level, int page,
            int size) {
        return client.preparedQuery("""
                        SELECT * FROM delivery
                        WHERE ($1::uuid IS NULL OR ticket_id = $1) AND ($2::text IS NULL OR department = $2)
                          AND ($3::text IS NULL OR level = $3)
                        ORDER BY raised_at DESC, id LIMIT $4 OFFSET $5""")
                .execute(Tuple.of(ticketId, department, level == null ? null : level.name(), size, page * size))
                .map(rows -> {
                    List<DeliveryView> deliveries = new ArrayList<>();
                    rows.forEach(row -> deliveries.add(view(row)));
                    return deliveries;
                });
    }

    private static DeliveryView view(Row row) {
        OffsetDateTime deliveredAt = row.getOffsetDateTime("delivered_at");
        return new DeliveryView(row.getUUID("id"), row.getUUID("alert_id"), row.getString("recipient"),
                row.getString("channel"), row.getUUID("ticket_id"), row.getString("ticket_number"),
                row.getString("department"), Clock.valueOf(row.getString("clock")),
                AlertLevel.valueOf(row.getString("level")), row.getOffsetDateTime("deadline").toInstant(),
                row.getOffsetDateTime("raised_at").toInstant(), row.getString("status"),
                deliveredAt == null ? null : deliveredAt.toInstant());
    }
}
