package org.hotline2110.sla.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline2110.sla.policy.SlaPolicy;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Whether the SLA policy's calendar has next year's holidays in time (see {@link Coverage}): the gauge
 * {@code hotline_sla_calendar_next_year_missing}, a warning in the log once a day while it is 1, the readiness
 * details and the pages' banner all read it here. Loading the year clears it at once: it is worked out afresh from
 * the calendar in use on every read.
 */
@Startup
@ApplicationScoped
public class CalendarCoverage {

    private static final Logger LOG = Logger.getLogger(CalendarCoverage.class);

    private final Calendars calendars;
    private final String calendarName;
    private final MonthDay warnFrom;
    private final AtomicReference<LocalDate> warnedOn = new AtomicReference<>();

    public CalendarCoverage(Calendars calendars, SlaPolicy policy, MeterRegistry registry,
            @ConfigProperty(name = "hotline.sla.calendar.next-year-warning-from") String warnFrom) {
        this.calendars = calendars;
        this.calendarName = policy.calendar();
        this.warnFrom = MonthDay.parse("--" + warnFrom);
        Gauge.builder("hotline.sla.calendar.next_year_missing", this, c -> c.nextYearMissing() ? 1 : 0)
                .description("1 when the SLA calendar lacks the holidays of the year to come (or of this year)")
                .tag("calendar", calendarName)
                .register(registry);
    }

    public Coverage current() {
        return of(calendars.get(calendarName));
    }

    /** Any calendar's coverage on the same rule, for the calendar API. */
    public Coverage of(WorkingCalendar calendar) {
        return Coverage.of(calendar, LocalDate.now(calendar.zone()), warnFrom);
    }

    public boolean nextYearMissing() {
        return current().nextYearMissing();
    }

    public LocalDate lastCoveredDay() {
        return current().lastCoveredDay();
    }

    public int nextYear() {
        return current().nextYear();
    }

    @Scheduled(every = "1h", delay = 10, delayUnit = java.util.concurrent.TimeUnit.SECONDS)
    void warnOncePerDay() {
        Coverage coverage = current();
        LocalDate today = LocalDate.now(calendars.get(calendarName).zone());
        if (coverage.nextYearMissing() && !today.equals(warnedOn.getAndSet(today))) {
            LOG.warnf("Calendar %s has no holidays for %d yet (data ends %s): load the State Council's schedule with "
                    + "PUT /api/v1/calendars/%s/years/%d before clocks count weekends only",
                    calendarName, coverage.nextYear(), coverage.lastCoveredDay(), calendarName, coverage.nextYear());
        }
    }
}
