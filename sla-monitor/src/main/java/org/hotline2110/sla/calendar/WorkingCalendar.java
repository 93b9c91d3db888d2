package org.hotline2110.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working-time arithmetic for the SLA clocks: which days are worked, the working periods of a working day, in
 * one time zone. Immutable, so one instance serves every thread; {@link #withYear} returns a new calendar.
 *
 * <p>Dates are ranked among working days in closed form ({@link WorkingDays}) and a working day's periods are
 * summed once, so adding 10,000 working days costs what adding one does. Working time is read on the zone's
 * wall clock: a daylight-saving change inside a working period would go unnoticed (Asia/Shanghai has none).
 */
public final class WorkingCalendar {

    private final String name;
    private final ZoneId zone;
    private final Set<DayOfWeek> weekdays;
    private final List<WorkingPeriod> periods;
    private final boolean observesHolidays;
    private final SortedMap<Integer, HolidayYear> years;
    private final WorkingDays dayIndex;
    private final long[] starts;
    private final long[] ends;
    private final long[] workedBeforePeriod;
    private final Duration dayLength;

    private WorkingCalendar(String name, ZoneId zone, Set<DayOfWeek> weekdays, List<WorkingPeriod> periods,
            boolean observesHolidays, SortedMap<Integer, HolidayYear> years) {
        this.name = name;
        this.zone = zone;
        this.weekdays = weekdays;
        this.periods = periods;
        this.observesHolidays = observesHolidays;
        this.years = Collections.unmodifiableSortedMap(years);
        this.dayIndex = new WorkingDays(weekdays,
                years.values().stream().flatMap(y -> y.holidays().stream()).toList(),
                years.values().stream().flatMap(y -> y.makeupDays().stream()).toList());
        starts = periods.stream().mapToLong(WorkingPeriod::startNanos).toArray();
        ends = periods.stream().mapToLong(WorkingPeriod::endNanos).toArray();
        workedBeforePeriod = new long[periods.size() + 1];
        for (int i = 0; i < periods.size(); i++) {
            workedBeforePeriod[i + 1] = workedBeforePeriod[i] + ends[i] - starts[i];
        }
        dayLength = Duration.ofNanos(workedBeforePeriod[periods.size()]);
    }

    /**
     * A calendar with no holiday year loaded yet; add years with {@link #withYear}.
     *
     * @param periods          the working periods of every working day, in order, not overlapping
     * @param observesHolidays false for a calendar that official holidays do not touch (24x7): it has no years
     *                         and is complete for any span
     */
    public static WorkingCalendar of(String name, ZoneId zone, Set<DayOfWeek> workingWeekdays,
            List<WorkingPeriod> periods, boolean observesHolidays) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A calendar needs a name");
        }
        Objects.requireNonNull(zone, "zone");
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("Calendar " + name + " has no working weekdays");
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Calendar " + name + " has no working periods");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).startNanos() < periods.get(i - 1).endNanos()) {
                throw new IllegalArgumentException("Calendar " + name + ": working periods " + periods.get(i - 1)
                        + " and " + periods.get(i) + " overlap or are out of order");
            }
        }
        return new WorkingCalendar(name, zone, Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays)),
                List.copyOf(periods), observesHolidays, new TreeMap<>());
    }

    /** This calendar with one year's official holiday data added or replaced (an admin loads new years live). */
    public WorkingCalendar withYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeupDays) {
        if (!observesHolidays) {
            throw new IllegalStateException("Calendar " + name + " observes no holidays");
        }
        SortedMap<Integer, HolidayYear> updated = new TreeMap<>(years);
        updated.put(year, HolidayYear.checked(year, holidays, makeupDays, weekdays));
        return new WorkingCalendar(name, zone, weekdays, periods, true, updated);
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<WorkingPeriod> periods() {
        return periods;
    }

    /** The years whose holiday data is loaded; in any other year only the regular weekdays are worked. */
    /** False for a calendar that official holidays do not touch (24x7). */
    public boolean observesHolidays() {
        return observesHolidays;
    }

    public Set<Integer> coveredYears() {
        return years.keySet();
    }

    /** Whether every year the span touches has its holiday data loaded, so that its arithmetic is official. */
    public boolean isComplete(Instant from, Instant to) {
        if (!observesHolidays) {
            return true;
        }
        int first = LocalDate.ofInstant(from.isBefore(to) ? from : to, zone).getYear();
        int last = LocalDate.ofInstant(from.isBefore(to) ? to : from, zone).getYear();
        return years.subMap(first, last + 1).size() == last - first + 1;
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayIndex.isWorkingDay(date.toEpochDay());
    }

    /**
     * The earliest instant by which {@code amount} of working time has passed since {@code start}: a deadline
     * reached at the end of a period is that end (12:00, not 13:30). A zero amount gives {@code start} itself,
     * even outside working hours, so that a clock with nothing left to run is due at once.
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Position from = position(start);
        Duration sinceOpening = amount.plusNanos(from.worked());
        long wholeDays = sinceOpening.dividedBy(dayLength);
        long rest = sinceOpening.minus(dayLength.multipliedBy(wholeDays)).toNanos();
        if (rest == 0) {
            return closeOfBusiness(dayIndex.select(from.rank() + wholeDays - 1));
        }
        return at(dayIndex.select(from.rank() + wholeDays), timeAfterWorking(rest));
    }

    /**
     * Close of business of the {@code days}-th working day after the start's date (PRC Civil Code arts. 201
     * and 203: the start day is never counted, the period ends when the working day's business ends).
     */
    public Instant plusWorkingDays(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Working days to add must be at least 1: " + days);
        }
        long startDay = LocalDate.ofInstant(start, zone).toEpochDay();
        return closeOfBusiness(dayIndex.select(dayIndex.rank(startDay + 1) + days - 1));
    }

    /**
     * An extension (延期): close of business of the {@code days}-th working day after the deadline's day, the day
     * whose working time the deadline ends. That differs from {@link #plusWorkingDays} only where business closes
     * at 24:00: such a deadline is the next day's midnight, yet belongs to the day before.
     */
    public Instant extendByWorkingDays(Instant deadline, int days) {
        return plusWorkingDays(deadline.minusNanos(1), days);
    }

    /** The working time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Position a = position(from);
        Position b = position(to);
        return dayLength.multipliedBy(b.rank() - a.rank()).plusNanos(b.worked() - a.worked());
    }

    /** {@code t} itself when it falls in a working period, else the start of the next working period. */
    public Instant nextWorkingInstant(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        long day = local.toLocalDate().toEpochDay();
        if (dayIndex.isWorkingDay(day)) {
            long time = local.toLocalTime().toNanoOfDay();
            for (int i = 0; i < starts.length; i++) {
                if (time < ends[i]) {
                    return time >= starts[i] ? t : at(day, starts[i]);
                }
            }
        }
        return at(dayIndex.select(dayIndex.rank(day + 1)), starts[0]);
    }

    /** Where an instant stands: the working days before its date, and the working time of its date before it. */
    private Position position(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        long day = local.toLocalDate().toEpochDay();
        long worked = dayIndex.isWorkingDay(day) ? workedBefore(local.toLocalTime().toNanoOfDay()) : 0;
        return new Position(dayIndex.rank(day), worked);
    }

    private long workedBefore(long nanoOfDay) {
        for (int i = 0; i < starts.length; i++) {
            if (nanoOfDay < ends[i]) {
                return workedBeforePeriod[i] + Math.max(0, nanoOfDay - starts[i]);
            }
        }
        return workedBeforePeriod[starts.length];
    }

    /** The time of day when {@code worked} of the day's working time has passed, 0 < worked <= day length. */
    private long timeAfterWorking(long worked) {
        int i = 0;
        while (worked > workedBeforePeriod[i + 1]) {
            i++;
        }
        return starts[i] + worked - workedBeforePeriod[i];
    }

    private Instant closeOfBusiness(long day) {
        return at(day, ends[ends.length - 1]);
    }

    private Instant at(long day, long nanoOfDay) {
        LocalDate date = LocalDate.ofEpochDay(day);
        if (nanoOfDay == WorkingPeriod.DAY_NANOS) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay)).atZone(zone).toInstant();
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + name + " " + zone + " " + weekdays + " " + periods + " years " + years.keySet()
                + "]";
    }

    private record Position(long rank, long worked) {
    }
}
