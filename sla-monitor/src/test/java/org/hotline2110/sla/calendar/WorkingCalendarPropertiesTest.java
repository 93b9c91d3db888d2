package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants of the arithmetic, each over {@value Samples#CASES} seeded random cases per calendar; a failure names
 * its inputs and the fixed seed reproduces it. Plain JUnit rather than jqwik: jqwik's releases target JUnit
 * Platform 1.x while Quarkus brings 6.x, and from 1.10 its maintainers ask AI coding agents not to use it.
 */
class WorkingCalendarPropertiesTest {

    private static final CalendarData SEEDS = CalendarData.fromSeeds(new ObjectMapper());
    private static final long SEED = 2110;

    private static Duration dayLength(WorkingCalendar calendar) {
        return calendar.periods().stream().map(p -> Duration.ofNanos(p.endNanos() - p.startNanos()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void aDeadlineIsNeverBeforeItsStart(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            Duration amount = samples.workingTime();
            int days = samples.workingDays();
            assertThat(calendar.plusWorkingTime(start, amount)).as("%s + %s", start, amount).isAfterOrEqualTo(start);
            assertThat(calendar.plusWorkingDays(start, days)).as("%s + %d days", start, days).isAfter(start);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void aLaterStartOrMoreTimeNeverGivesAnEarlierDeadline(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant a = samples.instant();
            Instant b = samples.instant();
            Instant early = a.isBefore(b) ? a : b;
            Instant late = a.isBefore(b) ? b : a;
            Duration x = samples.workingTime();
            Duration y = samples.workingTime();
            Duration less = x.compareTo(y) < 0 ? x : y;
            Duration more = x.compareTo(y) < 0 ? y : x;
            int days = samples.workingDays();
            assertThat(calendar.plusWorkingTime(early, x)).as("%s, %s + %s", early, late, x)
                    .isBeforeOrEqualTo(calendar.plusWorkingTime(late, x));
            assertThat(calendar.plusWorkingTime(early, less)).as("%s + %s, %s", early, less, more)
                    .isBeforeOrEqualTo(calendar.plusWorkingTime(early, more));
            assertThat(calendar.plusWorkingDays(early, days)).as("%s, %s + %d days", early, late, days)
                    .isBeforeOrEqualTo(calendar.plusWorkingDays(late, days));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void measuringTheWorkingTimeAddedGivesItBack(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            Duration amount = samples.workingTime();
            Instant deadline = calendar.plusWorkingTime(start, amount);
            assertThat(calendar.workingTimeBetween(start, deadline)).as("%s + %s", start, amount).isEqualTo(amount);
            if (!amount.isZero()) {
                Instant justBefore = deadline.minusNanos(1);
                assertThat(calendar.nextWorkingInstant(justBefore)).as("the nanosecond before %s + %s is worked", start, amount)
                        .isEqualTo(justBefore);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void addingTheWorkingTimeMeasuredReachesTheEndOrTheLastWorkedInstantBeforeIt(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant a = samples.instant();
            Instant b = samples.within(a, a.plus(Duration.ofDays(40)));
            Duration measured = calendar.workingTimeBetween(a, b);
            Instant reached = calendar.plusWorkingTime(a, measured);
            assertThat(reached).as("%s .. %s", a, b).isBeforeOrEqualTo(b);
            assertThat(calendar.workingTimeBetween(reached, b)).as("%s .. %s", a, b).isZero();
            boolean workedUpToB = calendar.nextWorkingInstant(b.minusNanos(1)).equals(b.minusNanos(1));
            if (workedUpToB && !measured.isZero()) {
                assertThat(reached).as("%s .. %s", a, b).isEqualTo(b);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void workingTimeAddsUpInAnyInstalments(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            Duration first = samples.workingTime();
            Duration second = samples.workingTime();
            assertThat(calendar.plusWorkingTime(calendar.plusWorkingTime(start, first), second))
                    .as("%s + %s + %s", start, first, second)
                    .isEqualTo(calendar.plusWorkingTime(start, first.plus(second)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void workingDaysEndAtCloseOfBusinessOfAWorkingDayAndChainLikeExtensions(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        List<WorkingPeriod> periods = calendar.periods();
        LocalTime closing = periods.get(periods.size() - 1).end();
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            int days = samples.workingDays();
            int more = samples.workingDays();
            Instant deadline = calendar.plusWorkingDays(start, days);
            LocalDateTime lastWorked = LocalDateTime.ofInstant(deadline.minusNanos(1), calendar.zone());
            assertThat(lastWorked.toLocalTime().plusNanos(1)).as("%s + %d days", start, days).isEqualTo(closing);
            assertThat(calendar.isWorkingDay(lastWorked.toLocalDate())).as("%s + %d days", start, days).isTrue();
            assertThat(calendar.workingTimeBetween(deadline, calendar.plusWorkingDays(start, days + 1)))
                    .as("%s + %d days", start, days).isEqualTo(dayLength(calendar));
            assertThat(calendar.extendByWorkingDays(deadline, more)).as("%s + %d + %d days", start, days, more)
                    .isEqualTo(calendar.plusWorkingDays(start, days + more));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void wholeDaysOfWorkingHoursFromMidnightEndWhereWorkingDaysDo(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            LocalDateTime day = LocalDateTime.ofInstant(samples.instant(), calendar.zone()).toLocalDate().atStartOfDay();
            Instant midnight = day.atZone(calendar.zone()).toInstant();
            int days = 1 + samples.workingDays();
            Instant byHours = calendar.plusWorkingTime(midnight, dayLength(calendar).multipliedBy(days));
            // a working start day is the first of the days worked; working days never count the start day
            int counted = calendar.isWorkingDay(day.toLocalDate()) ? days - 1 : days;
            assertThat(byHours).as("%s + %d days of hours", day, days).isEqualTo(calendar.plusWorkingDays(midnight, counted));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void aPauseOutsideWorkingTimeMovesNoDeadline(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        int outside = 0;
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            Instant deadline = calendar.plusWorkingTime(start, samples.workingTime());
            Instant paused = samples.within(start, start.plus(Duration.ofDays(5)));
            Instant resumed = samples.within(paused, calendar.nextWorkingInstant(paused));
            Duration pause = calendar.workingTimeBetween(paused, resumed);
            assertThat(pause).as("paused %s, resumed %s", paused, resumed).isZero();
            assertThat(calendar.plusWorkingTime(deadline, pause)).isEqualTo(deadline);
            outside += resumed.isAfter(paused) ? 1 : 0;
        }
        if (name.equals("default")) {
            assertThat(outside).as("pauses that really lay outside working time").isGreaterThan(Samples.CASES / 4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "24x7"})
    void aResumedDeadlineHasExactlyThePausedWorkingTimeMore(String name) {
        WorkingCalendar calendar = SEEDS.calendar(name);
        Samples samples = new Samples(SEED);
        for (int i = 0; i < Samples.CASES; i++) {
            Instant start = samples.instant();
            Duration length = samples.workingTime();
            Instant deadline = calendar.plusWorkingTime(start, length);
            Instant paused = samples.within(start, deadline);
            Instant resumed = samples.within(paused, paused.plus(Duration.ofDays(9)));
            Duration pause = calendar.workingTimeBetween(paused, resumed);
            Instant moved = calendar.plusWorkingTime(deadline, pause);
            assertThat(calendar.workingTimeBetween(start, moved)).as("%s + %s, paused %s..%s", start, length, paused, resumed)
                    .isEqualTo(length.plus(pause));
            assertThat(calendar.workingTimeBetween(resumed, moved)).as("%s + %s, paused %s..%s", start, length, paused, resumed)
                    .isEqualTo(calendar.workingTimeBetween(paused, deadline));
        }
    }
}
