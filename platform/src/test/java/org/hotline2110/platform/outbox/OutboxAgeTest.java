package org.hotline2110.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.postgres.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;

/** The age of the oldest unpublished outbox row, against the real database. */
class OutboxAgeTest {

    private static DevStack stack;
    private static Vertx vertx;
    private static Pool pool;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void start() throws IOException {
        stack = DevStack.start(Files.createTempDirectory("platform-age-test-"));
        Database db = stack.database("platform_age_test", "platform", "platform", true);
        vertx = Vertx.vertx();
        pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost(db.host()).setPort(db.port())
                .setDatabase(db.name()).setUser(db.user()).setPassword(db.password())).using(vertx).build();
        String migration = Files.readString(Path.of("src/main/resources/db/platform/V0_1__outbox_and_inbox.sql"));
        pool.query(migration).execute().await().indefinitely();
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close().await().indefinitely();
            vertx.close().await().indefinitely();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void emptyOutbox() {
        pool.query("DELETE FROM outbox_event").execute().await().indefinitely();
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
