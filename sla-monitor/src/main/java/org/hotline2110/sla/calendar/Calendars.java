package org.hotline2110.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's working-day calendars, from seeds/calendar. A computation that reaches into a year without
 * holiday data falls back to weekends only; that is said in the log (once per calendar and year), counted in
 * {@code hotline.sla.calendar.incomplete}, and answered as {@code calendarComplete: false}.
 */
@ApplicationScoped
public class Calendars {

    private static final Logger LOG = Logger.getLogger(Calendars.class);

    private final CalendarData data;
    private final MeterRegistry registry;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public Calendars(ObjectMapper mapper, MeterRegistry registry) {
        this.data = CalendarData.fromSeeds(mapper);
        this.registry = registry;
        int thisYear = LocalDate.now().getYear();
        for (String name : data.names()) {
            WorkingCalendar calendar = data.calendar(name);
            LOG.infof("Calendar %s: holiday data for %s", name, calendar.coveredYears());
            if (!calendar.isComplete(Instant.now(), Instant.now().plusSeconds(366L * 24 * 3600))) {
                warn(calendar, thisYear + 1);
            }
        }
    }

    public Optional<WorkingCalendar> find(String name) {
        return data.names().contains(name) ? Optional.of(data.calendar(name)) : Optional.empty();
    }

    /** The named calendar; a policy naming an unknown one is a configuration error. */
    public WorkingCalendar get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(
                "No calendar '" + name + "'; seeds/calendar/calendars.json has " + data.names()));
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

    private void warn(WorkingCalendar calendar, int year) {
        if (warned.add(calendar.name() + ":" + year)) {
            LOG.warnf("Calendar %s has no holiday data for %d: counting weekends only until that year is loaded",
                    calendar.name(), year);
        }
    }
}
