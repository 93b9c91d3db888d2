package org.hotline2110.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Remembers which events a consumer has applied, in the same transaction as their effect. */
@ApplicationScoped
public class Inbox {

    /** True the first time {@code eventId} reaches {@code consumer}; false for every repeat. */
    public Uni<Boolean> firstDelivery(SqlConnection tx, String consumer, String eventId) {
        return tx.preparedQuery("INSERT INTO processed_event (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(consumer, eventId))
                .map(result -> result.rowCount() == 1);
    }
}
