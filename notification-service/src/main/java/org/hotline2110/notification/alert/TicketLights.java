package org.hotline2110.notification.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The latest light of each ticket's clocks, as the alerts tell it; the morning digest reads the red ones. */
@ApplicationScoped
public class TicketLights {

    /** Keeps the newest alert of the clock; an older one arriving late changes nothing. */
    public Uni<Void> record(SqlClient tx, SlaAlertRaised alert) {
        return tx.preparedQuery("""
                        INSERT INTO ticket_light (ticket_id, clock, ticket_number, department, level, deadline, raised_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)
                        ON CONFLICT (ticket_id, clock) DO UPDATE
                        SET ticket_number = EXCLUDED.ticket_number, department = EXCLUDED.department,
                            level = EXCLUDED.level, deadline = EXCLUDED.deadline, raised_at = EXCLUDED.raised_at
                        WHERE ticket_light.raised_at <= EXCLUDED.raised_at""")
                .execute(Tuple.tuple().addUUID(alert.ticketId()).addString(alert.clock().name())
                        .addString(alert.ticketNumber()).addString(alert.department())
                        .addString(alert.level().name()).addOffsetDateTime(Timestamps.utc(alert.deadline()))
                        .addOffsetDateTime(Timestamps.utc(alert.raisedAt())))
                .replaceWithVoid();
    }

    /** Every clock now red, by department then ticket number. */
    public Uni<List<RedClock>> red(SqlClient client) {
        return client.query("""
                        SELECT ticket_id, ticket_number, department, clock, deadline FROM ticket_light
                        WHERE level = 'RED' ORDER BY department, ticket_number, deadline""")
                .execute()
                .map(rows -> {
                    List<RedClock> red = new ArrayList<>();
                    rows.forEach(row -> red.add(new RedClock(row.getUUID("ticket_id"), row.getString("ticket_number"),
                            row.getString("department"), Clock.valueOf(row.getString("clock")),
                            row.getOffsetDateTime("deadline").toInstant())));
                    return red;
                });
    }

    public record RedClock(UUID ticketId, String ticketNumber, String department, Clock clock,
            Instant deadline) {
    }
}
