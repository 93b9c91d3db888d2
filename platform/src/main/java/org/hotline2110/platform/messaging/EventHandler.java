package org.hotline2110.platform.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Applies one event inside the transaction that also records it as processed. */
@FunctionalInterface
public interface EventHandler {

    Uni<Void> apply(SqlConnection tx, IncomingEvent event);
}
