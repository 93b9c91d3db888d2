package org.hotline2110.devstack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary directories (clusters, broker data, keys) that tests leave behind. */
public final class FileTrees {

    private static final System.Logger LOG = System.getLogger(FileTrees.class.getName());

    private FileTrees() {
    }

    /** Best effort: a leftover temporary directory is not worth failing a test run for. */
    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete {0}: {1}", dir, e.getMessage());
        }
    }
}
