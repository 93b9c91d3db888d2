package org.hotline2110.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference the fast arithmetic is checked against: walks day by day and period by period on instants, with
 * its own reading of the holiday file, so that it shares no code with {@link WorkingCalendar}. Slow and plain.
 */
final class NaiveCalendar {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Set<DayOfWeek> weekdays;
    private final int[][] periodMinutes;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeupDays;

    private NaiveCalendar(Set<DayOfWeek> weekdays, int[][] periodMinutes, Set<LocalDate> holidays,
            Set<LocalDate> makeupDays) {
        this.weekdays = weekdays;
        this.periodMinutes = periodMinutes;
        this.holidays = holidays;
        this.makeupDays = makeupDays;
    }

    /** Mon-Fri, 09:00-12:00 and 13:30-17:30, the CN holiday file as it lies on the classpath. */
    static NaiveCalendar officeHours() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeupDays = new HashSet<>();
        try (InputStream in = NaiveCalendar.class.getClassLoader().getResourceAsStream("seeds/calendar/holidays-cn.json")) {
            JsonNode years = new ObjectMapper().readTree(in).get("years");
            years.forEach(year -> {
                year.get("holidays").forEach(day -> holidays.add(LocalDate.parse(day.get("date").asText())));
                year.get("makeupWorkdays").forEach(day -> makeupDays.add(LocalDate.parse(day.get("date").asText())));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NaiveCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new int[][] {{9 * 60, 12 * 60}, {13 * 60 + 30, 17 * 60 + 30}}, holidays, makeupDays);
    }

    static NaiveCalendar allDay() {
        return new NaiveCalendar(EnumSet.allOf(DayOfWeek.class), new int[][] {{0, 24 * 60}}, Set.of(), Set.of());
    }

    boolean isWorkingDay(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) ? !holidays.contains(day) : makeupDays.contains(day);
    }

    Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isZero()) {
            return start;
        }
        Duration left = amount;
        for (LocalDate day = date(start); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (int[] period : periodMinutes) {
                Instant from = later(start, at(day, period[0]));
                Instant to = at(day, period[1]);
                if (!from.isBefore(to)) {
                    continue;
                }
                Duration here = Duration.between(from, to);
                if (left.compareTo(here) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(here);
            }
        }
    }

    Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = date(from); !day.isAfter(date(to)); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (int[] period : periodMinutes) {
                Instant a = later(from, at(day, period[0]));
                Instant b = to.isBefore(at(day, period[1])) ? to : at(day, period[1]);
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    Instant plusWorkingDays(Instant start, int days) {
        LocalDate day = date(start);
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return at(day, periodMinutes[periodMinutes.length - 1][1]);
    }

    Instant nextWorkingInstant(Instant t) {
        for (LocalDate day = date(t); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (int[] period : periodMinutes) {
                if (t.isBefore(at(day, period[1]))) {
                    return later(t, at(day, period[0]));
                }
            }
        }
    }

    private static LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, SHANGHAI);
    }

    private static Instant at(LocalDate day, int minutes) {
        return day.atStartOfDay(SHANGHAI).plusMinutes(minutes).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
