package org.hotline2110.platform.problem;

import java.net.SocketException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Recognises a request that failed because PostgreSQL could not be reached, so the caller gets 503, not 500. */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
