package org.hotline2110.loadtest;

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
import org.apache.kafka.common.Uuid;
import org.hotline2110.devstack.support.FileTrees;
import org.hotline2110.devstack.support.Processes;
import org.hotline2110.devstack.support.RuntimeClasspath;

/**
 * A one-node broker of the run's own, on free ports, rather than the shared one on 9092: the run publishes tens of
 * thousands of alerts, which the {@code notification-service} group of any other run on a shared broker would then
 * have to work through before its own (it starts from the earliest offset). Started the way devstack starts its
 * broker, from devstack's recorded classpath.
 */
final class PrivateKafka implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process broker;
    private final String bootstrap;
    private final Path data;

    private PrivateKafka(Process broker, String bootstrap, Path data) {
        this.broker = broker;
        this.bootstrap = bootstrap;
        this.data = data;
    }

    static PrivateKafka start(Path dir) throws IOException {
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
        String classpath = RuntimeClasspath.read();
        Processes.Result format = Processes.run(List.of(Processes.javaExecutable(), "-Xmx256m", "-cp", classpath,
                "kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", properties.toString()), START_TIMEOUT);
        if (!format.ok()) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + format.output());
        }
        Path log = dir.resolve("kafka.log");
        Process broker = Processes.launch(List.of(Processes.javaExecutable(), "-Xmx512m", "-cp", classpath,
                "kafka.Kafka", properties.toString()), Map.of(), dir, log);
        PrivateKafka kafka = new PrivateKafka(broker, HOST + ":" + port, dir.resolve("data"));
        kafka.awaitAnswer(log);
        return kafka;
    }

    String bootstrap() {
        return bootstrap;
    }

    private void awaitAnswer(Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && broker.isAlive()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000))) {
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

    /** Stops the broker and deletes its data (tens of megabytes a run); its log stays. */
    @Override
    public void close() {
        Processes.terminate(broker.toHandle(), Duration.ofSeconds(30));
        FileTrees.deleteQuietly(data);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
