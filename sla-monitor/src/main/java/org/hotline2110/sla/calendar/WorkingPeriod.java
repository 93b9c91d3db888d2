package org.hotline2110.sla.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One span of working hours in a working day, from {@code start} inclusive to {@code end} exclusive. An end of
 * 00:00 stands for 24:00, which {@link LocalTime} cannot hold: a 24x7 calendar is the single period 00:00-24:00.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    static final long DAY_NANOS = LocalTime.MAX.toNanoOfDay() + 1;

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.toNanoOfDay() >= endOfDay(end)) {
            throw new IllegalArgumentException("Working period " + start + "-" + end + " ends before it starts");
        }
    }

    /** Reads {@code "09:00-12:00"}; {@code "24:00"} is accepted as an end. */
    public static WorkingPeriod parse(String text) {
        String[] bounds = text.split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("Working period '" + text + "' is not of the form HH:MM-HH:MM");
        }
        try {
            LocalTime end = bounds[1].trim().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(bounds[1].trim());
            return new WorkingPeriod(LocalTime.parse(bounds[0].trim()), end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Working period '" + text + "' has an invalid time", e);
        }
    }

    long startNanos() {
        return start.toNanoOfDay();
    }

    long endNanos() {
        return endOfDay(end);
    }

    private static long endOfDay(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? DAY_NANOS : end.toNanoOfDay();
    }

    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
