package org.hotline2110.devstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.hotline2110.devstack.support.FileTrees;

/**
 * The PostgreSQL server the stack uses: an existing one when one answers, else one we start (and alone stop).
 * Services get a database each, owned by their own role, as they would in production.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String LOCALHOST = "127.0.0.1";
    /** Where a server is usually already running (Debian's cluster, a developer's). */
    public static final int SYSTEM_PORT = 5432;
    /** Where ours runs, so it never fights with a system cluster that starts later. */
    public static final int OWN_PORT = 15432;
    static final String DEFAULT_ADMIN = "postgres";

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final LocalPostgres started;
    private final boolean deleteDataOnClose;

    private PostgresServer(String host, int port, String adminUser, String adminPassword, LocalPostgres started,
            boolean deleteDataOnClose) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.started = started;
        this.deleteDataOnClose = deleteDataOnClose;
    }

    /** For tests: when we have to start a server, its cluster lives in a fresh temporary directory, deleted on close. */
    public static PostgresServer reuseOrStartEphemeral() {
        return reuseOr(() -> {
            try {
                return new PostgresServer(LOCALHOST, OWN_PORT, DEFAULT_ADMIN, "",
                        LocalPostgres.start(Files.createTempDirectory("hotline2110-postgres-"), OWN_PORT), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** For the launcher: when we have to start a server, its cluster lives in {@code dataDir} and survives restarts. */
    public static PostgresServer reuseOrStartPersistent(Path dataDir) {
        return reuseOr(() -> new PostgresServer(LOCALHOST, OWN_PORT, DEFAULT_ADMIN, "",
                LocalPostgres.start(dataDir, OWN_PORT), false));
    }

    /** A server someone else runs (a container, a CI service); closing leaves it alone. */
    public static PostgresServer external(String host, int port, String adminUser, String adminPassword) {
        return new PostgresServer(host, port, adminUser, adminPassword, null, false);
    }

    private static PostgresServer reuseOr(Supplier<PostgresServer> startOwn) {
        String envHost = System.getenv("HOTLINE_PG_HOST");
        String envPort = System.getenv("HOTLINE_PG_PORT");
        String admin = Optional.ofNullable(System.getenv("HOTLINE_PG_ADMIN_USER")).orElse(DEFAULT_ADMIN);
        String password = Optional.ofNullable(System.getenv("HOTLINE_PG_ADMIN_PASSWORD")).orElse("");
        if (envHost != null || envPort != null) {
            // An explicit choice is never second-guessed by falling back to another server.
            PostgresServer chosen = external(Optional.ofNullable(envHost).orElse(LOCALHOST),
                    envPort == null ? SYSTEM_PORT : Integer.parseInt(envPort), admin, password);
            chosen.checkAnswers("HOTLINE_PG_HOST/HOTLINE_PG_PORT name");
            LOG.log(System.Logger.Level.INFO, "PostgreSQL: using {0}:{1,number,#} (HOTLINE_PG_*)", chosen.host, chosen.port);
            return chosen;
        }
        for (int port : new int[] {SYSTEM_PORT, OWN_PORT}) {
            PostgresServer candidate = external(LOCALHOST, port, admin, password);
            if (candidate.answers()) {
                LOG.log(System.Logger.Level.INFO, "PostgreSQL: reusing the server on {0}:{1,number,#}", LOCALHOST, port);
                return candidate;
            }
        }
        LOG.log(System.Logger.Level.INFO, "PostgreSQL: none answers on {0}:{1,number,#} or :{2,number,#}; starting our own",
                LOCALHOST, SYSTEM_PORT, OWN_PORT);
        return startOwn.get();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The data directory of the cluster we started, empty when the server was reused. */
    public Optional<Path> startedDataDir() {
        return Optional.ofNullable(started).map(LocalPostgres::dataDir);
    }

    /**
     * Makes sure role {@code user} (LOGIN, with {@code password}) and database {@code name} owned by it exist.
     * {@code fresh} drops the database first, closing its connections, so tests start from an empty schema.
     */
    public Database database(String name, String user, String password, boolean fresh) {
        requireIdentifier(name);
        requireIdentifier(user);
        try (Connection admin = connect("postgres")) {
            ensureRole(admin, user, password);
            if (fresh) {
                dropDatabase(admin, name);
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                // template0: a cluster initialised without a locale has an SQL_ASCII template1, which refuses UTF8.
                execute(admin, "CREATE DATABASE " + name + " OWNER " + user + " TEMPLATE template0 ENCODING 'UTF8'",
                        DUPLICATE_DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name + " on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        return new Database(host, port, name, user, password);
    }

    /** Drops {@code name} if it exists, closing its connections. */
    public void dropDatabase(String name) {
        requireIdentifier(name);
        try (Connection admin = connect("postgres")) {
            dropDatabase(admin, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server only if we started it; a reused server is left exactly as it was. */
    @Override
    public void close() {
        if (started == null) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "PostgreSQL: stopping the server we started on port {0,number,#}", port);
        started.stop();
        if (deleteDataOnClose) {
            FileTrees.deleteQuietly(started.dataDir());
        }
    }

    /** Stops a cluster started by an earlier JVM (the launcher's {@code up}), found by its data directory. */
    public static void stopCluster(Path dataDir) {
        LocalPostgres.stop(dataDir);
    }

    boolean answers() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            if (!"08001".equals(e.getSQLState()) && !"08004".equals(e.getSQLState())) {
                // Something answers but turns us away (password required, no such role): worth saying.
                LOG.log(System.Logger.Level.INFO, "PostgreSQL on {0}:{1,number,#} refused {2}: {3} (set HOTLINE_PG_* to use it)",
                        host, port, adminUser, e.getMessage());
            }
            return false;
        }
    }

    private void checkAnswers(String source) {
        try (Connection ignored = connect("postgres")) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException(source + " " + host + ":" + port + " but connecting as " + adminUser
                    + " failed: " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", adminUser);
        props.setProperty("password", adminPassword);
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "5");
        props.setProperty("ApplicationName", "hotline2110-devstack");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, props);
    }

    private static void ensureRole(Connection admin, String user, String password) throws SQLException {
        String literal = "'" + password.replace("'", "''") + "'";
        if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
            // A parallel test JVM may create it between the check and here; that is fine.
            execute(admin, "CREATE ROLE " + user + " LOGIN PASSWORD " + literal, DUPLICATE_OBJECT, UNIQUE_VIOLATION);
        }
        // Also for a role left by an earlier run: the credentials we hand out must be the ones that work.
        execute(admin, "ALTER ROLE " + user + " LOGIN PASSWORD " + literal);
    }

    private static void dropDatabase(Connection admin, String name) throws SQLException {
        execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static boolean exists(Connection admin, String query, String value) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setString(1, value);
            return statement.executeQuery().next();
        }
    }

    /** Runs DDL; an error whose SQL state is in {@code ignoredStates} means someone else got there first. */
    private static void execute(Connection admin, String sql, String... ignoredStates) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (!Arrays.asList(ignoredStates).contains(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** Names go into DDL unquoted, so only plain lower-case identifiers are accepted. */
    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + name);
        }
    }
}
