package org.hotline2110.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Which dates are working days, and their order, in closed form: the regular weekdays by week arithmetic,
 * corrected by sorted arrays of holidays and make-up days. Ranking a date or finding the n-th working day costs
 * a few binary searches however far apart the dates are. Dates are epoch days.
 */
final class WorkingDays {

    /** 1970-01-05, the first Monday after the epoch: week arithmetic starts from there. */
    private static final long A_MONDAY = 4;

    private final boolean[] regular = new boolean[7];
    private final int[] regularBefore = new int[8];
    private final int[] regularOffsets;
    private final long[] holidays;
    private final long[] makeupDays;

    /**
     * @param holidays   regular weekdays off; holidays on other days change nothing and are ignored
     * @param makeupDays days outside the regular weekdays that are worked
     */
    WorkingDays(Set<DayOfWeek> weekdays, Collection<LocalDate> holidays, Collection<LocalDate> makeupDays) {
        regularOffsets = new int[weekdays.size()];
        for (int offset = 0, found = 0; offset < 7; offset++) {
            regular[offset] = weekdays.contains(DayOfWeek.of(offset + 1));
            regularBefore[offset + 1] = regularBefore[offset] + (regular[offset] ? 1 : 0);
            if (regular[offset]) {
                regularOffsets[found++] = offset;
            }
        }
        this.holidays = holidays.stream().mapToLong(LocalDate::toEpochDay).filter(this::isRegular).sorted().toArray();
        this.makeupDays = makeupDays.stream().mapToLong(LocalDate::toEpochDay).sorted().toArray();
    }

    boolean isWorkingDay(long day) {
        return isRegular(day) ? Arrays.binarySearch(holidays, day) < 0 : Arrays.binarySearch(makeupDays, day) >= 0;
    }

    /** How many working days come before this one: the rank of the day itself if it is a working day. */
    long rank(long day) {
        return regularBefore(day) - countBefore(holidays, day) + countBefore(makeupDays, day);
    }

    /** The working day of this rank. */
    long select(long rank) {
        // each holiday or make-up day moves a working day by one place at most from where weekdays alone put it
        long low = regularSelect(rank - makeupDays.length) - 7;
        long high = regularSelect(rank + holidays.length);
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (rank(middle + 1) > rank) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private boolean isRegular(long day) {
        return regular[Math.floorMod(day - A_MONDAY, 7)];
    }

    private long regularBefore(long day) {
        long sinceMonday = day - A_MONDAY;
        return Math.floorDiv(sinceMonday, 7) * regularOffsets.length + regularBefore[Math.floorMod(sinceMonday, 7)];
    }

    private long regularSelect(long rank) {
        long week = Math.floorDiv(rank, regularOffsets.length);
        return A_MONDAY + week * 7 + regularOffsets[Math.floorMod(rank, regularOffsets.length)];
    }

    private static long countBefore(long[] sorted, long day) {
        int index = Arrays.binarySearch(sorted, day);
        return index >= 0 ? index : -index - 1;
    }
}
