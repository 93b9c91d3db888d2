package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closed-form arithmetic agrees with a plain day-by-day walk ({@link NaiveCalendar}) on random inputs. */
class WorkingCalendarOracleTest {

    private static final CalendarData SEEDS = CalendarData.fromSeeds(new ObjectMapper());

    private static NaiveCalendar oracle(String name) {
        return name.equals("default") ? NaiveCalendar.officeHours() : NaiveCalendar.allDay();
    }

    @ParameterizedTest
    @CsvSource({"default", "24x7"})
    void everyDayFrom2023To2028IsWorkedOrNotAsTheHolidayFileSays(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        NaiveCalendar oracle = oracle(name);
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(oracle.isWorkingDay(day));
        }
    }

    @ParameterizedTest
    @CsvSource({"default", "24x7"})
    void workingTimeAgrees(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        NaiveCalendar oracle = oracle(name);
        Samples samples = new Samples(7);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            Duration amount = samples.workingTime();
            Instant other = samples.within(start, start.plus(Duration.ofDays(45)));
            assertThat(calendar.plusWorkingTime(start, amount)).as("%s + %s", start, amount)
                    .isEqualTo(oracle.plusWorkingTime(start, amount));
            assertThat(calendar.workingTimeBetween(start, other)).as("%s .. %s", start, other)
                    .isEqualTo(oracle.workingTimeBetween(start, other));
        }
    }

    @ParameterizedTest
    @CsvSource({"default", "24x7"})
    void workingDaysAndTheNextWorkingInstantAgree(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        NaiveCalendar oracle = oracle(name);
        Samples samples = new Samples(11);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            int days = samples.workingDays();
            assertThat(calendar.plusWorkingDays(start, days)).as("%s + %d days", start, days)
                    .isEqualTo(oracle.plusWorkingDays(start, days));
            assertThat(calendar.nextWorkingInstant(start)).as("after %s", start)
                    .isEqualTo(oracle.nextWorkingInstant(start));
        }
    }
}
