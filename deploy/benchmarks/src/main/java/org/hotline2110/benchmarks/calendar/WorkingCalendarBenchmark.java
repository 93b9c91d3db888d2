package org.hotline2110.benchmarks.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.sla.calendar.CalendarData;
import org.hotline2110.sla.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SLA clocks' calendar arithmetic on the seeded default calendar. Starts cycle through a year of random
 * instants, so that branch prediction and caches see weekdays, nights, weekends and holidays as a live service
 * does rather than one instant over and over.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingCalendarBenchmark {

    private static final int STARTS = 1 << 12;
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private WorkingCalendar calendar;
    private final Instant[] starts = new Instant[STARTS];
    private final Instant[] tenWorkingDaysLater = new Instant[STARTS];
    private int next;

    @Setup
    public void setUp() {
        calendar = CalendarData.fromSeeds(new ObjectMapper()).calendar("default");
        Instant newYear = LocalDate.of(2026, 1, 1).atStartOfDay(calendar.zone()).toInstant();
        Random random = new Random(2110);
        for (int i = 0; i < STARTS; i++) {
            starts[i] = newYear.plusSeconds(random.nextInt(365 * 86_400));
            tenWorkingDaysLater[i] = calendar.plusWorkingDays(starts[i], 10);
        }
    }

    private int nextIndex() {
        next = (next + 1) & (STARTS - 1);
        return next;
    }

    @Benchmark
    public Instant plusTwoWorkingHours() {
        return calendar.plusWorkingTime(starts[nextIndex()], TWO_HOURS);
    }

    @Benchmark
    public Instant plusOneWorkingDay() {
        return calendar.plusWorkingDays(starts[nextIndex()], 1);
    }

    @Benchmark
    public Instant plusTenWorkingDays() {
        return calendar.plusWorkingDays(starts[nextIndex()], 10);
    }

    /** Against {@link #plusOneWorkingDay}: the arithmetic does not walk the days. */
    @Benchmark
    public Instant plusTenThousandWorkingDays() {
        return calendar.plusWorkingDays(starts[nextIndex()], 10_000);
    }

    @Benchmark
    public Duration workingTimeOverTenWorkingDays() {
        int i = nextIndex();
        return calendar.workingTimeBetween(starts[i], tenWorkingDaysLater[i]);
    }
}
