package org.hotline2110.devstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds initdb and pg_ctl: Debian keeps them off PATH under /usr/lib/postgresql/VERSION/bin. */
final class PostgresBinaries {

    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    private PostgresBinaries() {
    }

    /**
     * The bin directory for {@code majorVersion} when a data directory already fixes it (a cluster only starts with
     * its own major version), else the highest version installed, else whatever PATH has.
     */
    static Path find(Optional<String> majorVersion) {
        Optional<Path> found = majorVersion.isPresent()
                ? majorVersion.map(v -> DEBIAN_ROOT.resolve(v).resolve("bin")).filter(PostgresBinaries::hasTools)
                : highestDebianVersion();
        return found.or(PostgresBinaries::fromPath).orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL server binaries (initdb, pg_ctl)" + majorVersion.map(v -> " for version " + v).orElse("")
                        + " under " + DEBIAN_ROOT + "/*/bin or on PATH, and no PostgreSQL answers on 127.0.0.1:5432. "
                        + "Install them with: apt-get install postgresql (or point HOTLINE_PG_HOST/HOTLINE_PG_PORT "
                        + "at a running server)"));
    }

    private static Optional<Path> highestDebianVersion() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions
                    .filter(dir -> dir.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(dir -> Double.parseDouble(dir.getFileName().toString())))
                    .map(dir -> dir.resolve("bin"))
                    .filter(PostgresBinaries::hasTools);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> fromPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(Path::of)
                .filter(PostgresBinaries::hasTools)
                .findFirst();
    }

    private static boolean hasTools(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }
}
