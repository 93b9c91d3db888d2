package org.hotline2110.loadtest.assessment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.support.FreePorts;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;

/**
 * Load run of the year-end assessment export; not a test, run by hand (sla-monitor/README.md). The local stack is
 * reused or started as the tests do (HOTLINE_KAFKA_PORT picks the broker). sla-monitor runs from
 * its built jar (heap capped at 256 MiB by the launcher) on a fresh database filled with a year of tickets
 * ({@link AssessmentData}); each export is then downloaded once, timed from request to last byte, and the heap is
 * read from the service's GC log: the largest heap in use when a collection started is the peak.
 * Size: environment variable ASSESSMENT_TICKETS (default 1,000,000). ASSESSMENT_REUSE=true keeps the database of the
 * previous run and its tickets (filling a million takes minutes), to time the exports again.
 */
public final class AssessmentExportLoadRun {

    private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->\\d+M\\((\\d+)M\\)");
    private static final String PERIOD = "from=2025-01-01&to=2025-12-31";

    private AssessmentExportLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.parseInt(System.getenv().getOrDefault("ASSESSMENT_TICKETS", "1000000"));
        boolean reuse = Boolean.parseBoolean(System.getenv().getOrDefault("ASSESSMENT_REUSE", "false"));
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("hotline2110-assessment-load-");
        Path gcLog = dir.resolve("gc.log");
        System.out.printf("Assessment export load run: %d tickets, %d cores, load average %s; files in %s%n", tickets,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), dir);
        try (DevStack stack = DevStack.startWithPrivateBroker(dir.resolve("stack"))) {
            Database db = stack.database("sla_assessment_load", ServiceSpec.SLA_MONITOR.user(),
                    ServiceSpec.SLA_MONITOR.password(), !reuse);
            int port = FreePorts.next();
            Map<String, String> env = ServiceSpec.SLA_MONITOR.env(stack, port, db);
            env.put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog);
            ServiceProcess sla = ServiceProcess.start(repo, ServiceSpec.SLA_MONITOR, port, env, dir.resolve("sla-monitor.log"));
            try {
                sla.awaitReady(Duration.ofMinutes(2));
                Instant start = Instant.now();
                try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                    if (reuse && AssessmentData.tickets(connection) > 0) {
                        System.out.printf("reusing %d tickets%n", AssessmentData.tickets(connection));
                    } else {
                        String rows = AssessmentData.fill(connection, tickets);
                        System.out.printf("filled in %d s: %s%n", Duration.between(start, Instant.now()).toSeconds(), rows);
                    }
                }
                String token = stack.jwt().mint("supervisor", null, Duration.ofHours(2));
                String base = sla.baseUrl() + "/api/v1/assessments";
                for (String[] run : List.of(
                        new String[] { "summary (JSON API)", base + "?" + PERIOD, "summary.json" },
                        new String[] { "CSV, department summary", base + "/export?format=csv&" + PERIOD, "summary.csv" },
                        new String[] { "CSV, every ticket", base + "/export?format=csv&table=tickets&" + PERIOD, "tickets.csv" },
                        new String[] { "XLSX, all six sheets", base + "/export?format=xlsx&" + PERIOD, "assessment.xlsx" },
                        new String[] { "JSON, all six tables", base + "/export?format=json&" + PERIOD, "assessment.json" })) {
                    download(run[0], URI.create(run[1]), token, dir.resolve(run[2]), gcLog);
                }
                System.out.printf("ticket rows in the CSV: %d%n", Files.lines(dir.resolve("tickets.csv")).count() - 1);
            } finally {
                sla.stop();
            }
        }
    }

    private static void download(String what, URI uri, String token, Path file, Path gcLog) throws Exception {
        long gcLinesBefore = lines(gcLog).size();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).build();
        Instant start = Instant.now();
        HttpResponse<Path> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(file));
        Duration took = Duration.between(start, Instant.now());
        Thread.sleep(200); // the GC log is written asynchronously
        List<String> collections = lines(gcLog).stream().skip(gcLinesBefore).toList();
        long peak = 0;
        long max = 0;
        for (String line : collections) {
            Matcher m = HEAP_BEFORE_GC.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                max = Math.max(max, Long.parseLong(m.group(2)));
            }
        }
        System.out.printf("%-26s HTTP %d, %6.1f s, %,12d bytes, peak heap %d MiB of %d MiB committed (%d GC events)%n",
                what, response.statusCode(), took.toMillis() / 1000.0, Files.size(file), peak, max, collections.size());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

}
