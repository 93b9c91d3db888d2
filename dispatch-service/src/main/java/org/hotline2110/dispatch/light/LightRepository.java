package org.hotline2110.dispatch.light;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The lights of each ticket's current lead, as sla-monitor's alerts set them; dispatch keeps no calendar. */
@ApplicationScoped
public class LightRepository {

    /**
     * Keeps the alert as its clock's light when it is for the current lead, or the manual queue's DISPATCH clock of a
     * ticket still waiting there, and newer than what is known; routing clears it. Answers false for an alert about a
     * ticket dispatch does not know.
     */
    public Uni<Boolean> apply(SqlClient tx, SlaAlertRaised alert) {
        return tx.preparedQuery("""
                        WITH current AS (SELECT id FROM ticket WHERE id = $1
                                           AND (lead_department = $2 OR ($3 = 'DISPATCH' AND lead_department IS NULL)))
                        INSERT INTO clock_light (ticket_id, clock, department, level, deadline, raised_at)
                        SELECT id, $3, $2, $4, $5, $6 FROM current
                        ON CONFLICT (ticket_id, clock) DO UPDATE
                            SET level = EXCLUDED.level, deadline = EXCLUDED.deadline, raised_at = EXCLUDED.raised_at,
                                department = EXCLUDED.department
                            WHERE clock_light.raised_at <= EXCLUDED.raised_at""")
                .execute(Tuple.of(alert.ticketId(), alert.department(), alert.clock().name(), alert.level().name(),
                        Timestamps.utc(alert.deadline()), Timestamps.utc(alert.raisedAt())))
                .flatMap(ignored -> tx.preparedQuery("SELECT 1 FROM ticket WHERE id = $1").execute(Tuple.of(alert.ticketId())))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<ClockLight>> of(SqlClient client, UUID ticketId) {
        return client.preparedQuery("SELECT * FROM clock_light WHERE ticket_id = $1 ORDER BY clock").execute(Tuple.of(ticketId))
                .map(rows -> {
                    List<ClockLight> lights = new ArrayList<>();
                    rows.forEach(row -> lights.add(new ClockLight(Clock.valueOf(row.getString("clock")),
                            AlertLevel.valueOf(row.getString("level")), row.getOffsetDateTime("deadline").toInstant(),
                            row.getOffsetDateTime("raised_at").toInstant())));
                    return lights;
                });
    }

    /** True when sla-monitor said the current RESOLVE deadline has passed. */
    public Uni<Boolean> resolveOverdue(SqlClient client, UUID ticketId) {
        return client.preparedQuery("SELECT 1 FROM clock_light WHERE ticket_id = $1 AND clock = 'RESOLVE' AND level = 'RED'")
                .execute(Tuple.of(ticketId)).map(rows -> rows.rowCount() > 0);
    }
}
