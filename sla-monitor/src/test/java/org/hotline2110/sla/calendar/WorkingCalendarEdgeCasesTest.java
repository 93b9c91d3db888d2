package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges where working-time arithmetic goes wrong: period bounds, weekends, holidays, years, 24x7. */
class WorkingCalendarEdgeCasesTest {

    private static final CalendarData SEEDS = CalendarData.fromSeeds(new ObjectMapper());
    private static final WorkingCalendar DEFAULT = SEEDS.calendar("default");
    private static final WorkingCalendar ALL_DAY = SEEDS.calendar("24x7");

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime + "+08:00").toInstant();
    }

    @ParameterizedTest(name = "{0} + {1}: {3}")
    @CsvSource(textBlock = """
            2026-11-24T12:00,    PT2H,   2026-11-24T15:30,  starts at the lunch break
            2026-11-24T13:30,    PT2H,   2026-11-24T15:30,  starts as the afternoon opens
            2026-11-24T17:30,    PT2H,   2026-11-25T11:00,  starts at closing time
            2026-11-24T09:00,    PT2H,   2026-11-24T11:00,  starts at opening time
            2026-11-24T08:15,    PT2H,   2026-11-24T11:00,  starts before opening
            2026-11-24T10:00,    PT2H,   2026-11-24T12:00,  ends at the lunch break, not 13:30
            2026-11-24T15:30,    PT2H,   2026-11-24T17:30,  ends at closing time, not next morning
            2026-11-24T11:00,    PT5H,   2026-11-24T17:30,  ends at closing time across lunch
            2026-11-24T11:59:59, PT1S,   2026-11-24T12:00,  the last second of the morning
            2026-11-24T12:00,    PT1S,   2026-11-24T13:30:01, the first second of the afternoon
            2026-02-28T16:30,    PT2H,   2026-03-02T10:00,  starts on a make-up Saturday
            2026-04-03T16:00,    PT2H,   2026-04-07T09:30,  the Friday before Qingming (Sat-Mon off)
            2026-11-27T22:00,    PT2H,   2026-11-30T11:00,  Friday night to Monday
            2025-12-31T17:00,    PT2H,   2026-01-04T10:30,  across the new year to a make-up Sunday
            2026-11-24T10:30,    PT70H,  2026-12-08T10:30,  ten working days of hours
            2026-11-29T20:00,    PT0S,   2026-11-29T20:00,  zero is the start itself, even on a Sunday night
            """)
    void workingHoursSkipWhatIsNotWorked(String start, Duration amount, String deadline, String why) {
        assertThat(DEFAULT.plusWorkingTime(at(start), amount)).isEqualTo(at(deadline));
        assertThat(DEFAULT.workingTimeBetween(at(start), at(deadline))).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} + {1} working days: {3}")
    @CsvSource(textBlock = """
            2025-12-31T10:00,  1,    2026-01-04T17:30,  a year boundary onto a make-up Sunday
            2026-02-14T09:00,  1,    2026-02-24T17:30,  a make-up Saturday before Spring Festival
            2026-04-03T23:59,  1,    2026-04-07T17:30,  late on the day before a holiday
            2026-11-24T17:45,  1,    2026-11-25T17:30,  after closing: the start day still never counts
            2026-11-28T00:00,  1,    2026-11-30T17:30,  a Saturday counts from Monday
            2026-12-30T10:00,  2,    2027-01-01T17:30,  2027 has no data: New Year's Day is a working day
            """)
    void workingDaysEndAtCloseOfBusiness(String start, int days, String deadline, String why) {
        assertThat(DEFAULT.plusWorkingDays(at(start), days)).isEqualTo(at(deadline));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(textBlock = """
            2026-11-24T10:00,  2026-11-24T10:00,  inside a period: itself
            2026-11-24T09:00,  2026-11-24T09:00,  at opening: itself
            2026-11-24T12:00,  2026-11-24T13:30,  at the lunch break
            2026-11-24T12:45,  2026-11-24T13:30,  over lunch
            2026-11-24T17:30,  2026-11-25T09:00,  at closing time
            2026-11-24T02:00,  2026-11-24T09:00,  at night
            2026-11-28T10:00,  2026-11-30T09:00,  on a Saturday
            2026-09-30T22:00,  2026-10-08T09:00,  on the eve of National Day
            2026-10-09T18:00,  2026-10-10T09:00,  before a make-up Saturday
            """)
    void aYellowAlertRaisedOutsideWorkingTimeWaitsForTheNextPeriod(String t, String next, String why) {
        assertThat(DEFAULT.nextWorkingInstant(at(t))).isEqualTo(at(next));
    }

    @Test
    void workingDaysFollowTheOfficialListOnlyWhereItHasData() {
        assertThat(DEFAULT.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day, a Thursday").isFalse();
        assertThat(DEFAULT.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(DEFAULT.isWorkingDay(LocalDate.of(2026, 10, 11))).as("plain Sunday").isFalse();
        assertThat(DEFAULT.isWorkingDay(LocalDate.of(2027, 1, 1))).as("2027, no data: a Friday").isTrue();
        assertThat(DEFAULT.isWorkingDay(LocalDate.of(2027, 1, 2))).as("2027, no data: a Saturday").isFalse();
    }

    @Test
    void aSpanIsCompleteOnlyWhenEveryYearItTouchesHasHolidayData() {
        assertThat(DEFAULT.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(DEFAULT.isComplete(at("2024-01-01T00:00"), at("2026-12-31T23:59"))).isTrue();
        assertThat(DEFAULT.isComplete(at("2026-12-30T10:00"), DEFAULT.plusWorkingDays(at("2026-12-30T10:00"), 2)))
                .isFalse();
        assertThat(DEFAULT.isComplete(at("2023-12-31T10:00"), at("2024-01-02T10:00"))).isFalse();
        assertThat(DEFAULT.isComplete(at("2027-03-01T10:00"), at("2027-03-02T10:00"))).isFalse();
    }

    @Test
    void seventyWorkingHoursFromAnOpeningAreTenWorkingDaysCountingThatDay() {
        Instant mondayOpening = at("2026-11-23T09:00");

        assertThat(DEFAULT.plusWorkingTime(mondayOpening, Duration.ofHours(70)))
                .isEqualTo(DEFAULT.plusWorkingDays(mondayOpening, 9))
                .isEqualTo(at("2026-12-04T17:30"));
    }

    @Test
    void tenThousandWorkingDaysLandOnAWorkingDayAtCloseOfBusiness() {
        Instant deadline = DEFAULT.plusWorkingDays(at("2026-11-24T10:30"), 10_000);

        LocalDateTime local = LocalDateTime.ofInstant(deadline, DEFAULT.zone());
        assertThat(local.toLocalTime()).hasToString("17:30");
        assertThat(DEFAULT.isWorkingDay(local.toLocalDate())).isTrue();
        assertThat(DEFAULT.workingTimeBetween(DEFAULT.plusWorkingDays(at("2026-11-24T10:30"), 1), deadline))
                .isEqualTo(Duration.ofHours(7 * 9_999));
    }

    @Test
    void anExtensionCountsFromTheDayTheDeadlineEnds() {
        Instant resolveBy = at("2026-12-08T17:30");
        Instant sundayMidnight = ALL_DAY.plusWorkingDays(at("2026-10-03T23:00"), 1);

        assertThat(DEFAULT.extendByWorkingDays(resolveBy, 10)).isEqualTo(at("2026-12-22T17:30"));
        assertThat(ALL_DAY.extendByWorkingDays(sundayMidnight, 1)).as("end of Monday").isEqualTo(at("2026-10-06T00:00"));
    }

    @Test
    void aYearWithEveryWeekendWorkedCountsEveryDay() {
        Set<LocalDate> weekends = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(day -> day.getDayOfWeek().getValue() > 5).collect(Collectors.toSet());
        WorkingCalendar noWeekends = WorkingCalendar.of("no-weekends", DEFAULT.zone(),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DEFAULT.periods(), true)
                .withYear(2026, Set.of(), weekends);

        assertThat(noWeekends.plusWorkingDays(at("2026-01-01T10:00"), 300)).isEqualTo(at("2026-10-28T17:30"));
        assertThat(noWeekends.workingTimeBetween(at("2026-01-01T00:00"), at("2027-01-01T00:00")))
                .isEqualTo(Duration.ofHours(7 * 365));
    }

    @Test
    void theAllDayCalendarCountsEveryHourOfEveryDay() {
        Instant saturdayNight = at("2026-10-03T23:00");

        assertThat(ALL_DAY.plusWorkingTime(saturdayNight, Duration.ofHours(2))).isEqualTo(at("2026-10-04T01:00"));
        assertThat(ALL_DAY.workingTimeBetween(saturdayNight, at("2026-10-08T23:00"))).isEqualTo(Duration.ofDays(5));
        assertThat(ALL_DAY.plusWorkingDays(saturdayNight, 1)).as("end of Sunday").isEqualTo(at("2026-10-05T00:00"));
        assertThat(ALL_DAY.nextWorkingInstant(saturdayNight)).isEqualTo(saturdayNight);
        assertThat(ALL_DAY.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(ALL_DAY.coveredYears()).isEmpty();
        assertThat(ALL_DAY.isComplete(at("2030-01-01T00:00"), at("2031-01-01T00:00"))).isTrue();
    }
}
