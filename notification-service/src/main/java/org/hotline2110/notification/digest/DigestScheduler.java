package org.hotline2110.notification.digest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline2110.notification.delivery.DeliveryClock;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The working-day morning digest, at 08:30 Beijing time. Whether today is a working day is sla-monitor's
 * calendar's answer, never a guess: while sla-monitor can't be reached the digest waits, says so in the log and
 * in {@code hotline_notification_digest_calendar_unavailable_total}, and is tried again every ten minutes until
 * noon, after which the day's digest is given up with an error in the log.
 */
@ApplicationScoped
public class DigestScheduler {

    private static final Logger LOG = Logger.getLogger(DigestScheduler.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime SEND_AT = LocalTime.of(8, 30);
    private static final LocalTime LAST_TRY = LocalTime.of(11, 50);
    private static final String CALENDAR = "default";

    private final CalendarClient calendar;
    private final DigestService digests;
    private final DigestRepository runs;
    private final Pool pool;
    private final DeliveryClock clock;
    private final MeterRegistry registry;

    public DigestScheduler(@RestClient CalendarClient calendar, DigestService digests, DigestRepository runs,
            Pool pool, DeliveryClock clock, MeterRegistry registry) {
        this.calendar = calendar;
        this.digests = digests;
        this.runs = runs;
        this.pool = pool;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(cron = "0 0/10 8-11 * * ?", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        ZonedDateTime now = clock.now().atZone(ZONE);
        if (now.toLocalTime().isBefore(SEND_AT)) {
            return Uni.createFrom().voidItem();
        }
        return run(now.toLocalDate(), !now.toLocalTime().isBefore(LAST_TRY));
    }

    /** Composes {@code day}'s digest if it is a working day and was not composed yet. */
    public Uni<Void> run(LocalDate day, boolean lastTry) {
        return runs.composed(pool, day).flatMap(done -> done ? Uni.createFrom().voidItem()
                : askCalendar(day, lastTry).flatMap(answer -> {
                    if (answer.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    if (!answer.get().complete()) {
                        LOG.warnf("sla-monitor has no holiday data for %s; its weekends-only answer decides the digest", day);
                    }
                    return answer.get().workingDay()
                            ? digests.compose(day).invoke(n -> LOG.infof("Digest of %s: %d deliveries", day, n))
                                    .replaceWithVoid()
                            : digests.skip(day);
                }));
    }

    /** The calendar's word on {@code day}, or empty (said in the log and the metric) when it can't be had. */
    private Uni<Optional<CalendarClient.CalendarDay>> askCalendar(LocalDate day, boolean lastTry) {
        return calendar.days(CALENDAR, day, day)
                .map(days -> days.stream().filter(d -> day.equals(d.date())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the calendar has no entry for " + day)))
                .map(Optional::of)
                .onFailure().recoverWithItem(e -> {
                    calendarUnavailable(day, lastTry, e);
                    return Optional.empty();
                });
    }

    private void calendarUnavailable(LocalDate day, boolean lastTry, Throwable e) {
        registry.counter("hotline.notification.digest.calendar.unavailable").increment();
        if (lastTry) {
            LOG.errorf("The digest of %s is not sent: sla-monitor's calendar could not be reached all morning (%s)",
                    day, e.toString());
        } else {
            LOG.warnf("The digest of %s waits: sla-monitor's calendar can't be reached (%s); retrying in 10 minutes",
                    day, e.toString());
        }
    }
}
