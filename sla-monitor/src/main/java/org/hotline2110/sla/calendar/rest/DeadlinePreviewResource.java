package org.hotline2110.sla.calendar.rest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.WorkingCalendar;

/** For operators telling an enterprise when to expect an answer, and for anyone checking a deadline by hand. */
@Path("/api/v1/calendars/{calendar}/deadline")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
public class DeadlinePreviewResource {

    private static final int MAX_WORKING_DAYS = 3650;
    private static final BigDecimal MAX_WORKING_HOURS = BigDecimal.valueOf(24L * 3650);

    private final Calendars calendars;

    public DeadlinePreviewResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @Operation(summary = "The deadline of N working hours or N working days from a start instant")
    public DeadlinePreview preview(
            @Parameter(description = "Calendar name; the default policy's is `default`") @PathParam("calendar") String name,
            @Parameter(description = "ISO-8601 instant, with Z or an offset", example = "2026-11-24T10:30:00+08:00") @QueryParam("start") String start,
            @Parameter(description = "Working hours to add (may have decimals)", example = "2") @QueryParam("workingHours") String workingHours,
            @Parameter(description = "Working days to add; the start day is never counted", example = "10") @QueryParam("workingDays") String workingDays) {
        WorkingCalendar calendar = calendars.find(name)
                .orElseThrow(() -> ProblemException.notFound("calendar", name));
        Instant from = instant(start);
        Instant deadline;
        if ((workingHours == null) == (workingDays == null)) {
            throw ProblemException.invalid("workingHours", "give exactly one of workingHours and workingDays");
        } else if (workingHours != null) {
            deadline = calendar.plusWorkingTime(from, hours(workingHours));
        } else {
            deadline = calendar.plusWorkingDays(from, days(workingDays));
        }
        DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(calendar.zone());
        return new DeadlinePreview(calendar.name(), format.format(from), format.format(deadline),
                calendars.complete(calendar, from, deadline));
    }

    private static Instant instant(String start) {
        if (start == null || start.isBlank()) {
            throw ProblemException.invalid("start", "required: an ISO-8601 instant such as 2026-11-24T10:30:00+08:00");
        }
        try {
            return OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("start", "not an ISO-8601 instant with Z or an offset: " + start);
        }
    }

    private static Duration hours(String text) {
        try {
            BigDecimal hours = new BigDecimal(text);
            if (hours.signum() <= 0 || hours.compareTo(MAX_WORKING_HOURS) > 0) {
                throw ProblemException.invalid("workingHours", "must be more than 0 and at most " + MAX_WORKING_HOURS);
            }
            return Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("workingHours", "not a number: " + text);
        }
    }

    private static int days(String text) {
        try {
            int days = Integer.parseInt(text);
            if (days < 1 || days > MAX_WORKING_DAYS) {
                throw ProblemException.invalid("workingDays", "must be a whole number from 1 to " + MAX_WORKING_DAYS);
            }
            return days;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("workingDays", "not a whole number: " + text);
        }
    }
}
