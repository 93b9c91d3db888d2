package org.hotline2110.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * Seeded random inputs for the property tests: instants from late 2023 to 2027 (both ends outside the holiday
 * data), half of them on the edges of working periods and of days, where arithmetic goes wrong.
 */
final class Samples {

    static final int CASES = 3_000;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.of(2023, 12, 1);
    private static final int SPAN_DAYS = 4 * 366 + 31;
    private static final LocalTime[] EDGES = {
        LocalTime.MIDNIGHT, LocalTime.of(8, 59, 59), LocalTime.of(9, 0), LocalTime.of(9, 0, 1), LocalTime.of(11, 59, 59),
        LocalTime.of(12, 0), LocalTime.of(12, 45), LocalTime.of(13, 29, 59), LocalTime.of(13, 30),
        LocalTime.of(17, 29, 59), LocalTime.of(17, 30), LocalTime.of(17, 30, 1), LocalTime.of(23, 59, 59),
        LocalTime.MAX,
    };

    private final Random random;

    Samples(long seed) {
        random = new Random(seed);
    }

    Instant instant() {
        LocalDate day = FIRST.plusDays(random.nextInt(SPAN_DAYS));
        LocalTime time = random.nextBoolean()
                ? EDGES[random.nextInt(EDGES.length)]
                : LocalTime.ofSecondOfDay(random.nextInt(86_400)).withNano(random.nextInt(10) == 0 ? random.nextInt(1_000_000_000) : 0);
        return day.atTime(time).atZone(SHANGHAI).toInstant();
    }

    /** Up to about 100 working hours: round half hours, odd seconds, whole 7-hour days, odd nanoseconds, zero. */
    Duration workingTime() {
        return switch (random.nextInt(6)) {
            case 0 -> Duration.ofMinutes(30L * random.nextInt(200));
            case 1 -> Duration.ofSeconds(1 + random.nextInt(360_000));
            case 2 -> Duration.ofSeconds(1 + random.nextInt(7_200));
            case 3 -> Duration.ofHours(7L * (1 + random.nextInt(14)));
            case 4 -> Duration.ofNanos(1 + (long) (random.nextDouble() * 72_000e9));
            default -> random.nextInt(4) == 0 ? Duration.ZERO : Duration.ofMinutes(1 + random.nextInt(600));
        };
    }

    int workingDays() {
        return 1 + random.nextInt(random.nextBoolean() ? 12 : 60);
    }

    Instant within(Instant from, Instant to) {
        long span = Duration.between(from, to).toNanos();
        return span <= 0 ? from : from.plusNanos((long) (random.nextDouble() * span));
    }
}
