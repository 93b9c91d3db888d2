package org.hotline2110.loadtest.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.support.FreePorts;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;

/**
 * Load run of ticket creation; not a test, run by hand (README in intake-service). intake-service runs from its built
 * jar on a fresh database, against the stack's broker. Concurrent operators' clients post tickets as fast as they
 * are answered; the report gives throughput and latency as the clients saw them, and where the time goes: the server's
 * own time per request, the database transaction's share of it (from the service's metrics), the time of an
 * authenticated read and of a bare health call (HTTP and framework alone), and how long the outbox took to publish.
 * Sizes: -Dload.tickets (5000), -Dload.clients (16), -Dload.idempotent (false: with an Idempotency-Key per ticket).
 */
public final class CreateTicketLoadRun {

    private static final String TICKET = """
            {"enterprise":{"name":"浙江恒丰精密机械有限公司","creditCode":"91330782MA28C1X705"},
             "contact":{"name":"王经理","phone":"13857112345"},"channel":"phone","demandType":"help",
             "topic":"approvals","urgency":"NORMAL","town":"xinqiao-town","address":"新桥镇工业路8号",
             "summary":"新建厂房消防验收材料反复退回","description":"企业新建二期厂房，消防验收申请材料三次被退回，请求一次性告知所需材料。"}""";

    private CreateTicketLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.getInteger("load.tickets", 5_000);
        int clients = Integer.getInteger("load.clients", 16);
        boolean idempotent = Boolean.getBoolean("load.idempotent");
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("hotline2110-intake-load-");
        System.out.printf("Create-ticket load run: %d cores, load average %s; logs in %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), dir);
        try (DevStack stack = DevStack.startWithPrivateBroker(dir.resolve("stack"))) {
            Database db = stack.database("intake_load", ServiceSpec.INTAKE.user(), ServiceSpec.INTAKE.password(), true);
            int port = FreePorts.next();
            ServiceProcess intake = ServiceProcess.start(repo, ServiceSpec.INTAKE, port, ServiceSpec.INTAKE.env(stack, port, db),
                    dir.resolve("intake-service.log"));
            try {
                intake.awaitReady(Duration.ofMinutes(2));
                String token = "Bearer " + stack.jwt().mint("operator", null, Duration.ofHours(2));
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                Load load = new Load(http, clients);
                String base = intake.baseUrl();

                load.run("warm-up", Math.min(1_000, tickets), i -> create(base, token, idempotent), 201);
                ServerMetrics before = ServerMetrics.scrape(http, base);
                Instant started = Instant.now();
                Load.Result created = load.run("create", tickets, i -> create(base, token, idempotent), 201);
                ServerMetrics after = ServerMetrics.scrape(http, base);
                Duration published = awaitPublished(db, started);
                String someId = anyTicket(db);
                Load.Result reads = load.run("read", tickets, i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets/" + someId))
                        .header("Authorization", token).GET().build(), 200);
                Load.Result health = load.run("health", tickets, i -> HttpRequest.newBuilder(URI.create(base + "/q/health/live"))
                        .GET().build(), 200);

                System.out.printf("%nPOST /api/v1/tickets, %d tickets, %d clients%s%n", tickets, clients,
                        idempotent ? ", each with an Idempotency-Key" : "");
                System.out.printf("  throughput      %.0f tickets/s%n", created.throughput());
                System.out.printf("  client latency  %s%n", created.latency());
                System.out.printf("  server time     %.2f ms a request (http_server_requests_seconds, mean)%n",
                        after.meanMillis("http_server_requests_seconds", before, "method=\"POST\"", "uri=\"/api/v1/tickets\""));
                System.out.printf("  of which in DB  %.2f ms (hotline_intake_create_transaction_seconds, mean: connection, "
                        + "inserts, commit)%n", after.meanMillis("hotline_intake_create_transaction_seconds", before));
                System.out.printf("  all published   %s after the first create (outbox relay to Kafka)%n", seconds(published));
                System.out.printf("GET /api/v1/tickets/{id} (JWT check, two queries): %.0f/s, %s%n", reads.throughput(), reads.latency());
                System.out.printf("GET /q/health/live (HTTP and framework only):    %.0f/s, %s%n", health.throughput(), health.latency());
            } finally {
                intake.stop();
            }
        }
    }

    private static HttpRequest create(String base, String token, boolean idempotent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TICKET));
        if (idempotent) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request.build();
    }

    /** Waits until the outbox has published every event; answers how long after {@code since} the last one left. */
    private static Duration awaitPublished(Database db, Instant since) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FILTER (WHERE published_at IS NULL), max(published_at) FROM outbox_event")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return Duration.between(since, rs.getTimestamp(2).toInstant());
                    }
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("The outbox was not published within 3 minutes");
        }
    }

    private static String anyTicket(Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                ResultSet rs = c.createStatement().executeQuery("SELECT id FROM ticket LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String seconds(Duration d) {
        return String.format("%.2f s", d.toMillis() / 1000.0);
    }

}
