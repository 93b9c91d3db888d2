package org.hotline2110.platform.sql;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** What a failure says about PostgreSQL: the one place that reads socket errors and SQL states. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** PostgreSQL could not be reached: a request gets 503, not 500. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("08")) {
                return true;
            }
            // the JDBC driver, which streaming exports use
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure goes away by itself (the database is down, busy or broke a deadlock), so the work is retried
     * rather than given up: connection exceptions (08), insufficient resources (53), operator intervention (57),
     * serialization failure and deadlock, and timeouts.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                        || state.equals("40001") || state.equals("40P01"));
            }
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
