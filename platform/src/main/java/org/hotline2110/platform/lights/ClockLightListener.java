package org.hotline2110.platform.lights;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A service's own reaction to a clock's change, run in the transaction that records it (notification-service drops
 * the held warnings of a clock met, cancelled or given a new deadline).
 */
public interface ClockLightListener {

    Uni<Void> changed(SqlConnection tx, TicketClocks.Change change);
}
