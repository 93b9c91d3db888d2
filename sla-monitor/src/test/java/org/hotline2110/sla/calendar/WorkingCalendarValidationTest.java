package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Bad calendar data fails at once, with a message that names what is wrong; new years load without a restart. */
class WorkingCalendarValidationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final List<WorkingPeriod> OFFICE = List.of(WorkingPeriod.parse("09:00-12:00"),
            WorkingPeriod.parse("13:30-17:30"));

    private static WorkingCalendar office() {
        return WorkingCalendar.of("office", SHANGHAI, WEEKDAYS, OFFICE, true);
    }

    @Test
    void aMakeUpDayMustBeAWeekendDay() {
        Set<LocalDate> monday = Set.of(LocalDate.of(2026, 10, 12));

        assertThatThrownBy(() -> office().withYear(2026, Set.of(), monday))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-10-12").hasMessageContaining("MONDAY").hasMessageContaining("weekend");
    }

    @Test
    void aDayMustBelongToTheYearItIsListedFor() {
        assertThatThrownBy(() -> office().withYear(2026, Set.of(LocalDate.of(2027, 1, 1)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Holiday 2027-01-01 is not in the year 2026");
        assertThatThrownBy(() -> office().withYear(2026, Set.of(), Set.of(LocalDate.of(2025, 12, 28))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Make-up day 2025-12-28 is not in the year 2026");
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        Set<LocalDate> saturday = Set.of(LocalDate.of(2026, 10, 10));

        assertThatThrownBy(() -> office().withYear(2026, saturday, saturday))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10-10");
    }

    @Test
    void workingPeriodsMustBeValidOrderedAndApart() {
        assertThatThrownBy(() -> WorkingPeriod.parse("13:30-12:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> WorkingPeriod.parse("9h-12h"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'9h-12h'");
        assertThatThrownBy(() -> WorkingCalendar.of("x", SHANGHAI, WEEKDAYS,
                List.of(WorkingPeriod.parse("09:00-12:00"), WorkingPeriod.parse("11:00-14:00")), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("09:00-12:00 and 11:00-14:00 overlap or are out of order");
        assertThatThrownBy(() -> WorkingCalendar.of("x", SHANGHAI, WEEKDAYS, List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working periods");
        assertThatThrownBy(() -> WorkingCalendar.of("x", SHANGHAI, Set.of(), OFFICE, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working weekdays");
        assertThat(WorkingPeriod.parse("00:00-24:00")).hasToString("00:00-24:00");
    }

    @Test
    void negativeTimeAndFewerThanOneWorkingDayAreRefused() {
        Instant now = Instant.parse("2026-11-24T02:30:00Z");

        assertThatThrownBy(() -> office().plusWorkingTime(now, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> office().plusWorkingDays(now, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void aYearLoadedLaterReplacesTheWeekendOnlyRuleAndLeavesTheOldCalendarAlone() {
        WorkingCalendar before = office();
        LocalDate newYearsDay = LocalDate.of(2027, 1, 1);

        WorkingCalendar after = before.withYear(2027, Set.of(newYearsDay), Set.of(LocalDate.of(2027, 1, 2)));

        assertThat(after.isWorkingDay(newYearsDay)).isFalse();
        assertThat(after.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue();
        assertThat(after.coveredYears()).containsExactly(2027);
        assertThat(before.isWorkingDay(newYearsDay)).isTrue();
        assertThat(before.coveredYears()).isEmpty();
        assertThat(after.withYear(2027, Set.of(), Set.of()).isWorkingDay(newYearsDay)).as("replaced again").isTrue();
    }

    @Test
    void aCalendarThatWorksThroughHolidaysTakesNoYears() {
        WorkingCalendar allDay = WorkingCalendar.of("24x7", SHANGHAI, EnumSet.allOf(DayOfWeek.class),
                List.of(WorkingPeriod.parse("00:00-24:00")), false);

        assertThatThrownBy(() -> allDay.withYear(2026, Set.of(), Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("24x7");
    }
}
