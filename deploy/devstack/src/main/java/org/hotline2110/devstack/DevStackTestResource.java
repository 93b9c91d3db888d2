package org.hotline2110.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.hotline2110.devstack.containers.ContainerStack;
import org.hotline2110.devstack.jwt.JwtKeys;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.support.FileTrees;
import org.jose4j.jwt.JwtClaims;

/**
 * Real PostgreSQL and Kafka for a service's {@code @QuarkusTest}s: {@code @QuarkusTestResource(DevStackTestResource.class)}
 * with system property {@value #DATABASE_PROPERTY} set to the service's database name (its surefire configuration
 * does that). Each start gets a fresh database {@code <name>_test}; servers already running are reused. Two runs at
 * once each need their own broker ({@code HOTLINE_KAFKA_PORT}) and databases ({@code HOTLINE_TEST_DATABASE_SUFFIX}).
 *
 * <p>
 * What the tests read ({@link #token}, {@link #kafkaBootstrap()}) goes through system properties and files, not
 * static fields: Quarkus may load this class once for the resource and again for the test, and the two copies
 * must agree on the key pair and the broker.
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_PROPERTY = "devstack.database";
    /** true: PostgreSQL and Kafka from Testcontainers instead of local processes (-Pcontainers). */
    public static final String CONTAINERS_PROPERTY = "devstack.containers";
    /** The state directory (keys, broker data); one per test JVM unless set beforehand. */
    public static final String STATE_DIR_PROPERTY = "devstack.state-dir";
    private static final String BOOTSTRAP_PROPERTY = "devstack.kafka.bootstrap";
    private static final Duration TOKEN_TTL = Duration.ofHours(1);

    private DevStack stack;
    private Thread closeOnExit;

    @Override
    public Map<String, String> start() {
        String name = System.getProperty(DATABASE_PROPERTY);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("Set system property " + DATABASE_PROPERTY + " to the service's database name "
                    + "(surefire systemPropertyVariables), e.g. <" + DATABASE_PROPERTY + ">intake</" + DATABASE_PROPERTY + ">");
        }
        Path stateDir = stateDir();
        DevStack started = Boolean.getBoolean(CONTAINERS_PROPERTY) ? ContainerStack.start(stateDir) : DevStack.start(stateDir);
        Database db;
        try {
            db = started.database(name + "_test" + databaseSuffix(), name, name, true);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        stack = started;
        // Should Quarkus never call stop() (a JVM cut short), the broker must not outlive the data it is writing.
        closeOnExit = new Thread(started::close, "devstack-close");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
        System.setProperty(BOOTSTRAP_PROPERTY, started.kafkaBootstrap());
        return Map.of(
                "kafka.bootstrap.servers", started.kafkaBootstrap(),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                "quarkus.datasource.reactive.url", db.reactiveUrl(),
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "mp.jwt.verify.publickey.location", started.publicKeyLocation(),
                // Also inline: when a service configures no key at build time, smallrye-jwt's test-mode key generation
                // sets mp.jwt.verify.publickey, which wins over any location; this value in turn wins over that one.
                "mp.jwt.verify.publickey", started.jwt().publicKeyBase64(),
                "mp.jwt.verify.issuer", JwtKeys.ISSUER);
    }

    @Override
    public void stop() {
        System.clearProperty(BOOTSTRAP_PROPERTY);
        if (stack != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException shuttingDown) {
                // Called from a shutdown hook: ours runs too, and closing twice is harmless.
            }
            stack.close();
            stack = null;
        }
    }

    /** A bearer token for {@code role}, signed with the key the service under test verifies with. */
    public static String token(String role) {
        return token(role, null);
    }

    /** A bearer token for {@code role} carrying {@code departmentId} (required for the department role). */
    public static String token(String role, String departmentId) {
        return JwtKeys.at(stateDir().resolve("jwt")).mint(role, departmentId, TOKEN_TTL);
    }

    /** A bearer token for the person {@code name} of {@code role}: a subject of their own. */
    public static String token(String role, String departmentId, String name) {
        return JwtKeys.at(stateDir().resolve("jwt")).mint(role, departmentId, name, TOKEN_TTL);
    }

    /** {@code claims} signed with the key the service under test trusts, as they are: a forged token. */
    public static String signed(JwtClaims claims) {
        return JwtKeys.at(stateDir().resolve("jwt")).sign(claims);
    }

    /** For tests that produce or consume topics directly. */
    public static String kafkaBootstrap() {
        String bootstrap = System.getProperty(BOOTSTRAP_PROPERTY);
        if (bootstrap == null) {
            throw new IllegalStateException("DevStackTestResource is not started");
        }
        return bootstrap;
    }

    /** {@code HOTLINE_TEST_DATABASE_SUFFIX} lets two runs of one module's tests share a server without sharing a database. */
    private static String databaseSuffix() {
        String suffix = System.getenv("HOTLINE_TEST_DATABASE_SUFFIX");
        return suffix == null ? "" : suffix.replaceAll("[^a-z0-9_]", "");
    }

    private static synchronized Path stateDir() {
        String configured = System.getProperty(STATE_DIR_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path dir = Files.createTempDirectory("hotline2110-devstack-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir), "devstack-cleanup"));
            System.setProperty(STATE_DIR_PROPERTY, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the devstack state directory", e);
        }
    }
}
