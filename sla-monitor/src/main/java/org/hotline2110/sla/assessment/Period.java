package org.hotline2110.sla.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.hotline2110.platform.problem.ProblemException;

/**
 * The days an assessment covers, {@code from} to {@code to} inclusive in Asia/Shanghai, and the instant its figures
 * stand at: the period's end, or now while the period is still running ({@code provisional}). Judging at the
 * period's end is what makes a closed period give the same figures whenever it is exported: what happens after it
 * (a late resolution, a call-back) belongs to no figure of it.
 */
public record Period(LocalDate from, LocalDate to, Instant start, Instant end, Instant asOf, boolean provisional) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long MAX_DAYS = 3 * 366;

    public static Period of(String from, String to, Instant now) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must be on or after from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalid("to", "a period is at most " + MAX_DAYS + " days");
        }
        Instant start = first.atStartOfDay(ZONE).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZONE).toInstant();
        boolean running = now.isBefore(end);
        return new Period(first, last, start, end, running ? now : end, running);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required: an ISO date such as 2026-01-01");
        }
        if (text.length() > 10) {
            throw ProblemException.invalid(field, "not an ISO date: " + text.substring(0, 10) + "...");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "not an ISO date: " + text);
        }
    }
}
