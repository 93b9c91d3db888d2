package org.hotline2110.sla.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * Reads a period's figures over JDBC, on the worker thread of the request that asked for them: one snapshot
 * (repeatable read), the tickets judged once into a temporary table, then read as a stream with a cursor so a year of
 * a large city's tickets never sits in memory.
 */
@ApplicationScoped
public class AssessmentStore {

    private static final int FETCH = 2_000;

    private final DataSource dataSource;
    private final AssessmentPermits permits;

    public AssessmentStore(DataSource dataSource, AssessmentPermits permits) {
        this.dataSource = dataSource;
        this.permits = permits;
    }

    /**
     * Judges the period's tickets; the caller reads them from the snapshot and closes it. Only a snapshot opened
     * {@code forTickets} can list them: it stores them sorted and indexed, which the summary alone does not need.
     * A snapshot holds a connection, so it holds a permit of its kind too (429 when none is free).
     */
    public Snapshot open(Period period, boolean forTickets) {
        AssessmentPermits.Permit permit = permits.acquire(
                forTickets ? AssessmentPermits.Kind.EXPORT : AssessmentPermits.Kind.SUMMARY);
        try {
            return open(period, forTickets, permit);
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    private Snapshot open(Period period, boolean forTickets, AssessmentPermits.Permit permit) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try (Statement session = connection.createStatement()) {
                    // sorts and hashes of a year's tickets in memory rather than on disk; a one-off query needs no JIT
                    session.execute("SET LOCAL work_mem = '64MB'");
                    session.execute("SET LOCAL jit = off");
                }
                String sql = AssessedTickets.CREATE + (forTickets ? AssessedTickets.IN_ORDER : "");
                try (PreparedStatement create = NamedInstants.prepare(connection, sql, period);
                        Statement index = connection.createStatement()) {
                    create.execute();
                    if (forTickets) {
                        index.execute(AssessedTickets.INDEX);
                        index.execute("ANALYZE assessed");
                    }
                }
                return new Snapshot(connection, period, permit);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A period's judged tickets, readable until closed. */
    public static final class Snapshot implements AutoCloseable {

        private final Connection connection;
        private final Period period;
        private final AssessmentPermits.Permit permit;

        private Snapshot(Connection connection, Period period, AssessmentPermits.Permit permit) {
            this.connection = connection;
            this.period = period;
            this.permit = permit;
        }

        public Period period() {
            return period;
        }

        /** Every department that leads a ticket of the period or returned one, with what was counted for it. */
        public List<DepartmentCounts> departments() {
            Map<String, DepartmentCounts> counts = new HashMap<>();
            try (PreparedStatement summary = connection.prepareStatement(AssessedTickets.SUMMARY);
                    ResultSet rows = summary.executeQuery()) {
                while (rows.next()) {
                    DepartmentCounts row = counts(rows);
                    counts.put(row.department(), row);
                }
                try (PreparedStatement returns = NamedInstants.prepare(connection, AssessedTickets.RETURNS, period)) {
                    try (ResultSet returned = returns.executeQuery()) {
                        while (returned.next()) {
                            String department = returned.getString("department");
                            int count = returned.getInt("returned");
                            counts.merge(department, DepartmentCounts.returnsOnly(department, count),
                                    (known, only) -> known.withReturned(count));
                        }
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
            return new ArrayList<>(counts.values());
        }

        /** The dispatch centre's line: how the manual queue was routed against its DISPATCH clocks. */
        public DispatchCentreFigures dispatchCentre(String department, String name) {
            try (PreparedStatement query = NamedInstants.prepare(connection, AssessedTickets.DISPATCH_CENTRE, period);
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return DispatchCentreFigures.of(department, name, rows.getInt("queued"), rows.getInt("routed"),
                        rows.getInt("routed_on_time"), rows.getInt("late"));
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        /**
         * The tickets of the period by department and first assignment, streamed. {@code candidates} is an SQL
         * condition on the judged columns that narrows what is read (TRUE for all).
         */
        public void tickets(String candidates, Consumer<TicketFigures> each) {
            try (PreparedStatement query = connection.prepareStatement(AssessedTickets.tickets(candidates))) {
                query.setFetchSize(FETCH);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        each.accept(TicketRows.of(rows));
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            try (permit; connection) {
                connection.rollback();
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        private static DepartmentCounts counts(ResultSet r) throws SQLException {
            return new DepartmentCounts(r.getString("department"), r.getInt("assigned"), r.getInt("resolved"),
                    r.getInt("contact_judged"), r.getInt("contact_on_time"), r.getInt("reply_judged"),
                    r.getInt("reply_on_time"), r.getInt("resolve_judged"), r.getInt("resolve_on_time"),
                    r.getInt("rated"), r.getInt("satisfied"), 0, r.getInt("extended"), r.getInt("suspended"),
                    r.getInt("reopened"), r.getInt("urged"), r.getInt("red_alerts"));
        }
    }

    /** The problem mapper answers 503 when the cause says the database could not be reached, 500 otherwise. */
    static RuntimeException failure(SQLException e) {
        return new IllegalStateException("The assessment could not be read", e);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
