package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendars as seeds/calendar/ defines them. */
class CalendarDataTest {

    private static final CalendarData SEEDS = CalendarData.fromSeeds(new ObjectMapper());

    @Test
    void theSeedsDefineTheOfficeCalendarAndTheAllDayOne() {
        WorkingCalendar office = SEEDS.calendar("default");
        WorkingCalendar allDay = SEEDS.calendar("24x7");

        assertThat(SEEDS.names()).containsExactly("24x7", "default");
        assertThat(office.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(office.periods()).hasToString("[09:00-12:00, 13:30-17:30]");
        assertThat(office.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(allDay.periods()).hasToString("[00:00-24:00]");
        assertThat(allDay.coveredYears()).isEmpty();
    }

    /** Weekdays, less the holidays on weekdays, plus the make-up days: 2024 and 2025 as published (251, 248). */
    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2024, 251", "2025, 248", "2026, 248"})
    void eachYearOfTheOfficialListHasItsNumberOfWorkingDays(int year, int workingDays) {
        WorkingCalendar office = SEEDS.calendar("default");

        assertThat(LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(office::isWorkingDay))
                .hasSize(workingDays);
    }

    @Test
    void anUnknownCalendarIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> SEEDS.calendar("weekend"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'weekend'").hasMessageContaining("[24x7, default]");
    }
}
