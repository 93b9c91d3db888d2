package org.hotline2110.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.hotline2110.devstack.jwt.JwtKeys;
import org.hotline2110.devstack.postgres.Database;

/** The four services: where each is built, its usual port, and its database (named like its role and password). */
public enum ServiceSpec {

    INTAKE("intake-service", 8091, "intake"),
    DISPATCH("dispatch-service", 8092, "dispatch"),
    SLA_MONITOR("sla-monitor", 8093, "sla"),
    NOTIFICATION("notification-service", 8094, "notification");

    /** sla-monitor reads its SLA policy from this file when set, else from its built-in default. */
    public static final String SLA_POLICY_ENV = "HOTLINE_SLA_POLICY";

    private final String serviceName;
    private final int defaultPort;
    private final String database;

    ServiceSpec(String serviceName, int defaultPort, String database) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** Also the module directory's name under the repository root. */
    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    public String user() {
        return database;
    }

    public String password() {
        return database;
    }

    public Path moduleDir(Path repoRoot) {
        return repoRoot.resolve(serviceName);
    }

    /** The fast-jar launcher Quarkus builds into target/quarkus-app. */
    public Path runJar(Path repoRoot) {
        return moduleDir(repoRoot).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The environment that points this service at {@code stack}; Quarkus maps these names onto its config keys. */
    public Map<String, String> env(DevStack stack, int port, Database db) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", stack.publicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", JwtKeys.ISSUER);
        // The pages' dev sign-in and plain-HTTP cookie come with the dev profile ServiceProcess starts them in.
        return env;
    }

    /** As {@link #env(DevStack, int, Database)}, with sla-monitor reading its SLA policy from {@code slaPolicy}. */
    public Map<String, String> env(DevStack stack, int port, Database db, Path slaPolicy) {
        if (this != SLA_MONITOR) {
            throw new IllegalArgumentException(SLA_POLICY_ENV + " is for " + SLA_MONITOR.serviceName + " only");
        }
        Map<String, String> env = env(stack, port, db);
        env.put(SLA_POLICY_ENV, slaPolicy.toAbsolutePath().toString());
        return env;
    }
}
