package org.hotline2110.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.support.FreePorts;

/**
 * Load run of sla-monitor's alert scheduler; not a test, run by hand (README.md). sla-monitor runs from its built jar
 * on a fresh database. Two runs follow: a burst of clocks all due at one instant (the start of a working day after a
 * night of calls) and a steady stream of deadlines. Each clock raises one RED alert at its deadline; the report gives
 * how late alerts were raised (alert.raised_at) and published (outbox_event.published_at), and when the last left.
 * Sizes: -Dload.burst (50000), -Dload.steady (5000), -Dload.spread (PT60S).
 */
public final class SchedulerLoadRun {

    /** Time to insert the clocks and for a safety scan (every 5 s) to load their instants before they come. */
    private static final Duration LEAD = Duration.ofSeconds(20);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(3);

    private SchedulerLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int burst = Integer.getInteger("load.burst", 50_000);
        int steady = Integer.getInteger("load.steady", 5_000);
        Duration spread = Duration.parse(System.getProperty("load.spread", "PT60S"));
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("hotline2110-load-");
        System.out.printf("Scheduler load run: %d cores, load average %s; logs in %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), dir);
        try (DevStack stack = DevStack.startWithPrivateBroker(dir.resolve("stack"))) {
            Database db = stack.database("sla_load", ServiceSpec.SLA_MONITOR.user(), ServiceSpec.SLA_MONITOR.password(), true);
            int port = FreePorts.next();
            Map<String, String> env = ServiceSpec.SLA_MONITOR.env(stack, port, db);
            ServiceProcess sla = ServiceProcess.start(repo, ServiceSpec.SLA_MONITOR, port, env, dir.resolve("sla-monitor.log"));
            try (LoadClocks clocks = LoadClocks.open(db)) {
                sla.awaitReady(Duration.ofMinutes(2));
                run(clocks, "burst", burst, Duration.ZERO, burst);
                run(clocks, "steady", steady, spread, burst + steady);
            } finally {
                sla.stop();
            }
        }
    }

    private static void run(LoadClocks clocks, String run, int count, Duration spread, long publishedInAll)
            throws Exception {
        Instant first = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
        Instant start = Instant.now();
        clocks.insert(run, count, first, spread);
        System.out.printf("%n%s: %d clocks due %s, inserted in %s%n", run, count,
                spread.isZero() ? "at " + first : "from " + first + " over " + spread.toSeconds() + " s",
                Lateness.seconds(Duration.between(start, Instant.now())));
        boolean drained = clocks.awaitPublished(publishedInAll, first.plus(spread).plus(DRAIN_LIMIT));
        Lateness raised = clocks.raised(run);
        Lateness published = clocks.published(run);
        System.out.printf("  raised    (alert.raised_at - deadline):           %s%n", raised);
        System.out.printf("  published (outbox_event.published_at - deadline): %s%n", published);
        if (!drained) {
            System.out.printf("  NOT DRAINED within %s of the last deadline%n", DRAIN_LIMIT);
        } else if (spread.isZero()) {
            System.out.printf("  drained: the last alert raised %s and published %s after the instant%n",
                    Lateness.seconds(raised.max()), Lateness.seconds(published.max()));
        }
    }
}
