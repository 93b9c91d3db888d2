package org.hotline2110.sla.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.sql.Timestamps;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Turns running clocks past their deadline red and raises one RED alert each. Due clocks are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share the work without taking the same clock, and the
 * unique key on (clock, level, deadline version) makes a second alert for the same deadline impossible. Clocks
 * that fell due while the service was down are simply due on its first scan.
 */
@ApplicationScoped
public class RedAlertScheduler {

    private static final Logger LOG = Logger.getLogger(RedAlertScheduler.class);
    private static final int BATCH = 500;

    private static final String CLAIM = """
            SELECT id, ticket_id, ticket_number, department, kind, deadline, deadline_version FROM clock
            WHERE state = 'RUNNING' AND light <> 'RED' AND deadline <= now()
            ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED""";

    private static final String RECORD = """
            INSERT INTO alert (id, clock_id, level, deadline_version, deadline, raised_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (clock_id, level, deadline_version) DO NOTHING""";

    private final Pool pool;
    private final Outbox outbox;
    private final MeterRegistry registry;

    public RedAlertScheduler(Pool pool, Outbox outbox, MeterRegistry registry) {
        this.pool = pool;
        this.outbox = outbox;
        this.registry = registry;
    }

    @Scheduled(every = "${hotline.sla.scan-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> raiseDue() {
        return raiseBatch()
                .repeat().until(raised -> raised < BATCH)
                .collect().last()
                .onFailure().invoke(e -> LOG.warnf("Due clocks not scanned, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Integer> raiseBatch() {
        return pool.withTransaction(tx -> tx.preparedQuery(CLAIM).execute(Tuple.of(BATCH))
                .flatMap(rows -> {
                    List<Row> due = new ArrayList<>();
                    rows.forEach(due::add);
                    if (due.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Multi.createFrom().iterable(due)
                            .onItem().transformToUniAndConcatenate(row -> raiseRed(tx, row))
                            .collect().last()
                            .replaceWith(due.size());
                }));
    }

    private Uni<Void> raiseRed(SqlConnection tx, Row clock) {
        UUID alertId = UUID.randomUUID();
        UUID clockId = clock.getUUID("id");
        int version = clock.getInteger("deadline_version");
        Instant deadline = clock.getOffsetDateTime("deadline").toInstant();
        Instant now = Timestamps.now();
        SlaAlertRaised alert = new SlaAlertRaised(alertId, clock.getUUID("ticket_id"), clock.getString("ticket_number"),
                clock.getString("department"), Clock.valueOf(clock.getString("kind")), AlertLevel.RED, deadline,
                version, now);
        return tx.preparedQuery(RECORD)
                .execute(Tuple.of(alertId, clockId, AlertLevel.RED.name(), version,
                        clock.getOffsetDateTime("deadline"), Timestamps.utc(now)))
                .flatMap(result -> result.rowCount() == 1 ? outbox.add(tx, alert).invoke(() -> count(alert)).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .call(() -> tx.preparedQuery("UPDATE clock SET light = 'RED' WHERE id = $1").execute(Tuple.of(clockId)));
    }

    private void count(SlaAlertRaised alert) {
        registry.counter("hotline.sla.alerts", "level", alert.level().name(), "clock", alert.clock().name()).increment();
    }
}
