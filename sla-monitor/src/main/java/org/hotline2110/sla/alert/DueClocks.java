package org.hotline2110.sla.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The scheduler's database side. Due clocks are claimed {@code FOR UPDATE SKIP LOCKED} in batches, so claimers here
 * and in other instances share the work without taking the same clock, and each batch is raised set-wise in its own
 * transaction: three statements per batch rather than three per clock, which is what lets a burst of tens of
 * thousands drain in seconds. A clock found past its deadline goes straight to red: a warning would come too late.
 * "Now" is the caller's, the instant its timer was set for, so the database's clock never decides what is due.
 */
@ApplicationScoped
class DueClocks {

    /**
     * Claims a batch of due clocks, longest due first, and turns each light in one statement; their alerts follow in
     * the same transaction.
     */
    private static final String CLAIM = """
            UPDATE clock SET light = CASE WHEN deadline <= $1 THEN 'RED' ELSE 'YELLOW' END
            WHERE id IN (SELECT id FROM clock
                         WHERE state = 'RUNNING' AND light <> 'RED' AND next_due <= $1
                         ORDER BY next_due LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING id, ticket_id, ticket_number, department, kind, assignment, round, urgent, deadline, warn_at,
                      deadline_version, light""";

    /** Thresholds still to come: a green clock's warning and deadline, a yellow one's deadline. */
    private static final String AHEAD = """
            SELECT DISTINCT due FROM clock, LATERAL (VALUES (warn_at), (deadline)) AS threshold (due)
            WHERE state = 'RUNNING' AND light <> 'RED' AND warn_at <= $2 AND due > $1 AND due <= $2
            ORDER BY due LIMIT $3""";

    /** Enough for a threshold every 12 ms over two minutes; the next safety scan loads what lies beyond. */
    private static final int MAX_AHEAD = 10_000;

    private final Pool pool;
    private final Alerts alerts;
    private final ScanConfig config;

    DueClocks(Pool pool, Alerts alerts, ScanConfig config) {
        this.pool = pool;
        this.alerts = alerts;
        this.config = config;
    }

    /** Raises every alert due at {@code now}, with {@link ScanConfig#claimers()} claimers; answers how many clocks. */
    Uni<Integer> raiseDue(Instant now) {
        return Multi.createFrom().range(0, config.claimers())
                .onItem().transformToUniAndMerge(claimer -> drain(now))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /** The distinct thresholds after {@code from} up to {@code until}, soonest first. */
    Uni<List<Instant>> ahead(Instant from, Instant until) {
        return pool.preparedQuery(AHEAD)
                .execute(Tuple.of(Timestamps.utc(from), Timestamps.utc(until), MAX_AHEAD))
                .map(rows -> {
                    List<Instant> due = new ArrayList<>();
                    rows.forEach(row -> due.add(row.getOffsetDateTime("due").toInstant()));
                    return due;
                });
    }

    /** One claimer: batch after batch until one comes back short, so nothing due is left behind. */
    private Uni<Integer> drain(Instant now) {
        return raiseBatch(now)
                .repeat().whilst(raised -> raised == config.batchSize())
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    private Uni<Integer> raiseBatch(Instant now) {
        return pool.withTransaction(tx -> tx.preparedQuery(CLAIM)
                .execute(Tuple.of(Timestamps.utc(now), config.batchSize()))
                .flatMap(rows -> {
                    List<DueAlert> due = new ArrayList<>();
                    rows.forEach(row -> due.add(dueAlert(row)));
                    return alerts.raiseAll(tx, due).replaceWith(due.size());
                }));
    }

    private static DueAlert dueAlert(Row row) {
        AlertLevel level = AlertLevel.valueOf(row.getString("light"));
        Instant deadline = row.getOffsetDateTime("deadline").toInstant();
        DueClock clock = new DueClock(row.getUUID("id"), row.getUUID("ticket_id"), row.getString("ticket_number"),
                row.getString("department"), Clock.valueOf(row.getString("kind")), row.getInteger("assignment"),
                row.getInteger("round"), row.getBoolean("urgent"), deadline,
                row.getInteger("deadline_version"));
        return new DueAlert(clock, level, level == AlertLevel.RED ? deadline : row.getOffsetDateTime("warn_at").toInstant());
    }
}
