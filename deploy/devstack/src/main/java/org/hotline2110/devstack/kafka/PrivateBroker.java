package org.hotline2110.devstack.kafka;

import java.nio.file.Path;
import java.time.Duration;

import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.support.FreePorts;

/**
 * A one-node broker of a run's own, on free ports, rather than the shared one on 9092: for a test that stops and
 * restarts the broker, or a load run whose tens of thousands of records nobody else should have to read. Started
 * the way the shared broker is, with the system's topics created.
 */
public final class PrivateBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process broker;

    private PrivateBroker(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats {@code dir}, starts the broker and creates the topics of {@link Topics#ALL} with {@code partitions}. */
    public static PrivateBroker start(Path dir, int partitions) {
        PrivateBroker kafka = new PrivateBroker(dir, FreePorts.next(), FreePorts.next());
        kafka.restart();
        KafkaAdmin.ensureTopics(kafka.bootstrap(), Topics.ALL, partitions);
        return kafka;
    }

    public String bootstrap() {
        return LocalKafka.HOST + ":" + port;
    }

    /** A controlled shutdown, as when the broker is taken down for maintenance. */
    public void stop() {
        if (broker != null) {
            KafkaBroker.stop(broker.toHandle());
            broker = null;
        }
    }

    /** Back on the same ports and data: every record written before the stop is still there. */
    public void restart() {
        broker = LocalKafka.start(dir, port, controllerPort, START_TIMEOUT);
    }

    @Override
    public void close() {
        stop();
    }
}
