package org.hotline2110.devstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hotline2110.devstack.support.Processes;

/**
 * A PostgreSQL cluster of our own, run with the local binaries. PostgreSQL refuses to run as root, so when we are
 * root every tool runs as the unprivileged user {@code nobody}, who must own the data directory and be able to
 * reach it (hence data directories under /tmp or /var/tmp, never under /root).
 */
final class LocalPostgres {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;

    private LocalPostgres(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Initialises {@code dataDir} if it holds no cluster yet, then starts the server on 127.0.0.1:{@code port}. */
    static LocalPostgres start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath();
        prepare(dir);
        Path bin = PostgresBinaries.find(majorVersion(dir));
        if (majorVersion(dir).isEmpty()) {
            runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.toString(), "-U", PostgresServer.DEFAULT_ADMIN,
                    "-A", "trust", "-E", "UTF8", "--no-locale"), "initdb");
        }
        Path log = dir.resolve("postgres.log");
        try {
            // The socket goes into the data directory: /var/run/postgresql belongs to the system cluster's user.
            runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                    "-l", log.toString(), "-w", "-t", "60", "start"), "pg_ctl start");
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + System.lineSeparator() + Processes.tail(log, 20), e);
        }
        return new LocalPostgres(dir);
    }

    Path dataDir() {
        return dataDir;
    }

    void stop() {
        stop(dataDir);
    }

    /** Fast shutdown of the cluster in {@code dataDir}; used by {@code deploy/hotline down} from a fresh JVM too. */
    static void stop(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        if (!Files.exists(dir.resolve("postmaster.pid"))) {
            return;
        }
        Path bin = PostgresBinaries.find(majorVersion(dir));
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast", "-w", "stop"),
                "pg_ctl stop");
    }

    private static Optional<String> majorVersion(Path dir) {
        Path versionFile = dir.resolve("PG_VERSION");
        try {
            return Files.exists(versionFile) ? Optional.of(Files.readString(versionFile).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!isRoot()) {
                return;
            }
            for (Path ancestor = dir.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
                if (!Files.getPosixFilePermissions(ancestor).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalStateException("PostgreSQL runs as '" + UNPRIVILEGED_USER + "', who cannot reach "
                            + dir + " because " + ancestor + " is not searchable by others; use a data directory "
                            + "under /tmp or /var/tmp");
                }
            }
            UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(UNPRIVILEGED_USER);
            if (!Files.getOwner(dir).equals(nobody)) {
                Files.setOwner(dir, nobody);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the PostgreSQL data directory " + dir, e);
        }
    }

    private static void runAsOwner(List<String> command, String what) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        Processes.Result result = Processes.run(full, TOOL_TIMEOUT);
        if (!result.ok()) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "): " + result.output());
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
