package org.hotline2110.devstack.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.hotline2110.devstack.support.Processes;

/**
 * The Kafka broker the stack uses: one already answering on 127.0.0.1:9092 (or {@code HOTLINE_KAFKA_PORT}), else one
 * we start (and alone stop).
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String LOCAL_BOOTSTRAP = LocalKafka.HOST + ":" + LocalKafka.PORT;

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** A controlled shutdown of a one-node cluster takes a few seconds; past this it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String bootstrap;
    private final Process started;

    private KafkaBroker(String bootstrap, Process started) {
        this.bootstrap = bootstrap;
        this.started = started;
    }

    /** Reuses a broker on 127.0.0.1:9092, else starts one with its storage and log in {@code dataDir}. */
    public static KafkaBroker reuseOrStart(Path dataDir) {
        if (localAnswers()) {
            LOG.log(System.Logger.Level.INFO, "Kafka: reusing the broker on {0}", LOCAL_BOOTSTRAP);
            return new KafkaBroker(LOCAL_BOOTSTRAP, null);
        }
        LOG.log(System.Logger.Level.INFO, "Kafka: starting a broker on {0} (log: {1})", LOCAL_BOOTSTRAP,
                dataDir.resolve("kafka.log"));
        return new KafkaBroker(LOCAL_BOOTSTRAP, LocalKafka.start(dataDir, START_TIMEOUT));
    }

    /** True when a broker answers on 127.0.0.1:9092. */
    public static boolean localAnswers() {
        // A plain connect first: when nothing listens, the admin client would only log reconnect warnings.
        return portOpen(LocalKafka.HOST, LocalKafka.PORT) && KafkaAdmin.answers(LOCAL_BOOTSTRAP, Duration.ofSeconds(3));
    }

    /** A broker someone else runs (a container); closing leaves it alone. */
    public static KafkaBroker external(String bootstrap) {
        return new KafkaBroker(bootstrap, null);
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** The broker process when we started it, empty when it was reused. */
    public Optional<ProcessHandle> startedProcess() {
        return Optional.ofNullable(started).map(Process::toHandle);
    }

    /** Creates the missing ones of {@code topics} with {@code partitions} partitions and replication factor 1. */
    public void ensureTopics(List<String> topics, int partitions) {
        KafkaAdmin.ensureTopics(bootstrap, topics, partitions);
    }

    /** Stops the broker only if we started it. */
    @Override
    public void close() {
        if (started == null) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Kafka: stopping the broker we started (pid {0,number,#})", started.pid());
        stop(started.toHandle());
    }

    /** SIGTERM (a controlled shutdown), then SIGKILL; for {@code deploy/hotline down} from a fresh JVM too. */
    public static void stop(ProcessHandle broker) {
        Processes.terminate(broker, STOP_GRACE);
    }

    static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
