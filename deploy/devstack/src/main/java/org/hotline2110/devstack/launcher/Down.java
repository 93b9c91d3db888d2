package org.hotline2110.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.kafka.KafkaBroker;
import org.hotline2110.devstack.postgres.PostgresServer;
import org.hotline2110.devstack.support.PidFile;
import org.hotline2110.devstack.support.Processes;

/** {@code deploy/hotline down}: stops the services, then Kafka and PostgreSQL only if {@code up} started them. */
public final class Down {

    private final LauncherState state;
    private final PrintStream out;

    public Down(LauncherState state, PrintStream out) {
        this.state = state;
        this.out = out;
    }

    public void run() {
        boolean stoppedAny = stopServices();
        Optional<ProcessHandle> broker = PidFile.read(state.kafkaPid());
        if (broker.isPresent()) {
            out.println("Stopping Kafka (pid " + broker.get().pid() + ")");
            KafkaBroker.stop(broker.get());
            stoppedAny = true;
        }
        PidFile.delete(state.kafkaPid());
        if (Files.exists(state.postgresStarted())) {
            Path dataDir = Path.of(read(state.postgresStarted()));
            out.println("Stopping PostgreSQL (" + dataDir + ")");
            PostgresServer.stopCluster(dataDir);
            PidFile.delete(state.postgresStarted());
            stoppedAny = true;
        }
        out.println(stoppedAny ? "Hotline 2110 is down." : "Nothing started by deploy/hotline is running.");
    }

    /** All get SIGTERM at once so their shutdowns overlap; each then has the grace period before SIGKILL. */
    private boolean stopServices() {
        Map<ServiceSpec, ProcessHandle> running = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.values()) {
            PidFile.read(state.servicePid(spec)).ifPresent(process -> running.put(spec, process));
        }
        running.values().forEach(ProcessHandle::destroy);
        running.forEach((spec, process) -> {
            boolean graceful = Processes.terminate(process, ServiceProcess.STOP_GRACE);
            out.println("Stopped " + spec.serviceName() + " (pid " + process.pid() + ")" + (graceful ? "" : ", killed"));
        });
        for (ServiceSpec spec : ServiceSpec.values()) {
            PidFile.delete(state.servicePid(spec));
        }
        return !running.isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
