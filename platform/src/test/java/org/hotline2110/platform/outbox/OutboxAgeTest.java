package org.hotline2110.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;

/** The age of the oldest unpublished outbox row, against the real database. */
class OutboxAgeTest {

    private static OutboxDatabase database;
    private static Pool pool;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void start() throws IOException {
        database = new OutboxDatabase("platform_age_test");
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
    void reportsHowLongTheOldestUnpublishedRowHasWaited() {
        row("now() - interval '90 seconds'", null);
        row("now() - interval '30 seconds'", null);
        row("now() - interval '1 hour'", "now()");
        OutboxAge age = new OutboxAge(pool, registry);

        age.measure().await().indefinitely();

        assertThat(seconds()).isBetween(90.0, 100.0);
    }

    @Test
    void isZeroWhenEverythingIsPublished() {
        row("now() - interval '1 hour'", "now()");
        OutboxAge age = new OutboxAge(pool, registry);

        age.measure().await().indefinitely();

        assertThat(seconds()).isZero();
    }

    private double seconds() {
        return registry.get("hotline.outbox.oldest.unpublished").gauge().value();
    }

    /** An outbox row that occurred at {@code occurredAt} and was published at {@code publishedAt} (SQL, or null). */
    private static void row(String occurredAt, String publishedAt) {
        pool.query("INSERT INTO outbox_event (event_id, event_type, topic, record_key, payload, occurred_at, "
                + "published_at) VALUES ('" + UUID.randomUUID() + "', 'hotline.sla.alert-raised.v1', "
                + "'hotline.sla.alert.v1', 'ticket', '{}', " + occurredAt + ", " + publishedAt + ")")
                .execute().await().indefinitely();
    }
}
