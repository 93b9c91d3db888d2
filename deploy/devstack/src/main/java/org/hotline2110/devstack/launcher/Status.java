package org.hotline2110.devstack.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Optional;

import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.kafka.KafkaBroker;
import org.hotline2110.devstack.postgres.PostgresServer;
import org.hotline2110.devstack.support.PidFile;

/** {@code deploy/hotline status}: what runs, and whether deploy/hotline started it. */
public final class Status {

    private final LauncherState state;
    private final PrintStream out;

    public Status(LauncherState state, PrintStream out) {
        this.state = state;
        this.out = out;
    }

    public void run() {
        for (ServiceSpec spec : ServiceSpec.values()) {
            Optional<ProcessHandle> process = PidFile.read(state.servicePid(spec));
            boolean ready = ServiceProcess.isReady(spec.defaultPort());
            String what = process.map(p -> "running (pid " + p.pid() + "), " + (ready ? "ready" : "not ready"))
                    .orElse(ready ? "ready, not started by deploy/hotline" : "not running");
            out.printf("  %-21s %-45s http://127.0.0.1:%d%n", spec.serviceName(), what, spec.defaultPort());
        }
        Optional<ProcessHandle> broker = PidFile.read(state.kafkaPid());
        String kafka = KafkaBroker.localAnswers() ? "answering" : "not answering";
        out.printf("  %-21s %-45s %s%n", "Kafka",
                kafka + broker.map(p -> " (pid " + p.pid() + ", started by deploy/hotline)").orElse(""),
                KafkaBroker.LOCAL_BOOTSTRAP);
        out.printf("  %-21s %s%n", "PostgreSQL", Files.exists(state.postgresStarted())
                ? "started by deploy/hotline on " + PostgresServer.LOCALHOST + ":" + PostgresServer.OWN_PORT
                : "not started by deploy/hotline (up reuses 127.0.0.1:5432, :15432 or HOTLINE_PG_*)");
    }
}
