package org.hotline2110.devstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;
import org.hotline2110.devstack.support.Processes;
import org.hotline2110.devstack.support.RuntimeClasspath;

/**
 * A single-node KRaft broker (broker and controller in one JVM) run from the kafka_2.13 jars, the way the Kafka
 * distribution's scripts would run it, with everything a one-node cluster needs set to replication factor 1.
 */
final class LocalKafka {

    static final String HOST = "127.0.0.1";
    /**
     * 9092 unless {@value #PORT_VARIABLE} says otherwise, so that two stacks (say, two test runs) can each have a
     * broker of their own. The controller listens on the next port.
     */
    static final int PORT = port();
    static final String PORT_VARIABLE = "HOTLINE_KAFKA_PORT";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Without a configuration log4j2 prints errors only. INFO shows start-up, topics and group changes; the
     * configuration dumps (hundreds of lines per client) are left out.
     */
    private static final String LOG4J2 = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = out",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.out.ref = out",
            "logger.config.name = org.apache.kafka.common.config.AbstractConfig",
            "logger.config.level = warn",
            "");

    private LocalKafka() {
    }

    /** Formats {@code dir} on first use, starts the broker on 9092 (or the configured port) and returns once it answers. */
    static Process start(Path dir, Duration timeout) {
        return start(dir, PORT, PORT + 1, timeout);
    }

    /** The same on the given ports; started again on the same directory, it keeps every record written before. */
    static Process start(Path dir, int port, int controllerPort, Duration timeout) {
        try {
            Files.createDirectories(dir);
            Path serverProperties = write(dir.resolve("server.properties"),
                    serverProperties(dir.resolve("data"), port, controllerPort));
            Path log4j = write(dir.resolve("log4j2.properties"), LOG4J2);
            Path log = dir.resolve("kafka.log");
            String classpath = RuntimeClasspath.read();
            if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
                format(classpath, serverProperties, log4j);
            }
            Process broker = Processes.launch(List.of(Processes.javaExecutable(), "-Xmx512m",
                    "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath, "kafka.Kafka", serverProperties.toString()),
                    Map.of(), dir, log);
            awaitAnswer(broker, log, port, timeout);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Kafka directory " + dir, e);
        }
    }

    private static void format(String classpath, Path serverProperties, Path log4j) {
        Processes.Result result = Processes.run(List.of(Processes.javaExecutable(), "-Xmx256m",
                "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath, "kafka.tools.StorageTool", "format",
                "--standalone", "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString()), FORMAT_TIMEOUT);
        if (!result.ok()) {
            throw new IllegalStateException("Formatting Kafka storage failed (exit " + result.exitCode() + "): "
                    + result.output());
        }
    }

    private static void awaitAnswer(Process broker, Path log, int port, Duration timeout) {
        String bootstrap = HOST + ":" + port;
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + broker.exitValue() + " while starting; "
                        + log + " ends with:" + System.lineSeparator() + Processes.tail(log, 30));
            }
            if (KafkaBroker.portOpen(HOST, port) && KafkaAdmin.answers(bootstrap, Duration.ofSeconds(2))) {
                return;
            }
            sleep(Duration.ofMillis(300));
        }
        Processes.terminate(broker.toHandle(), Duration.ofSeconds(10));
        throw new IllegalStateException("Kafka did not answer on " + bootstrap + " within " + timeout.toSeconds() + " s; "
                + log + " ends with:" + System.lineSeparator() + Processes.tail(log, 30));
    }

    private static String serverProperties(Path dataDir, int port, int controllerPort) {
        return String.join("\n",
                "node.id=1",
                "process.roles=broker,controller",
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                // Dynamic quorum (KIP-853): formatted with --standalone, found through the bootstrap servers.
                "controller.quorum.bootstrap.servers=" + HOST + ":" + controllerPort,
                "log.dirs=" + dataDir,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // Consumers in tests join one at a time; waiting 3 s for more members only slows them down.
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    private static int port() {
        String configured = System.getenv(PORT_VARIABLE);
        return configured == null || configured.isBlank() ? 9092 : Integer.parseInt(configured.strip());
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
