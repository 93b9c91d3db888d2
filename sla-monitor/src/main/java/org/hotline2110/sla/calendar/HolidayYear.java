package org.hotline2110.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** One year of official holiday data: the days off and the make-up working days (调休上班). */
record HolidayYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeupDays) {

    /** @param weekdays the calendar's regular working weekdays: a make-up day must fall outside them */
    static HolidayYear checked(int year, Set<LocalDate> holidays, Set<LocalDate> makeupDays, Set<DayOfWeek> weekdays) {
        for (LocalDate day : holidays) {
            requireInYear(year, day, "Holiday");
            if (makeupDays.contains(day)) {
                throw new IllegalArgumentException("Day " + day + " is listed both as a holiday and as a make-up day");
            }
        }
        for (LocalDate day : makeupDays) {
            requireInYear(year, day, "Make-up day");
            if (weekdays.contains(day.getDayOfWeek())) {
                throw new IllegalArgumentException("Make-up day " + day + " is a " + day.getDayOfWeek()
                        + ", already a working day: a make-up day must be a weekend day");
            }
        }
        return new HolidayYear(year, Set.copyOf(holidays), Set.copyOf(makeupDays));
    }

    private static void requireInYear(int year, LocalDate day, String what) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(what + " " + day + " is not in the year " + year + " it is listed for");
        }
    }
}
