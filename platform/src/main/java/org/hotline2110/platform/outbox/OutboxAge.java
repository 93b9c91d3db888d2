package org.hotline2110.platform.outbox;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * How long the oldest unpublished outbox row has waited, as {@code hotline_outbox_oldest_unpublished_seconds}. While
 * Kafka is away REST calls still succeed and events wait in the outbox; this is the figure that says for how long,
 * which a count of failed batches cannot (a relay stuck without failing shows here too).
 */
@ApplicationScoped
public class OutboxAge {

    private static final Logger LOG = Logger.getLogger(OutboxAge.class);

    /** The partial index on unpublished positions answers this without reading the published rows. */
    private static final String OLDEST_UNPUBLISHED = """
            SELECT EXTRACT(EPOCH FROM now() - occurred_at) * 1000 AS waited_ms
            FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT 1""";

    private final Pool pool;
    private final AtomicLong waitedMillis = new AtomicLong();

    OutboxAge(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder("hotline.outbox.oldest.unpublished", waitedMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds")
                .description("Time the oldest outbox row not yet published to Kafka has waited; 0 when none waits")
                .register(registry);
    }

    /** Measured every 15 s, the usual scrape interval; with the database away the last figure stays. */
    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> measure() {
        return pool.query(OLDEST_UNPUBLISHED).execute()
                .invoke(rows -> waitedMillis.set(rows.iterator().hasNext() ? waited(rows.iterator().next()) : 0))
                .onFailure().invoke(failure -> LOG.debugf("Outbox age not measured: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static long waited(Row row) {
        return Math.max(0, row.getNumeric("waited_ms").longValue());
    }
}
