package org.hotline2110.sla.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.sql.Timestamps;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Re-derives the schedule of every running clock after the calendar changed. Clocks already met keep the outcome
 * recorded when they were met; paused clocks are derived anew when they resume.
 */
@ApplicationScoped
public class ClockRecalculation {

    private static final Logger LOG = Logger.getLogger(ClockRecalculation.class);
    private static final int BATCH = 500;

    private final Pool pool;
    private final ClockRepository clocks;
    private final Deadlines deadlines;

    public ClockRecalculation(Pool pool, ClockRepository clocks, Deadlines deadlines) {
        this.pool = pool;
        this.clocks = clocks;
        this.deadlines = deadlines;
    }

    public void recomputeOpenClocksInBackground() {
        recompute().subscribe().with(
                moved -> LOG.infof("Calendar changed: %d running clocks have a new deadline", moved),
                failure -> LOG.errorf(failure, "Running clocks not recomputed after a calendar change"));
    }

    /** Answers how many clocks got a new schedule. */
    public Uni<Integer> recompute() {
        return after(new UUID(0, 0), 0);
    }

    private Uni<Integer> after(UUID last, int moved) {
        return pool.withTransaction(tx -> tx.preparedQuery(
                        "SELECT * FROM clock WHERE state = 'RUNNING' AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE")
                .execute(Tuple.of(last, BATCH))
                .flatMap(rows -> {
                    List<ClockRow> batch = new ArrayList<>();
                    rows.forEach(row -> batch.add(ClockRow.of(row)));
                    var now = Timestamps.now();
                    List<ClockRow> changed = batch.stream()
                            .map(clock -> clock.scheduled(deadlines.schedule(clock), now))
                            .filter(clock -> batch.stream().noneMatch(clock::equals))
                            .toList();
                    return Multi.createFrom().iterable(changed)
                            .onItem().transformToUniAndConcatenate(clock -> clocks.save(tx, clock))
                            .collect().last()
                            .replaceWith(new Progress(batch.isEmpty() ? null : batch.get(batch.size() - 1).id(),
                                    changed.size(), batch.size()));
                }))
                .flatMap(progress -> progress.seen() < BATCH
                        ? Uni.createFrom().item(moved + progress.moved())
                        : after(progress.last(), moved + progress.moved()));
    }

    private record Progress(UUID last, int moved, int seen) {
    }
}
