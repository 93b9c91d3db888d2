package org.hotline2110.platform.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.postgres.Database;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;

/** A fresh database with the platform's outbox and inbox tables, on the devstack's PostgreSQL and broker. */
final class OutboxDatabase implements AutoCloseable {

    final DevStack stack;
    final Pool pool;
    private final Vertx vertx;

    OutboxDatabase(String name) throws IOException {
        stack = DevStack.start(Files.createTempDirectory(name + "-"));
        Database db = stack.database(name, "platform", "platform", true);
        vertx = Vertx.vertx();
        pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost(db.host()).setPort(db.port())
                .setDatabase(db.name()).setUser(db.user()).setPassword(db.password())).using(vertx).build();
        String migration = Files.readString(Path.of("src/main/resources/db/platform/V0_1__outbox_and_inbox.sql"));
        pool.query(migration).execute().await().indefinitely();
    }

    void empty() {
        pool.query("DELETE FROM outbox_event").execute().await().indefinitely();
    }

    @Override
    public void close() {
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
        stack.close();
    }
}
