package org.hotline2110.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.support.PidFile;

/**
 * {@code deploy/hotline up}: infrastructure, databases, the four services, demo data. Everything is left running
 * when the launcher exits; what it started is recorded for {@code down}. Running it again starts only what is missing.
 */
public final class Up {

    /** Where a PostgreSQL cluster the launcher starts lives: it runs as nobody when we are root, and nobody cannot reach /root. */
    static final Path POSTGRES_DATA = Path.of("/var/tmp/hotline2110/postgres");
    /** Four Quarkus services starting at once on two cores. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DEMO_TOKEN_TTL = Duration.ofMinutes(10);

    private final Path repo;
    private final LauncherState state;
    private final PrintStream out;

    public Up(Path repo, LauncherState state, PrintStream out) {
        this.repo = repo;
        this.state = state;
        this.out = out;
    }

    public void run() {
        requireBuilt();
        DevStack stack = DevStack.start(state.root(), POSTGRES_DATA);
        stack.kafka().startedProcess().ifPresent(broker -> PidFile.write(state.kafkaPid(), broker));
        stack.postgres().startedDataDir().ifPresent(this::recordPostgres);

        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.values()) {
            Database db = stack.database(spec.database(), spec.user(), spec.password(), false);
            if (PidFile.read(state.servicePid(spec)).isPresent()) {
                continue;
            }
            // The launcher's environment is inherited, so HOTLINE_SLA_POLICY set by the user reaches sla-monitor.
            ServiceProcess service = ServiceProcess.start(repo, spec, spec.defaultPort(),
                    spec.env(stack, spec.defaultPort(), db), state.log(spec));
            PidFile.write(state.servicePid(spec), service.handle());
            out.println("Started " + spec.serviceName() + " (pid " + service.pid() + "), waiting until it is ready...");
            started.add(service);
        }
        for (ServiceProcess service : started) {
            try {
                service.awaitReady(READY_TIMEOUT);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + System.lineSeparator()
                        + "(deploy/hotline down stops what was started)", e);
            }
        }
        DemoData.loadOnce(repo.resolve("seeds").resolve("demo-tickets.json"), state.demoLoaded(),
                "http://127.0.0.1:" + ServiceSpec.INTAKE.defaultPort() + "/api/v1/tickets",
                stack.jwt().mint("operator", null, DEMO_TOKEN_TTL), out);
        printSummary(stack, started.isEmpty() ? "Hotline 2110 is already up." : "Hotline 2110 is up.");
    }

    private void requireBuilt() {
        List<ServiceSpec> unbuilt = List.of(ServiceSpec.values()).stream()
                .filter(spec -> !Files.exists(spec.runJar(repo)))
                .toList();
        if (!unbuilt.isEmpty()) {
            throw new IllegalStateException("Cannot start: no Quarkus application built for "
                    + unbuilt.stream().map(ServiceSpec::serviceName).collect(Collectors.joining(", "))
                    + " (missing " + unbuilt.stream().map(spec -> repo.relativize(spec.runJar(repo)).toString())
                            .collect(Collectors.joining(", "))
                    + "). Build with ./mvnw -DskipTests install; if that passed, the module does not build a Quarkus app yet.");
        }
    }

    private void recordPostgres(Path dataDir) {
        try {
            Files.createDirectories(state.postgresStarted().getParent());
            Files.writeString(state.postgresStarted(), dataDir + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printSummary(DevStack stack, String headline) {
        out.println();
        out.println(headline);
        for (ServiceSpec spec : ServiceSpec.values()) {
            out.printf("  %-21s http://127.0.0.1:%d   + /q/openapi  /q/health/ready  /q/metrics%n",
                    spec.serviceName(), spec.defaultPort());
        }
        out.printf("  %-21s %s%n", "Kafka bootstrap", stack.kafkaBootstrap());
        out.printf("  %-21s %s:%d (database, user and password: intake, dispatch, sla, notification)%n",
                "PostgreSQL", stack.postgres().host(), stack.postgres().port());
        out.printf("  %-21s %s%n", "Logs", repo.relativize(state.root().resolve("logs")));
        out.println("Tokens (admin 1 h, the others 9 h):  deploy/hotline token operator [--name NAME]   |   deploy/hotline token department <department-id>");
        out.println("  (roles: operator, dispatcher, department, supervisor, admin)");
        SignInLinks.print(stack.jwt(), out);
        out.println("Try:  curl -H \"Authorization: Bearer $(deploy/hotline token operator)\" http://127.0.0.1:8091/api/v1/tickets");
        out.println("Stop: deploy/hotline down");
    }
}
