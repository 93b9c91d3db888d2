package org.hotline2110.sla.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * How far a calendar's holiday data reaches, and whether the year to come should have been loaded by now. The State
 * Council publishes next year's holidays in the autumn; from {@code warnFrom} of a year whose next year is missing,
 * the product says so, so that an administrator loads it before clocks start counting weekends only. A year already
 * begun without data is missing too.
 *
 * @param lastCoveredDay the last day up to which every day from today on has holiday data (a year loaded beyond a gap
 *                       does not count); before today when this year has none; null for a calendar without holidays
 * @param nextYear       the year to load: this year while it has no data, else the first after lastCoveredDay
 */
public record Coverage(String calendar, LocalDate lastCoveredDay, int nextYear, boolean nextYearMissing) {

    public static Coverage of(WorkingCalendar calendar, LocalDate today, MonthDay warnFrom) {
        if (!calendar.observesHolidays()) {
            return new Coverage(calendar.name(), null, today.getYear() + 1, false);
        }
        Set<Integer> years = calendar.coveredYears();
        if (!years.contains(today.getYear())) {
            LocalDate last = years.stream().filter(y -> y < today.getYear()).max(Integer::compare)
                    .map(y -> LocalDate.of(y, 12, 31)).orElse(null);
            return new Coverage(calendar.name(), last, today.getYear(), true);
        }
        int lastYear = today.getYear();
        while (years.contains(lastYear + 1)) {
            lastYear++;
        }
        boolean due = !today.isBefore(warnFrom.atYear(today.getYear()));
        return new Coverage(calendar.name(), LocalDate.of(lastYear, 12, 31), lastYear + 1,
                due && lastYear == today.getYear());
    }
}
