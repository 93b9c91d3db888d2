package org.hotline2110.sla.alert;

import java.time.Duration;
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
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Turns running clocks yellow at their warning instant and red at their deadline, raising one alert for each.
 * Due clocks are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work without taking
 * the same clock, and the unique key on (clock, level, deadline version) makes a second alert for the same
 * deadline impossible. A clock found past its deadline goes straight to red: a warning would come too late.
 * Clocks that fell due while the service was down are simply due on its first scan.
 */
@ApplicationScoped
public class AlertScheduler {

    private static final Logger LOG = Logger.getLogger(AlertScheduler.class);
    private static final int BATCH = 500;

    private static final String CLAIM = """
            SELECT id, ticket_id, ticket_number, department, kind, deadline, warn_at, deadline_version,
                   CASE WHEN deadline <= now() THEN 'RED' ELSE 'YELLOW' END AS level
            FROM clock
            WHERE state = 'RUNNING' AND light <> 'RED' AND warn_at <= now()
              AND (deadline <= now() OR light = 'GREEN')
            ORDER BY warn_at LIMIT $1 FOR UPDATE SKIP LOCKED""";

    private static final String RECORD = """
            INSERT INTO alert (id, clock_id, level, deadline_version, deadline, raised_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (clock_id, level, deadline_version) DO NOTHING""";

    private final Pool pool;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Timer lateness;

    public AlertScheduler(Pool pool, Outbox outbox, MeterRegistry registry) {
        this.pool = pool;
        this.outbox = outbox;
        this.registry = registry;
        this.lateness = Timer.builder("hotline.sla.alert.lateness")
                .description("From the instant an alert was due to the instant it was raised")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
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
                            .onItem().transformToUniAndConcatenate(row -> raise(tx, row))
                            .collect().last()
                            .replaceWith(due.size());
                }));
    }

    private Uni<Void> raise(SqlConnection tx, Row clock) {
        AlertLevel level = AlertLevel.valueOf(clock.getString("level"));
        UUID alertId = UUID.randomUUID();
        UUID clockId = clock.getUUID("id");
        int version = clock.getInteger("deadline_version");
        Instant deadline = clock.getOffsetDateTime("deadline").toInstant();
        Instant due = level == AlertLevel.RED ? deadline : clock.getOffsetDateTime("warn_at").toInstant();
        Instant now = Timestamps.now();
        SlaAlertRaised alert = new SlaAlertRaised(alertId, clock.getUUID("ticket_id"), clock.getString("ticket_number"),
                clock.getString("department"), Clock.valueOf(clock.getString("kind")), level, deadline, version, now);
        return tx.preparedQuery(RECORD)
                .execute(Tuple.of(alertId, clockId, level.name(), version, Timestamps.utc(deadline), Timestamps.utc(now)))
                .flatMap(result -> result.rowCount() == 1
                        ? outbox.add(tx, alert).invoke(() -> raised(alert, due, now)).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .call(() -> tx.preparedQuery("UPDATE clock SET light = $2 WHERE id = $1")
                        .execute(Tuple.of(clockId, level.name())));
    }

    private void raised(SlaAlertRaised alert, Instant due, Instant now) {
        registry.counter("hotline.sla.alerts", "level", alert.level().name(), "clock", alert.clock().name()).increment();
        lateness.record(Duration.between(due, now));
    }
}
