package org.hotline2110.platform.messaging;

import org.hotline2110.contracts.HotlineEvent;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Applies one event of payload {@code T} inside the transaction that also records it as processed. */
@FunctionalInterface
public interface EventHandler<T extends HotlineEvent> {

    Uni<Void> apply(SqlConnection tx, IncomingEvent<T> event);
}
