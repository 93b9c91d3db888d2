package org.hotline2110.devstack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a process so that a later JVM ({@code deploy/hotline down}) can find and stop it. The start time is kept
 * beside the pid: after a reboot or a long time the pid may belong to another process, which must not be killed.
 */
public final class PidFile {

    private PidFile() {
    }

    public static void write(Path file, ProcessHandle process) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, process.pid() + " " + startMillis(process) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** The recorded process if it is still the same one and still running. */
    public static Optional<ProcessHandle> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
            long pid = Long.parseLong(parts[0]);
            long started = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> startMillis(p) == started);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (RuntimeException e) {
            // A damaged record names no process we can trust.
            return Optional.empty();
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file, e);
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }
}
