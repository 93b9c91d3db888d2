package org.hotline2110.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
 * Publishes committed outbox rows to Kafka in outbox order and marks them published. It runs on a worker
 * thread, so a broker outage only makes it wait and retry: rows stay in the outbox until Kafka acknowledges
 * them ({@code acks=all}, idempotent producer). A crash between the acknowledgement and the commit publishes a
 * row again with the same {@code ce_id}, which consumers drop. It has a thread of its own because the Quarkus
 * scheduler runs nothing more often than once a second, and every hop of a ticket waits for a relay.
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
    private final Producer<String, String> producer;
    private final Counter published;
    private final Counter failedBatches;

    OutboxRelay(Pool pool, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.pool = pool;
        this.config = config;
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers, config), new StringSerializer(),
                new StringSerializer());
        this.published = registry.counter("hotline.outbox.published");
        this.failedBatches = registry.counter("hotline.outbox.failed.batches");
    }

    private static Map<String, Object> producerConfig(String bootstrapServers, OutboxConfig config) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                // Kafka insists on delivery timeout >= linger + request timeout
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis() / 3,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
    }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread relay = new Thread(task, "outbox-relay");
        relay.setDaemon(true);
        return relay;
    });

    void start(@Observes StartupEvent started) {
        long interval = config.interval().toMillis();
        thread.scheduleWithFixedDelay(this::relay, interval, interval, TimeUnit.MILLISECONDS);
    }

    void relay() {
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch means more is waiting
            }
        } catch (RuntimeException e) {
            // never let an exception escape: it would cancel the schedule for good
            failedBatches.increment();
            LOG.warnf("Outbox not published yet, will retry: %s", e.getMessage());
        }
    }

    /** Publishes one batch in one transaction; answers how many rows it published. */
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
        List<Long> acknowledged = send(batch);
        if (!acknowledged.isEmpty()) {
            tx.preparedQuery("UPDATE outbox_event SET published_at = now() WHERE position = ANY($1)")
                    .execute(Tuple.of(acknowledged.toArray(new Long[0]))).await().indefinitely();
            published.increment(acknowledged.size());
        }
        if (acknowledged.size() < batch.size()) {
            throw new IllegalStateException("Kafka acknowledged " + acknowledged.size() + " of " + batch.size());
        }
        return batch.size();
    }

    /** Sends the whole batch, then answers the positions of the acknowledged prefix (order is what matters). */
    private List<Long> send(List<PendingEvent> batch) {
        List<CompletableFuture<RecordMetadata>> acks = batch.stream()
                .map(event -> send(event.toRecord(config.source())))
                .toList();
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(batch.get(i).position());
            } catch (ExecutionException | TimeoutException e) {
                LOG.debugf("Send of outbox row %d failed: %s", batch.get(i).position(), e.getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private CompletableFuture<RecordMetadata> send(ProducerRecord<String, String> record) {
        CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ack.complete(metadata);
                } else {
                    ack.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
        producer.close(Duration.ofSeconds(5));
    }
}
