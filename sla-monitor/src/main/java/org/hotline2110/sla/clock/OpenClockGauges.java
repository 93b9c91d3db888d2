package org.hotline2110.sla.clock;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** {@code hotline.sla.clocks.open{light}}: how many running clocks show each light, refreshed every few seconds. */
@ApplicationScoped
public class OpenClockGauges {

    private final Pool pool;
    private final Map<AlertLevel, AtomicLong> open = new EnumMap<>(AlertLevel.class);

    public OpenClockGauges(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        for (AlertLevel light : AlertLevel.values()) {
            open.put(light, registry.gauge("hotline.sla.clocks.open", List.of(Tag.of("light", light.name())), new AtomicLong()));
        }
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return pool.query("SELECT light, count(*) AS clocks FROM clock WHERE state IN ('RUNNING', 'PAUSED') GROUP BY light").execute()
                .invoke(rows -> {
                    Map<AlertLevel, Long> counts = new EnumMap<>(AlertLevel.class);
                    rows.forEach(row -> counts.put(AlertLevel.valueOf(row.getString("light")), row.getLong("clocks")));
                    open.forEach((light, gauge) -> gauge.set(counts.getOrDefault(light, 0L)));
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
