package org.hotline2110.sla.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.sql.Timestamps;

/** Whether the holidays of next year are loaded yet: the pages show a banner until they are. */
@ApplicationScoped
public class CalendarCoverage {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String DEFAULT = "default";

    private final Calendars calendars;

    public CalendarCoverage(Calendars calendars) {
        this.calendars = calendars;
    }

    public boolean nextYearMissing() {
        return calendars.find(DEFAULT).map(c -> !c.coveredYears().contains(nextYear())).orElse(true);
    }

    /** The last day of the last year whose holidays are loaded; beyond it only weekends are known. */
    public LocalDate lastCoveredDay() {
        int last = calendars.find(DEFAULT).flatMap(c -> c.coveredYears().stream().max(Integer::compare))
                .orElse(today().getYear() - 1);
        return LocalDate.of(last, 12, 31);
    }

    public int nextYear() {
        return today().getYear() + 1;
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Timestamps.now(), ZONE);
    }
}
