package org.hotline2110.intake.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class LightRepository {

    /** Keeps the newest alert per clock and department: a later deadline version, or a later raise of the same one. */
    private static final String UPSERT = """
            INSERT INTO ticket_light (ticket_id, clock, department, level, deadline, deadline_version, raised_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (ticket_id, clock, department) DO UPDATE
               SET level = EXCLUDED.level, deadline = EXCLUDED.deadline, deadline_version = EXCLUDED.deadline_version,
                   raised_at = EXCLUDED.raised_at
             WHERE (ticket_light.deadline_version, ticket_light.raised_at)
                   <= (EXCLUDED.deadline_version, EXCLUDED.raised_at)""";

    /** Lights are shown for the current lead department only, which sorts out alerts that overtake the assignment. */
    private static final String CURRENT = """
            SELECT l.ticket_id, l.clock, l.level, l.deadline, l.raised_at
            FROM ticket_light l JOIN ticket t ON t.id = l.ticket_id AND t.lead_department = l.department
            WHERE l.ticket_id = ANY($1)
            ORDER BY l.ticket_id, array_position(ARRAY['CONTACT', 'REPLY', 'RESOLVE'], l.clock)""";

    /** Answers whether the ticket exists. */
    public Uni<Boolean> record(SqlClient tx, SlaAlertRaised alert) {
        return tx.preparedQuery("SELECT 1 FROM ticket WHERE id = $1").execute(Tuple.of(alert.ticketId()))
                .flatMap(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : tx.preparedQuery(UPSERT).execute(Tuple.tuple()
                                .addUUID(alert.ticketId())
                                .addString(alert.clock().name())
                                .addString(alert.department())
                                .addString(alert.level().name())
                                .addOffsetDateTime(Timestamps.utc(alert.deadline()))
                                .addInteger(alert.deadlineVersion())
                                .addOffsetDateTime(Timestamps.utc(alert.raisedAt())))
                                .replaceWith(true));
    }

    /** A re-routed ticket starts with new clocks: the lights of other departments go. */
    public Uni<Void> keepOnly(SqlClient tx, UUID ticketId, String department) {
        return tx.preparedQuery("DELETE FROM ticket_light WHERE ticket_id = $1 AND department <> $2")
                .execute(Tuple.of(ticketId, department)).replaceWithVoid();
    }

    /** A reopened ticket's RESOLVE clock starts again: its old light no longer says anything. */
    public Uni<Void> clear(SqlClient tx, UUID ticketId, Clock clock) {
        return tx.preparedQuery("DELETE FROM ticket_light WHERE ticket_id = $1 AND clock = $2")
                .execute(Tuple.of(ticketId, clock.name())).replaceWithVoid();
    }

    public Uni<Map<UUID, List<Light>>> current(SqlClient client, List<UUID> ticketIds) {
        return client.preparedQuery(CURRENT).execute(Tuple.of(ticketIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, List<Light>> lights = new HashMap<>();
            rows.forEach(row -> lights.computeIfAbsent(row.getUUID("ticket_id"), id -> new ArrayList<>())
                    .add(new Light(Clock.valueOf(row.getString("clock")), AlertLevel.valueOf(row.getString("level")),
                            row.getOffsetDateTime("deadline").toInstant(),
                            row.getOffsetDateTime("raised_at").toInstant())));
            return lights;
        });
    }
}
