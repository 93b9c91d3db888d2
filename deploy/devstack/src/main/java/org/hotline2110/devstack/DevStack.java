package org.hotline2110.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.jwt.JwtKeys;
import org.hotline2110.devstack.kafka.KafkaBroker;
import org.hotline2110.devstack.kafka.PrivateBroker;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.postgres.PostgresServer;

/**
 * Everything the services need around them: PostgreSQL, Kafka with the system's topics, and the JWT key pair.
 * Servers already running are reused; whatever this stack starts, it alone stops on {@link #close()}.
 */
public final class DevStack implements AutoCloseable {

    /** Partitions of every topic: enough to show per-ticket ordering across partitions, small for one broker. */
    public static final int TOPIC_PARTITIONS = 3;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final JwtKeys jwt;
    private final List<AutoCloseable> alsoClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevStack(PostgresServer postgres, KafkaBroker kafka, JwtKeys jwt, List<AutoCloseable> alsoClose) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.jwt = jwt;
        this.alsoClose = alsoClose;
    }

    /**
     * For tests. {@code stateDir} holds the broker's data and log and the JWT keys; a PostgreSQL we have to start
     * gets a fresh temporary cluster, deleted on close.
     */
    public static DevStack start(Path stateDir) {
        return start(stateDir, PostgresServer::reuseOrStartEphemeral);
    }

    /** For the launcher: a PostgreSQL we have to start keeps its cluster in {@code postgresDataDir} across runs. */
    public static DevStack start(Path stateDir, Path postgresDataDir) {
        return start(stateDir, () -> PostgresServer.reuseOrStartPersistent(postgresDataDir));
    }

    /**
     * For load runs: PostgreSQL as for tests, and a broker of the run's own on free ports (see {@link PrivateBroker}),
     * so tens of thousands of records stay out of the shared broker.
     */
    public static DevStack startWithPrivateBroker(Path stateDir) {
        PrivateBroker kafka = PrivateBroker.start(stateDir.resolve("kafka"), TOPIC_PARTITIONS);
        try {
            return assemble(PostgresServer.reuseOrStartEphemeral(), KafkaBroker.external(kafka.bootstrap()), stateDir, kafka);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** A stack from servers started elsewhere (containers); {@code alsoClose} are closed after them. */
    public static DevStack assemble(PostgresServer postgres, KafkaBroker kafka, Path stateDir, AutoCloseable... alsoClose) {
        DevStack stack = new DevStack(postgres, kafka, JwtKeys.at(stateDir.resolve("jwt")), List.of(alsoClose));
        return stack.withTopics();
    }

    private static DevStack start(Path stateDir, Supplier<PostgresServer> postgres) {
        JwtKeys jwt = JwtKeys.at(stateDir.resolve("jwt"));
        // Broker and database start side by side: each takes seconds, mostly waiting.
        FutureTask<KafkaBroker> kafkaStart = new FutureTask<>(() -> KafkaBroker.reuseOrStart(stateDir.resolve("kafka")));
        new Thread(kafkaStart, "devstack-kafka-start").start();
        PostgresServer server;
        try {
            server = postgres.get();
        } catch (RuntimeException e) {
            try {
                await(kafkaStart).close();
            } catch (RuntimeException kafkaFailure) {
                e.addSuppressed(kafkaFailure);
            }
            throw e;
        }
        KafkaBroker broker;
        try {
            broker = await(kafkaStart);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new DevStack(server, broker, jwt, List.of()).withTopics();
    }

    private DevStack withTopics() {
        try {
            kafka.ensureTopics(Topics.ALL, TOPIC_PARTITIONS);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    /** See {@link PostgresServer#database(String, String, String, boolean)}. */
    public Database database(String name, String user, String password, boolean fresh) {
        return postgres.database(name, user, password, fresh);
    }

    public JwtKeys jwt() {
        return jwt;
    }

    /** Absolute path of the PEM public key, for mp.jwt.verify.publickey.location. */
    public String publicKeyLocation() {
        return jwt.publicKeyFile().toString();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /**
     * Stops what this stack started, broker first so nothing is left writing to a database that is going away.
     * Only the first call does anything (a shutdown hook and a test resource may both close it).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<AutoCloseable> all = new ArrayList<>(List.of(kafka, postgres));
        all.addAll(alsoClose);
        RuntimeException failure = null;
        for (AutoCloseable closeable : all) {
            try {
                closeable.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not stop all of the dev stack", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static KafkaBroker await(FutureTask<KafkaBroker> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Kafka", e);
        }
    }
}
