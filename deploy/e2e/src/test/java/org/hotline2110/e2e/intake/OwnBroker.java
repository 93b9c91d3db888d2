package org.hotline2110.e2e.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.support.Processes;
import org.hotline2110.devstack.support.RuntimeClasspath;

/**
 * A one-node broker that this test alone owns, so it may stop it: the shared broker on 9092 may be someone else's.
 * Free ports, picked once, so a restart on the same data directory comes back where the clients expect it. Started
 * the way devstack starts its own, from devstack's recorded classpath.
 */
final class OwnBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final Path properties;
    private final String bootstrap;
    private Process broker;

    private OwnBroker(Path dir, Path properties, String bootstrap) {
        this.dir = dir;
        this.properties = properties;
        this.bootstrap = bootstrap;
    }

    static OwnBroker start(Path dir) throws IOException {
        int port = freePort();
        int controller = freePort();
        Files.createDirectories(dir);
        Path properties = Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "node.id=1",
                "process.roles=broker,controller",
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controller,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controller,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.quorum.bootstrap.servers=" + HOST + ":" + controller,
                "log.dirs=" + dir.resolve("data"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        Processes.Result format = Processes.run(List.of(Processes.javaExecutable(), "-Xmx256m", "-cp",
                RuntimeClasspath.read(), "kafka.tools.StorageTool", "format", "--standalone", "-t",
                Uuid.randomUuid().toString(), "-c", properties.toString()), START_TIMEOUT);
        if (!format.ok()) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + format.output());
        }
        OwnBroker kafka = new OwnBroker(dir, properties, HOST + ":" + port);
        kafka.launch();
        kafka.createTopics();
        return kafka;
    }

    String bootstrap() {
        return bootstrap;
    }

    /** A controlled shutdown, as when the broker is taken down for maintenance. */
    void stop() {
        Processes.terminate(broker.toHandle(), Duration.ofSeconds(30));
    }

    /** Back on the same ports and data: every record written before the stop is still there. */
    void restart() {
        launch();
    }

    private void launch() {
        Path log = dir.resolve("kafka.log");
        broker = Processes.launch(List.of(Processes.javaExecutable(), "-Xmx512m", "-cp", RuntimeClasspath.read(),
                "kafka.Kafka", properties.toString()), Map.of(), dir, log);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && broker.isAlive()) {
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                // starting: ask again
            }
        }
        close();
        throw new IllegalStateException("Kafka did not answer on " + bootstrap + "; " + log + " ends with:"
                + System.lineSeparator() + Processes.tail(log, 30));
    }

    private void createTopics() {
        try (Admin admin = admin()) {
            admin.createTopics(Topics.ALL.stream()
                    .map(topic -> new NewTopic(topic, DevStack.TOPIC_PARTITIONS, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the topics", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000));
    }

    @Override
    public void close() {
        if (broker != null) {
            Processes.terminate(broker.toHandle(), Duration.ofSeconds(30));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
