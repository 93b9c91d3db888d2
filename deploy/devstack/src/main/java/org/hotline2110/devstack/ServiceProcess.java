package org.hotline2110.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hotline2110.devstack.support.Processes;

/**
 * One service run from its built fast-jar, as it would run in a container: configured by environment variables. It
 * runs in the {@code dev} profile: the jar's default, {@code prod}, takes everything from the environment and refuses
 * to start without an OIDC issuer and audience, which the local stack does not have.
 */
public final class ServiceProcess {

    /** The configuration profile the local stack, the end-to-end tests and the load runs start services in. */
    public static final String PROFILE = "dev";

    /** Quarkus drains requests and closes consumers on SIGTERM; past this the process is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, int port, Process process, Path log) {
        this.spec = spec;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code spec}'s quarkus-run.jar from the repository at {@code repoRoot} with {@code env} (see
     * {@link ServiceSpec#env}), appending its output to {@code log}. {@code port} must match QUARKUS_HTTP_PORT there.
     */
    public static ServiceProcess start(Path repoRoot, ServiceSpec spec, int port, Map<String, String> env, Path log) {
        Path jar = spec.runJar(repoRoot);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(spec.serviceName() + " is not built: " + jar + " is missing "
                    + "(build with ./mvnw -DskipTests install from " + repoRoot + ")");
        }
        List<String> command = List.of(Processes.javaExecutable(), "-Xmx256m", "-Dquarkus.profile=" + PROFILE,
                "-jar", jar.toString());
        Process process = Processes.launch(command, env, spec.moduleDir(repoRoot), log);
        return new ServiceProcess(spec, port, process, log);
    }

    /** Polls /q/health/ready until it answers 200; fails early, with the log's tail, if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.serviceName() + " exited with code " + process.exitValue()
                        + " while starting; " + log + " ends with:" + System.lineSeparator() + Processes.tail(log, 40));
            }
            if (isReady(port)) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + spec.serviceName(), e);
            }
        }
        throw new IllegalStateException(spec.serviceName() + " was not ready on port " + port + " within "
                + timeout.toSeconds() + " s; " + log + " ends with:" + System.lineSeparator() + Processes.tail(log, 40));
    }

    /** True when the service on {@code port} answers 200 on /q/health/ready. */
    public static boolean isReady(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Graceful stop: SIGTERM, then SIGKILL after {@link #STOP_GRACE}. */
    public void stop() {
        Processes.terminate(process.toHandle(), STOP_GRACE);
    }

    /** SIGKILL, like kill -9: for tests of what survives a crash. */
    public void kill() {
        Processes.kill(process.toHandle());
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public ServiceSpec spec() {
        return spec;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }
}
