package org.hotline2110.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's working-day calendars: seeds/calendar, with the holiday years an administrator loaded on top. A
 * computation that reaches into a year without holiday data falls back to weekends only; that is said in the log
 * (once per calendar and year), counted in {@code hotline.sla.calendar.incomplete}, and answered as
 * {@code calendarComplete: false}.
 */
@ApplicationScoped
public class Calendars {

    private static final Logger LOG = Logger.getLogger(Calendars.class);

    private final Map<String, WorkingCalendar> seeded;
    private volatile Map<String, WorkingCalendar> current;
    private final MeterRegistry registry;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public Calendars(ObjectMapper mapper, MeterRegistry registry) {
        CalendarData data = CalendarData.fromSeeds(mapper);
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        data.names().forEach(name -> calendars.put(name, data.calendar(name)));
        this.seeded = Map.copyOf(calendars);
        this.current = seeded;
        this.registry = registry;
        seeded.values().forEach(this::announce);
    }

    public Optional<WorkingCalendar> find(String name) {
        return Optional.ofNullable(current.get(name));
    }

    /** The named calendar; a policy naming an unknown one is a configuration error. */
    public WorkingCalendar get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(
                "No calendar '" + name + "'; seeds/calendar/calendars.json has " + current.keySet()));
    }

    public Map<String, WorkingCalendar> all() {
        return current;
    }

    /**
     * The seed calendars with {@code loaded} on top, replacing what was in use; the years are checked first, so
     * a bad year changes nothing.
     */
    public synchronized void use(Map<String, HolidayFile> loaded) {
        Map<String, WorkingCalendar> next = new HashMap<>(seeded);
        loaded.forEach((name, years) -> {
            WorkingCalendar calendar = next.get(name);
            if (calendar == null) {
                throw new IllegalArgumentException("No calendar '" + name + "'");
            }
            next.put(name, years.applyTo(calendar));
        });
        current = Map.copyOf(next);
        next.values().forEach(this::announce);
    }

    /** Whether {@code from..to} lies in years with holiday data; if not, says so in the log and the metric. */
    public boolean complete(WorkingCalendar calendar, Instant from, Instant to) {
        if (calendar.isComplete(from, to)) {
            return true;
        }
        registry.counter("hotline.sla.calendar.incomplete", "calendar", calendar.name()).increment();
        warn(calendar, LocalDate.ofInstant(to, calendar.zone()).getYear());
        return false;
    }

    private void announce(WorkingCalendar calendar) {
        LOG.infof("Calendar %s: holiday data for %s", calendar.name(), calendar.coveredYears());
        if (!calendar.isComplete(Instant.now(), Instant.now().plusSeconds(366L * 24 * 3600))) {
            warn(calendar, LocalDate.now(calendar.zone()).getYear() + 1);
        }
    }

    private void warn(WorkingCalendar calendar, int year) {
        if (!calendar.coveredYears().contains(year) && warned.add(calendar.name() + ":" + year)) {
            LOG.warnf("Calendar %s has no holiday data for %d: counting weekends only until that year is loaded",
                    calendar.name(), year);
        }
    }
}
