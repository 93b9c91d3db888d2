package org.hotline2110.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes committed outbox rows to Kafka in outbox order and marks them published. Each batch is one Kafka
 * transaction: either all of it becomes visible to consumers (who read {@code read_committed}) or none of it, so a
 * broker outage mid-batch, or a send retried after a lost acknowledgement, can neither double a record nor let a
 * later one overtake an earlier one; the batch is simply sent again, whole and in order. A crash between Kafka's
 * commit and the database's publishes a batch again with the same {@code ce_id}s, which consumers drop.
 *
 * <p>
 * One relay per service works at a time (an advisory lock), and all of a service's relays share one transactional
 * id: the one holding the lock fences any other still running, so a stalled instance cannot publish late. It has a
 * thread of its own because the Quarkus scheduler runs nothing more often than once a second, and every hop of a
 * ticket waits for a relay.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** One relay per database at a time keeps each ticket's events in order when several instances run. */
    private static final long RELAY_LOCK = 2110_0001L;

    private static final String CLAIM = """
            SELECT position, event_id, event_type, topic, record_key, payload, occurred_at
            FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT $1""";

    private final Pool pool;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failedBatches;
    /** Made on first use and again after a failure: a transactional producer that failed is not to be trusted. */
    private Producer<String, String> producer;
    /** After a failure the relay waits this long before the next try, rather than hammer a broker that is away. */
    private long resumeAtNanos;

    OutboxRelay(Pool pool, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.pool = pool;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.published = registry.counter("hotline.outbox.published");
        this.failedBatches = registry.counter("hotline.outbox.failed.batches");
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Producer<String, String> created = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox",
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.source() + "-outbox-relay",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 2,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.sendTimeout().toMillis(),
                    // Kafka insists on delivery timeout >= linger + request timeout
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis() / 3,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis()),
                    new StringSerializer(), new StringSerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread relay = new Thread(task, "outbox-relay");
        relay.setDaemon(true);
        return relay;
    });

    private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread watchdog = new Thread(task, "outbox-relay-watchdog");
        watchdog.setDaemon(true);
        return watchdog;
    });

    void start(@Observes StartupEvent started) {
        long interval = config.interval().toMillis();
        thread.scheduleWithFixedDelay(this::relay, interval, interval, TimeUnit.MILLISECONDS);
    }

    void relay() {
        if (System.nanoTime() - resumeAtNanos < 0) {
            return;
        }
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch means more is waiting
            }
        } catch (RuntimeException e) {
            // never let an exception escape: it would cancel the schedule for good
            failedBatches.increment();
            discardProducer();
            resumeAtNanos = System.nanoTime() + config.retryBackoff().toNanos();
            LOG.warnf("Outbox not published yet, will retry: %s", e.getMessage());
        }
    }

    /** Publishes one batch in one database transaction and one Kafka transaction; answers how many rows it published. */
    int publishBatch() {
        SqlConnection connection = pool.getConnection().await().indefinitely();
        try {
            Transaction tx = connection.begin().await().indefinitely();
            try {
                int count = publishLocked(connection);
                tx.commit().await().indefinitely();
                return count;
            } catch (RuntimeException e) {
                tx.rollback().onFailure().recoverWithNull().await().indefinitely();
                throw e;
            }
        } finally {
            connection.close().await().indefinitely();
        }
    }

    private int publishLocked(SqlConnection tx) {
        boolean locked = tx.preparedQuery("SELECT pg_try_advisory_xact_lock($1)").execute(Tuple.of(RELAY_LOCK))
                .await().indefinitely().iterator().next().getBoolean(0);
        if (!locked) {
            return 0;
        }
        List<PendingEvent> batch = new ArrayList<>();
        tx.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize())).await().indefinitely()
                .forEach(row -> batch.add(PendingEvent.of(row)));
        if (batch.isEmpty()) {
            return 0;
        }
        send(batch);
        tx.preparedQuery("UPDATE outbox_event SET published_at = now() WHERE position = ANY($1)")
                .execute(Tuple.of(batch.stream().map(PendingEvent::position).toArray(Long[]::new))).await().indefinitely();
        published.increment(batch.size());
        return batch.size();
    }

    /**
     * Sends the batch as one Kafka transaction; returns once it is committed, throws if it is not. The producer's own
     * timeouts do not bound a commit whose broker went away mid-flush, so a watchdog closes the producer once the batch
     * has taken twice its send timeout: the blocked call then fails, and the batch is retried on a new producer.
     */
    private void send(List<PendingEvent> batch) {
        Producer<String, String> kafka = producer();
        ScheduledFuture<?> watchdog = watchdogs.schedule(() -> kafka.close(Duration.ZERO),
                2 * config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            kafka.beginTransaction();
            for (PendingEvent event : batch) {
                kafka.send(event.toRecord(config.source()));
            }
            // flushes every send first; a failed send fails the commit, and the batch is sent again whole
            kafka.commitTransaction();
        } finally {
            watchdog.cancel(false);
        }
    }

    private void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO); // an open transaction is aborted by the next producer's initTransactions
            } catch (RuntimeException e) {
                LOG.debugf("Closing the outbox producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
        watchdogs.shutdownNow();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
