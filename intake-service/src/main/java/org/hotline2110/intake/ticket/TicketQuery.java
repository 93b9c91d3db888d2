package org.hotline2110.intake.ticket;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.problem.ProblemException;

/** The query string of the ticket search, checked one parameter at a time so that a refusal names the parameter. */
final class TicketQuery {

    /** Operators speak of days in the hotline's zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final int MAX_SIZE = 200;

    private TicketQuery() {
    }

    static TicketSearch search(String number, String enterprise, String creditCode, String status, String topic,
            String department, String from, String to) {
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new TicketSearch(
                text("number", number, 15),
                text("enterprise", enterprise, 100),
                text("creditCode", creditCode, 18),
                status("status", status),
                text("topic", topic, 40),
                text("department", department, 40),
                fromDay == null ? null : fromDay.atStartOfDay(ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZONE).toInstant(),
                false);
    }

    static void page(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (page > Paging.MAX_PAGE) {
            throw ProblemException.invalid("page", Paging.MAX_PAGE_MESSAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static TicketState status(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TicketState.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(TicketState.values()));
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2026-11-24");
        }
    }
}
