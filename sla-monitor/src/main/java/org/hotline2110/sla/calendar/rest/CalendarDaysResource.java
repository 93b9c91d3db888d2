package org.hotline2110.sla.calendar.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.WorkingCalendar;

/**
 * Which days are working days. Other services ask here rather than keep a copy of the calendar (notification-service
 * sends its morning digest on working days only). Open without a token: the calendar is the State Council's public
 * notice, and a service asking needs no credentials of its own.
 */
@Path("/api/v1/calendars/{calendar}/days")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CalendarDaysResource {

    private static final int MAX_DAYS = 366;

    private final Calendars calendars;

    public CalendarDaysResource(Calendars calendars) {
        this.calendars = calendars;
    }

    /** One day; {@code complete} is false when the calendar has no holiday data for its year (weekends only). */
    public record CalendarDay(LocalDate date, boolean workingDay, boolean complete) {
    }

    @GET
    @Operation(summary = "Whether each day from `from` to `to` (inclusive, at most 366 days) is a working day")
    public List<CalendarDay> days(
            @Parameter(description = "Calendar name; the default policy's is `default`") @PathParam("calendar") String name,
            @Parameter(description = "First day, ISO date", example = "2026-09-28") @QueryParam("from") String from,
            @Parameter(description = "Last day, ISO date", example = "2026-10-11") @QueryParam("to") String to) {
        WorkingCalendar calendar = calendars.find(name).orElseThrow(() -> ProblemException.notFound("calendar", name));
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalid("to", "must be on or after from and at most " + MAX_DAYS + " days on");
        }
        return first.datesUntil(last.plusDays(1))
                .map(day -> new CalendarDay(day, calendar.isWorkingDay(day),
                        calendar.coveredYears().contains(day.getYear())))
                .toList();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required: an ISO date such as 2026-10-01");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "not an ISO date: " + text);
        }
    }
}
