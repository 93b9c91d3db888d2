package org.hotline2110.sla.calendar;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.sql.Timestamps;
import org.hotline2110.sla.clock.ClockRecalculation;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Holiday years loaded by an administrator, kept in the database so that they survive restarts and reach every
 * instance (each looks for new ones every half minute). Loading a year recomputes the open clocks.
 */
@ApplicationScoped
public class CalendarYears {

    private static final Logger LOG = Logger.getLogger(CalendarYears.class);

    private final Pool pool;
    private final ObjectMapper mapper;
    private final Calendars calendars;
    private final ClockRecalculation recalculation;
    private volatile Instant lastLoaded = Instant.EPOCH;

    public CalendarYears(Pool pool, ObjectMapper mapper, Calendars calendars, ClockRecalculation recalculation) {
        this.pool = pool;
        this.mapper = mapper;
        this.calendars = calendars;
        this.recalculation = recalculation;
    }

    void loadAtStart(@Observes StartupEvent started) {
        refresh().await().indefinitely();
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshIfChanged() {
        return pool.query("SELECT max(loaded_at) AS latest FROM calendar_year").execute()
                .flatMap(rows -> {
                    var latest = rows.iterator().next().getOffsetDateTime("latest");
                    return latest != null && latest.toInstant().isAfter(lastLoaded) ? refresh() : Uni.createFrom().voidItem();
                })
                .onFailure().invoke(e -> LOG.warnf("Holiday years not refreshed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /**
     * Checks the year against the calendar, stores it, puts it in use and starts recomputing the open clocks in the
     * background. A year that does not fit the calendar is refused with IllegalArgumentException and changes nothing.
     */
    public Uni<WorkingCalendar> load(String calendar, int year, HolidayFile.Year days, String by) {
        WorkingCalendar checked = new HolidayFile(Map.of(year, days)).applyTo(calendars.get(calendar));
        return pool.preparedQuery("""
                        INSERT INTO calendar_year (calendar, year, days, loaded_at, loaded_by) VALUES ($1, $2, $3, $4, $5)
                        ON CONFLICT (calendar, year) DO UPDATE SET days = $3, loaded_at = $4, loaded_by = $5""")
                .execute(Tuple.of(calendar, year, json(days), Timestamps.utc(Timestamps.now()), by))
                .flatMap(ignored -> refresh())
                .invoke(() -> recalculation.recomputeOpenClocksInBackground())
                .map(ignored -> calendars.get(checked.name()));
    }

    private Uni<Void> refresh() {
        return pool.query("SELECT calendar, year, days, loaded_at FROM calendar_year").execute()
                .invoke(this::use)
                .replaceWithVoid();
    }

    private void use(RowSet<Row> rows) {
        Map<String, Map<Integer, HolidayFile.Year>> years = new HashMap<>();
        Instant latest = Instant.EPOCH;
        for (Row row : rows) {
            years.computeIfAbsent(row.getString("calendar"), name -> new HashMap<>())
                    .put(row.getInteger("year"), read(row.getString("days")));
            Instant loadedAt = row.getOffsetDateTime("loaded_at").toInstant();
            latest = loadedAt.isAfter(latest) ? loadedAt : latest;
        }
        Map<String, HolidayFile> files = new HashMap<>();
        years.forEach((name, byYear) -> files.put(name, new HolidayFile(byYear)));
        calendars.use(files);
        lastLoaded = latest;
    }

    private String json(HolidayFile.Year days) {
        try {
            return mapper.writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HolidayFile.Year read(String json) {
        try {
            return mapper.readValue(json, HolidayFile.Year.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored holiday year unreadable", e);
        }
    }
}
