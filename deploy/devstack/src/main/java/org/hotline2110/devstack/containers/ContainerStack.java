package org.hotline2110.devstack.containers;

import java.nio.file.Path;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.kafka.KafkaBroker;
import org.hotline2110.devstack.postgres.PostgresServer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same stack from Docker images, for machines that have Docker (-Pcontainers). Only referenced when
 * devstack.containers=true, so without Testcontainers on the classpath this class is simply never loaded.
 */
public final class ContainerStack {

    private static final String POSTGRES_IMAGE = "postgres:15-alpine";
    /** Same major line as the kafka_2.13 jars the local broker runs. */
    private static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

    private ContainerStack() {
    }

    public static DevStack start(Path stateDir) {
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        postgres.start();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            postgres.stop();
            throw e;
        }
        // The image's user is a superuser, so it can create each service's role and database like on a real server.
        return DevStack.assemble(
                PostgresServer.external(postgres.getHost(), postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                        postgres.getUsername(), postgres.getPassword()),
                KafkaBroker.external(kafka.getBootstrapServers()),
                stateDir, kafka, postgres);
    }
}
