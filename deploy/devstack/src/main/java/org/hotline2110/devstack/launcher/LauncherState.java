package org.hotline2110.devstack.launcher;

import java.nio.file.Path;

import org.hotline2110.devstack.ServiceSpec;

/**
 * The launcher's state directory (&lt;repo&gt;/.devstack, gitignored): broker data, JWT keys, logs, and records of the
 * processes {@code up} started, which is how {@code down} in a later JVM knows what to stop and what to leave.
 */
public record LauncherState(Path root) {

    public Path jwtDir() {
        return root.resolve("jwt");
    }

    public Path log(ServiceSpec spec) {
        return root.resolve("logs").resolve(spec.serviceName() + ".log");
    }

    public Path servicePid(ServiceSpec spec) {
        return root.resolve("pids").resolve(spec.serviceName() + ".pid");
    }

    public Path kafkaPid() {
        return root.resolve("pids").resolve("kafka.pid");
    }

    /** Holds the data directory of the PostgreSQL cluster {@code up} started; absent when it reused a server. */
    public Path postgresStarted() {
        return root.resolve("pids").resolve("postgres.datadir");
    }

    public Path demoLoaded() {
        return root.resolve("demo-loaded");
    }
}
