package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The seed data covers 2024-2026; from 1 November a year without its successor loaded is said to be missing. */
class CoverageTest {

    private static final Calendars CALENDARS = new Calendars(new ObjectMapper().findAndRegisterModules(),
            new SimpleMeterRegistry());
    private static final WorkingCalendar SEEDED = CALENDARS.get("default");
    private static final MonthDay NOVEMBER_FIRST = MonthDay.of(11, 1);

    @Test
    void theLastDayOfOctoberIsStillInTime() {
        Coverage coverage = Coverage.of(SEEDED, LocalDate.of(2026, 10, 31), NOVEMBER_FIRST);
        assertThat(coverage.nextYearMissing()).isFalse();
        assertThat(coverage.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(coverage.nextYear()).isEqualTo(2027);
    }

    @Test
    void fromTheFirstOfNovemberAMissingNextYearIsSaid() {
        Coverage coverage = Coverage.of(SEEDED, LocalDate.of(2026, 11, 1), NOVEMBER_FIRST);
        assertThat(coverage.nextYearMissing()).isTrue();
        assertThat(coverage.nextYear()).isEqualTo(2027);
    }

    @Test
    void theDayIsConfigurable() {
        assertThat(Coverage.of(SEEDED, LocalDate.of(2026, 9, 15), MonthDay.of(9, 15)).nextYearMissing()).isTrue();
        assertThat(Coverage.of(SEEDED, LocalDate.of(2026, 9, 14), MonthDay.of(9, 15)).nextYearMissing()).isFalse();
    }

    @Test
    void loadingTheYearClearsIt() {
        WorkingCalendar loaded = SEEDED.withYear(2027, Set.of(LocalDate.of(2027, 1, 1)), Set.of());
        Coverage coverage = Coverage.of(loaded, LocalDate.of(2026, 12, 2), NOVEMBER_FIRST);
        assertThat(coverage.nextYearMissing()).isFalse();
        assertThat(coverage.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(coverage.nextYear()).isEqualTo(2028);
    }

    @Test
    void aYearLoadedBeyondAGapDoesNotHideTheGap() {
        WorkingCalendar gap = SEEDED.withYear(2028, Set.of(LocalDate.of(2028, 1, 3)), Set.of());
        Coverage coverage = Coverage.of(gap, LocalDate.of(2026, 12, 2), NOVEMBER_FIRST);
        assertThat(coverage.nextYearMissing()).isTrue();
        assertThat(coverage.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(coverage.nextYear()).isEqualTo(2027);
    }

    @Test
    void aYearBegunWithoutDataIsMissingWhateverTheMonth() {
        Coverage coverage = Coverage.of(SEEDED, LocalDate.of(2027, 3, 1), NOVEMBER_FIRST);
        assertThat(coverage.nextYearMissing()).isTrue();
        assertThat(coverage.nextYear()).isEqualTo(2027);
        assertThat(coverage.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aCalendarWithoutHolidaysNeverMissesAYear() {
        Coverage coverage = Coverage.of(CALENDARS.get("24x7"), LocalDate.of(2027, 12, 1), NOVEMBER_FIRST);
        assertThat(coverage.nextYearMissing()).isFalse();
        assertThat(coverage.lastCoveredDay()).isNull();
    }
}
