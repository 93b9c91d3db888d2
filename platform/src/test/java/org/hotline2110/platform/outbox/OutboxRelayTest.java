package org.hotline2110.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventSchemas;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;

/** The outbox against the real database and broker: order, envelope, and nothing lost while Kafka is away. */
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static OutboxDatabase database;
    private static Pool pool;

    @BeforeAll
    static void start() throws IOException {
        database = new OutboxDatabase("platform_test");
        pool = database.pool;
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyOutbox() {
        database.empty();
    }

    @Test
    void committedEventsArePublishedInOutboxOrderAsCloudEventsAndMarkedSent() throws Exception {
        UUID ticket = UUID.randomUUID();
        List<SlaAlertRaised> alerts = List.of(alert(ticket, Clock.CONTACT), alert(ticket, Clock.REPLY), alert(ticket, Clock.RESOLVE));
        for (SlaAlertRaised alert : alerts) {
            write(alert);
        }

        OutboxRelay relay = relay(database.stack.kafkaBootstrap());
        try {
            assertThat(relay.publishBatch()).isEqualTo(3);
        } finally {
            relay.stop(null);
        }

        List<ConsumerRecord<String, String>> records = new KafkaProbe(database.stack.kafkaBootstrap())
                .read(Topics.SLA_ALERT, r -> ticket.toString().equals(r.key()), 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> JSON.readTree(r.value()).get("clock").asText())
                .containsExactly("CONTACT", "REPLY", "RESOLVE");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(EventType.SLA_ALERT_RAISED.type());
            assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("platform-test");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(ticket.toString());
            assertThat(EventSchemas.violations(EventType.SLA_ALERT_RAISED, JSON.readTree(record.value()))).isEmpty();
        }
        assertThat(records).extracting(r -> KafkaProbe.header(r, "ce_id")).doesNotHaveDuplicates();
        assertThat(unpublished()).isZero();
    }

    @Test
    void withTheBrokerUnreachableNothingIsMarkedSentAndTheEventsGoOutOnceItIsBack() throws Exception {
        UUID ticket = UUID.randomUUID();
        write(alert(ticket, Clock.CONTACT));

        OutboxRelay unreachable = relay("127.0.0.1:1");
        try {
            unreachable.relay();
        } finally {
            unreachable.stop(null);
        }
        assertThat(unpublished()).isEqualTo(1);

        OutboxRelay relay = relay(database.stack.kafkaBootstrap());
        try {
            relay.relay();
        } finally {
            relay.stop(null);
        }
        assertThat(unpublished()).isZero();
        assertThat(new KafkaProbe(database.stack.kafkaBootstrap())
                .readAll(Topics.SLA_ALERT, r -> ticket.toString().equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
    }

    private static SlaAlertRaised alert(UUID ticket, Clock clock) {
        Instant now = Instant.now();
        return new SlaAlertRaised(UUID.randomUUID(), ticket, "T-1", "tax", clock, AlertLevel.RED, now, 1, now, true, now, 1, 1);
    }

    private static void write(SlaAlertRaised alert) {
        Outbox outbox = new Outbox(JSON);
        pool.withTransaction(tx -> outbox.add(tx, alert)).await().indefinitely();
    }

    private static long unpublished() {
        return pool.query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    private static OutboxRelay relay(String bootstrap) {
        OutboxConfig config = new OutboxConfig() {
            @Override
            public String source() {
                return "platform-test";
            }

            @Override
            public Duration interval() {
                return Duration.ofMillis(100);
            }

            @Override
            public int batchSize() {
                return 500;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(3);
            }

            @Override
            public Duration retryBackoff() {
                return Duration.ZERO;
            }
        };
        return new OutboxRelay(pool, config, new SimpleMeterRegistry(), bootstrap);
    }
}
