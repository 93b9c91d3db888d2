package org.hotline2110.sla.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A holiday data file (seeds/calendar/holidays-cn.json): per year, the official days off and the make-up
 * working days, each with the festival it belongs to. An admin uploads a new year in the same shape.
 */
public record HolidayFile(Map<Integer, Year> years) {

    public HolidayFile {
        years = years == null ? Map.of() : Map.copyOf(years);
    }

    /** The calendar with every year of this file added, replacing the years it had. */
    public WorkingCalendar applyTo(WorkingCalendar calendar) {
        WorkingCalendar result = calendar;
        for (Map.Entry<Integer, Year> year : years.entrySet()) {
            result = result.withYear(year.getKey(), dates(year.getValue().holidays()),
                    dates(year.getValue().makeupWorkdays()));
        }
        return result;
    }

    private static Set<LocalDate> dates(List<Day> days) {
        return days == null ? Set.of() : days.stream().map(day -> LocalDate.parse(day.date())).collect(Collectors.toSet());
    }

    public record Year(List<Day> holidays, List<Day> makeupWorkdays) {
    }

    /** {@code name}: the festival, for the people who read the file. */
    public record Day(String date, String name) {
    }
}
