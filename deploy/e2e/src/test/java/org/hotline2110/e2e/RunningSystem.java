package org.hotline2110.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.support.FreePorts;

/**
 * The whole system as separate processes: the real broker and database (reused when running, else started),
 * fresh {@code <service>_e2e} databases, and each service from its built jar on a free port, with an SLA policy of
 * seconds so every clock falls due during the test.
 */
final class RunningSystem implements AutoCloseable {

    /** CONTACT, REPLY and RESOLVE all go red within five seconds of assignment. */
    private static final String SECONDS_POLICY = """
            {"calendar":"default","warningRatio":0.75,"clocks":{
              "CONTACT":{"elapsed":"PT2S","pauses":false},
              "REPLY":{"elapsed":"PT3S","pauses":true},
              "RESOLVE":{"elapsed":"PT4S","pauses":true},
              "DISPATCH":{"elapsed":"PT4S","pauses":false}}}""";

    private static final Duration READY = Duration.ofSeconds(90);

    private final Path repo;
    private final Path dir;
    private final DevStack stack;
    private final Map<ServiceSpec, ServiceProcess> services = new EnumMap<>(ServiceSpec.class);
    private final Map<ServiceSpec, Map<String, String>> environments = new EnumMap<>(ServiceSpec.class);

    private RunningSystem(Path repo, Path dir, DevStack stack) {
        this.repo = repo;
        this.dir = dir;
        this.stack = stack;
    }

    static RunningSystem start() throws IOException {
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("hotline2110-e2e-");
        RunningSystem system = new RunningSystem(repo, dir, DevStack.start(dir.resolve("stack")));
        try {
            Path policy = Files.writeString(dir.resolve("sla-policy.json"), SECONDS_POLICY);
            for (ServiceSpec spec : ServiceSpec.values()) {
                Database db = system.stack.database(spec.database() + "_e2e", spec.user(), spec.password(), true);
                int port = FreePorts.next();
                system.environments.put(spec, spec == ServiceSpec.SLA_MONITOR
                        ? spec.env(system.stack, port, db, policy)
                        : spec.env(system.stack, port, db));
                system.launch(spec, port);
            }
            for (ServiceProcess service : system.services.values()) {
                service.awaitReady(READY);
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    String url(ServiceSpec spec) {
        return services.get(spec).baseUrl();
    }

    String token(String role) {
        return stack.jwt().mint(role, null, Duration.ofHours(1));
    }

    String token(String role, String department) {
        return stack.jwt().mint(role, department, Duration.ofHours(1));
    }

    String kafkaBootstrap() {
        return stack.kafkaBootstrap();
    }

    /** kill -9: no shutdown hook, no flush, no offset commit. */
    void kill(ServiceSpec spec) {
        services.get(spec).kill();
    }

    void restart(ServiceSpec spec) {
        launch(spec, services.get(spec).port());
        services.get(spec).awaitReady(READY);
    }

    private void launch(ServiceSpec spec, int port) {
        services.put(spec, ServiceProcess.start(repo, spec, port, environments.get(spec),
                dir.resolve(spec.serviceName() + ".log")));
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
        stack.close();
    }

}
