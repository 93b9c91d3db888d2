package org.hotline2110.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hotline2110.devstack.postgres.Database;

/**
 * The run's clocks, written straight into sla-monitor's database, and what became of them, read from its alert and
 * outbox tables. Each run's clocks carry the run's name as their department.
 */
final class LoadClocks implements AutoCloseable {

    /**
     * Yellow since half an hour before their deadline, as the night's CONTACT clocks are at the start of a working day:
     * each raises exactly one alert, RED at its deadline, the {@code i}-th of {@code n} at {@code first + i * spread / n}.
     */
    private static final String INSERT = """
            INSERT INTO clock (id, ticket_id, ticket_number, department, assignment, kind, started_at, deadline, warn_at,
                               state, light)
            SELECT gen_random_uuid(), gen_random_uuid(), 'LOAD-' || i, ?, 1, 'CONTACT', d - interval '2 hours', d,
                   d - interval '30 minutes', 'RUNNING', 'YELLOW'
            FROM generate_series(0, ?::int - 1) AS i,
                 LATERAL (SELECT ?::timestamptz + make_interval(secs => i * ?::float8 / ?::int)) AS due (d)""";

    private static final String LATENESS = """
            SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY late), percentile_cont(0.99) WITHIN GROUP (ORDER BY late),
                   max(late)
            FROM (%s) AS alerts (late)""";

    private static final String RAISED = """
            SELECT extract(epoch FROM a.raised_at - a.deadline)
            FROM alert a JOIN clock c ON c.id = a.clock_id WHERE c.department = ?""";

    private static final String PUBLISHED = """
            SELECT extract(epoch FROM o.published_at - c.deadline)
            FROM outbox_event o JOIN clock c ON o.record_key = c.ticket_id::text
            WHERE c.department = ? AND o.published_at IS NOT NULL""";

    private final Connection connection;

    private LoadClocks(Connection connection) {
        this.connection = connection;
    }

    static LoadClocks open(Database db) throws SQLException {
        return new LoadClocks(DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()));
    }

    void insert(String run, int count, Instant first, Duration spread) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, run);
            insert.setInt(2, count);
            insert.setObject(3, first.atOffset(ZoneOffset.UTC));
            insert.setDouble(4, spread.toNanos() / 1e9);
            insert.setInt(5, count);
            insert.executeUpdate();
        }
        // A table filled over a night has been analysed many times; one filled a moment ago has not, and without
        // statistics the planner sorts every due clock for each batch instead of reading the due index in order.
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE clock");
        }
    }

    /** Waits until every outbox row is published and there are {@code expected} in all; answers whether it happened. */
    boolean awaitPublished(long expected, Instant until) throws SQLException, InterruptedException {
        while (Instant.now().isBefore(until)) {
            if (single("SELECT count(*) FILTER (WHERE published_at IS NOT NULL) = ? AND count(*) = ? FROM outbox_event",
                    expected)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    Lateness raised(String run) throws SQLException {
        return lateness(RAISED, run);
    }

    Lateness published(String run) throws SQLException {
        return lateness(PUBLISHED, run);
    }

    private Lateness lateness(String alerts, String run) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LATENESS.formatted(alerts))) {
            query.setString(1, run);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Lateness(row.getLong(1), duration(row, 2), duration(row, 3), duration(row, 4));
            }
        }
    }

    private boolean single(String sql, long value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, value);
            query.setLong(2, value);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static Duration duration(ResultSet row, int column) throws SQLException {
        double seconds = row.getDouble(column);
        return row.wasNull() ? null : Duration.ofNanos(Math.round(seconds * 1e9));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
