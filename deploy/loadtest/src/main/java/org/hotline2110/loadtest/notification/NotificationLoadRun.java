package org.hotline2110.loadtest.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.support.FreePorts;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.testing.KafkaProbe;

/**
 * Load run of notification-service's alert-to-delivery latency; not a test, run by hand. The service runs from its
 * built jar on a fresh database, with one webhook subscription to a real HTTP receiver in this process. A steady
 * stream of RED alerts (-Dload.alerts, default 3000, over -Dload.spread, default PT60S), then a burst of
 * -Dload.alertBurst (default 2000) at once, after a warm-up of 50, are written to the alert topic as sla-monitor writes them. Latency is
 * the receiver's arrival time minus the alert's raisedAt (one clock: same machine).
 */
public final class NotificationLoadRun {

    private static final Pattern ALERT_ID = Pattern.compile("\"alertId\":\"([0-9a-f-]{36})\"");

    private final Map<String, Instant> raised = new ConcurrentHashMap<>();
    private final Map<String, Instant> arrived = new ConcurrentHashMap<>();

    private NotificationLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int steady = Integer.getInteger("load.alerts", 3_000);
        int burst = Integer.getInteger("load.alertBurst", 2_000);
        Duration spread = Duration.parse(System.getProperty("load.spread", "PT60S"));
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("hotline2110-notification-load-");
        System.out.printf("Notification load run: %d cores, load average %s; logs in %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), dir);
        new NotificationLoadRun().run(repo, dir, steady, burst, spread);
    }

    private void run(Path repo, Path dir, int steady, int burst, Duration spread) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 500);
        receiver.createContext("/hook", exchange -> {
            Instant at = Instant.now();
            Matcher id = ALERT_ID.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (id.find()) {
                arrived.putIfAbsent(id.group(1), at);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(threads);
        receiver.start();
        try (DevStack stack = DevStack.startWithPrivateBroker(dir.resolve("stack"))) {
            Database db = stack.database("notification_load", ServiceSpec.NOTIFICATION.user(),
                    ServiceSpec.NOTIFICATION.password(), true);
            int port = FreePorts.next();
            ServiceProcess service = ServiceProcess.start(repo, ServiceSpec.NOTIFICATION, port,
                    ServiceSpec.NOTIFICATION.env(stack, port, db), dir.resolve("notification-service.log"));
            try {
                service.awaitReady(Duration.ofMinutes(2));
                subscribe(service.baseUrl(), stack.jwt().mint("supervisor", null, Duration.ofHours(1)),
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
                KafkaProbe kafka = new KafkaProbe(stack.kafkaBootstrap());
                // unmeasured: the consumers join their group and every connection is opened
                report("warm-up", publish(kafka, 50, Duration.ofSeconds(5)));
                report("steady", publish(kafka, steady, spread));
                report("burst", publish(kafka, burst, Duration.ZERO));
            } finally {
                service.stop();
            }
        } finally {
            receiver.stop(0);
            threads.shutdownNow();
        }
    }

    /** Writes {@code count} RED alerts evenly over {@code spread}; answers their ids. */
    private List<String> publish(KafkaProbe kafka, int count, Duration spread) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        long start = System.nanoTime();
        try (KafkaProbe.EventWriter writer = kafka.writer()) {
            for (int i = 0; i < count; i++) {
                long due = start + spread.toNanos() * i / Math.max(1, count);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String alertId = UUID.randomUUID().toString();
                String ticketId = UUID.randomUUID().toString();
                Instant now = Instant.now();
                raised.put(alertId, now);
                writer.sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId, """
                        {"alertId":"%s","ticketId":"%s","ticketNumber":"L-%06d","department":"tax","clock":"CONTACT",
                         "level":"RED","deadline":"%s","deadlineVersion":1,"raisedAt":"%s","duringWorkingHours":true,
                         "nextWorkingInstant":"%s"}""".formatted(alertId, ticketId, i, now, now, now));
                ids.add(alertId);
            }
        }
        return ids;
    }

    private void report(String run, List<String> ids) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (!arrived.keySet().containsAll(ids) && Instant.now().isBefore(limit)) {
            Thread.sleep(100);
        }
        List<Long> millis = ids.stream().filter(arrived::containsKey)
                .map(id -> Duration.between(raised.get(id), arrived.get(id)).toMillis()).sorted().toList();
        if (millis.isEmpty()) {
            System.out.printf("%s: nothing delivered%n", run);
            return;
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d alerts delivered; alert-to-delivery p50 %d ms, p99 %d ms, max %d ms%n",
                run, millis.size(), ids.size(), percentile(millis, 0.50), percentile(millis, 0.99),
                millis.get(millis.size() - 1));
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static void subscribe(String baseUrl, String token, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/v1/subscriptions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"load","levels":["RED"],"channel":"WEBHOOK","url":"%s"}""".formatted(url))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("subscription refused: " + response.body());
        }
    }

}
