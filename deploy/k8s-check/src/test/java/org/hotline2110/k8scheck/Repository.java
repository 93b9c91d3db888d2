package org.hotline2110.k8scheck;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository these checks read: the manifests under k8s/ and the services' configuration. */
final class Repository {

    private Repository() {
    }

    /** The root, from the build ({@code hotline.repo}), else found upwards from the working directory. */
    static Path root() {
        String configured = System.getProperty("hotline.repo");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (set -Dhotline.repo)");
    }

    static Path k8s() {
        return root().resolve("k8s");
    }
}
