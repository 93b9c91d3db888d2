package org.hotline2110.k8scheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** kubectl's built-in kustomize: the same renderer an operator of the cluster uses with {@code kubectl apply -k}. */
final class Kubectl {

    private static final List<Path> USUAL_PLACES = List.of(Path.of("/usr/bin/kubectl"),
            Path.of("/usr/local/bin/kubectl"));

    private Kubectl() {
    }

    /** The rendered YAML of the kustomization in {@code dir}; fails, never skips, when kubectl is missing. */
    static String kustomize(Path dir) {
        Path out = null;
        try {
            out = Files.createTempFile("kustomize-", ".yaml");
            Process process = new ProcessBuilder(executable(), "kustomize", dir.toString())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed:\n" + errors);
            }
            return Files.readString(out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run kubectl kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + dir, e);
        } finally {
            deleteQuietly(out);
        }
    }

    private static String executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return USUAL_PLACES.stream().filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new IllegalStateException("kubectl is not installed on this machine, and the "
                        + "checks of k8s/ need it to render the overlays (kubectl kustomize). Install kubectl "
                        + "(1.27 or newer) and run the build again."));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
