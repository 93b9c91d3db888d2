package org.hotline2110.platform.messaging;

import java.net.SocketException;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Failures that go away by themselves (the database is down or busy), as opposed to events that are wrong. */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedEventException) {
                return false;
            }
            if (cause instanceof PgException pg) {
                return isTransientSqlState(pg.getSqlState());
            }
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08), insufficient resources (53), operator intervention (57), serialization and deadlock. */
    private static boolean isTransientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                || state.equals("40001") || state.equals("40P01"));
    }
}
