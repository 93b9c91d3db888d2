package org.hotline2110.sla.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hotline2110.platform.sql.Timestamps;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Turns running clocks yellow at their warning instant and red at their deadline, each within milliseconds of it.
 * The thresholds of the next minutes ({@link ScanConfig#horizon()}) are held in memory and a timer fires a scan at
 * the soonest. A safety scan every {@link ScanConfig#interval()}, the first at start-up, raises whatever else is due
 * (all that fell due while the service was down; clocks of an instance that died) and reloads the thresholds ahead,
 * which is how this instance learns of clocks it was not told about through {@link #dueAt(Instant)}. Several
 * instances may run: they claim with {@code SKIP LOCKED} and the alert's unique key stops a second firing.
 * <p>
 * A thread of its own, because the Quarkus scheduler fires nothing at a chosen instant, nor more often than once a
 * second. The memory lives on that thread alone; the database work it waits for is reactive.
 */
@ApplicationScoped
public class AlertScheduler {

    private static final Logger LOG = Logger.getLogger(AlertScheduler.class);

    /** A clock reported due this soon may commit after its instant: it is looked for once more this much later. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    /** A scan is given up after this (and tried again later), so a stuck connection cannot stop every alert. */
    private static final Duration SCAN_TIMEOUT = Duration.ofMinutes(1);

    private final DueClocks clocks;
    private final ScanConfig config;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread scheduler = new Thread(task, "sla-alert-scheduler");
        scheduler.setDaemon(true);
        return scheduler;
    });

    /** Thresholds ahead, soonest first. */
    private final NavigableSet<Instant> ahead = new TreeSet<>();
    private ScheduledFuture<?> timer;
    private Instant timerAt;

    AlertScheduler(DueClocks clocks, ScanConfig config) {
        this.clocks = clocks;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        thread.scheduleWithFixedDelay(this::safetyScan, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Tells the scheduler a clock has a threshold (a warning or a deadline) at {@code due}, so that it fires on time
     * even when it is nearer than the next safety scan. Call it for each threshold of a clock started or moved, from
     * any thread, best after the transaction has committed. Thresholds beyond the horizon are left to the safety scan.
     */
    public void dueAt(Instant due) {
        Instant now = Instant.now();
        try {
            thread.execute(() -> {
                remember(due, now);
                if (due.isBefore(now.plus(SETTLE))) {
                    remember(now.plus(SETTLE), now);
                }
                arm();
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the clock is in the database, and the next start raises what falls due meanwhile
        }
    }

    private void remember(Instant due, Instant now) {
        if (!due.isAfter(now.plus(config.horizon()))) {
            ahead.add(due);
        }
    }

    private void safetyScan() {
        Instant now = raiseDue();
        try {
            ahead.addAll(clocks.ahead(now, now.plus(config.horizon())).await().atMost(SCAN_TIMEOUT));
        } catch (RuntimeException e) {
            LOG.warnf("Thresholds ahead not loaded, will retry: %s", e.getMessage());
        }
        arm();
    }

    private void onTimer() {
        timer = null;
        raiseDue();
        arm();
    }

    /** The thresholds passed leave memory even when raising fails: the safety scan retries them from the database. */
    private Instant raiseDue() {
        Instant now = Timestamps.now();
        try {
            clocks.raiseDue(now).await().atMost(SCAN_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Due clocks not raised, will retry: %s", e.getMessage());
        } finally {
            ahead.headSet(now, true).clear();
        }
        return now;
    }

    /** Points the timer at the soonest threshold; one that fires a little early finds it still ahead and re-arms. */
    private void arm() {
        if (ahead.isEmpty() || timer != null && ahead.first().equals(timerAt)) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timerAt = ahead.first();
        long delay = Math.max(0, ChronoUnit.MICROS.between(Instant.now(), timerAt));
        timer = thread.schedule(this::onTimer, delay, TimeUnit.MICROSECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
