package org.hotline2110.sla.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.WorkingCalendar;
import org.hotline2110.sla.policy.SlaPolicy;
import org.hotline2110.platform.sql.Timestamps;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one way an alert is raised: recorded under its unique key (clock, level, deadline version) and published
 * through the outbox in the caller's transaction. A second raise of the same alert records and publishes nothing.
 */
@ApplicationScoped
public class Alerts {

    /** One statement for the whole set; it answers the ids of the alerts recorded now. */
    private static final String RECORD = """
            INSERT INTO alert (id, clock_id, level, deadline_version, deadline, raised_at)
            SELECT id, clock_id, level, deadline_version, deadline, $6
            FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::timestamptz[])
                 AS raised (id, clock_id, level, deadline_version, deadline)
            ON CONFLICT (clock_id, level, deadline_version) DO NOTHING
            RETURNING id""";

    private final Outbox outbox;
    private final Calendars calendars;
    private final SlaPolicy policy;
    private final MeterRegistry registry;
    private final Timer lateness;

    public Alerts(Outbox outbox, Calendars calendars, SlaPolicy policy, MeterRegistry registry) {
        this.outbox = outbox;
        this.calendars = calendars;
        this.policy = policy;
        this.registry = registry;
        this.lateness = Timer.builder("hotline.sla.alert.lateness")
                .description("From the instant a YELLOW or RED alert was due to the instant it was raised")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Raises {@code level} for {@code clock}, due at {@code due}; answers whether it was raised now. */
    public Uni<Boolean> raise(SqlConnection tx, DueClock clock, AlertLevel level, Instant due) {
        return raiseAll(tx, List.of(new DueAlert(clock, level, due))).map(raised -> raised == 1);
    }

    /**
     * Raises every alert of {@code due} set-wise: one statement records them all, one adds the events of those
     * recorded now to the outbox. Answers how many were raised now (the others had been raised before).
     */
    public Uni<Integer> raiseAll(SqlConnection tx, List<DueAlert> due) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = Timestamps.now();
        WorkingCalendar calendar = calendars.get(policy.calendar());
        List<SlaAlertRaised> alerts = due.stream()
                .map(alert -> event(alert, now, nextWorkingInstant(policy, calendar, alert.clock(), now)))
                .toList();
        Tuple rows = Tuple.of(
                alerts.stream().map(SlaAlertRaised::alertId).toArray(UUID[]::new),
                due.stream().map(alert -> alert.clock().id()).toArray(UUID[]::new),
                alerts.stream().map(alert -> alert.level().name()).toArray(String[]::new),
                alerts.stream().map(SlaAlertRaised::deadlineVersion).toArray(Integer[]::new),
                alerts.stream().map(alert -> Timestamps.utc(alert.deadline())).toArray(OffsetDateTime[]::new),
                Timestamps.utc(now));
        return tx.preparedQuery(RECORD).execute(rows).flatMap(result -> {
            Set<UUID> recorded = new HashSet<>();
            result.forEach(row -> recorded.add(row.getUUID("id")));
            List<Integer> raised = IntStream.range(0, due.size())
                    .filter(i -> recorded.contains(alerts.get(i).alertId())).boxed().toList();
            return outbox.addAll(tx, raised.stream().map(alerts::get).toList())
                    .invoke(() -> raised.forEach(i -> count(alerts.get(i), due.get(i).due(), now)))
                    .replaceWith(raised.size());
        });
    }

    /**
     * When the alert's clock next counts time: consumers hold a warning raised at night until then. A clock of elapsed
     * time (an URGENT ticket's CONTACT) runs day and night, so for its alerts every instant is a working one.
     */
    static Instant nextWorkingInstant(SlaPolicy policy, WorkingCalendar calendar, DueClock clock, Instant now) {
        boolean elapsed = policy.clock(clock.kind()).countsElapsed(clock.urgent());
        return elapsed ? now : calendar.nextWorkingInstant(now);
    }

    private static SlaAlertRaised event(DueAlert due, Instant now, Instant nextWorking) {
        DueClock clock = due.clock();
        return new SlaAlertRaised(UUID.randomUUID(), clock.ticketId(), clock.ticketNumber(), clock.department(),
                clock.kind(), due.level(), clock.deadline(), clock.deadlineVersion(), now, nextWorking.equals(now),
                nextWorking, clock.assignment(), clock.round());
    }

    private void count(SlaAlertRaised alert, Instant due, Instant now) {
        registry.counter("hotline.sla.alerts", "level", alert.level().name(), "clock", alert.clock().name()).increment();
        if (alert.level() != AlertLevel.GREEN) {
            lateness.record(Duration.between(due, now));
        }
    }
}
