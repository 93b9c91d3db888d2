package org.hotline2110.sla.calendar.rest;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.calendar.CalendarCoverage;
import org.hotline2110.sla.calendar.CalendarYears;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.HolidayFile;
import org.hotline2110.sla.calendar.Coverage;
import org.hotline2110.sla.calendar.WorkingCalendar;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.smallrye.mutiny.Uni;

/** The working-day calendars, and the administrator's loading of a year's official holidays. */
@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CalendarResource {

    private final Calendars calendars;
    private final CalendarYears years;
    private final Caller caller;
    private final CalendarCoverage coverage;

    public CalendarResource(Calendars calendars, CalendarYears years, Caller caller, CalendarCoverage coverage) {
        this.calendars = calendars;
        this.years = years;
        this.caller = caller;
        this.coverage = coverage;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The calendars, their working hours and the years whose holidays are loaded")
    public List<CalendarSummary> list() {
        return calendars.all().values().stream()
                .sorted(Comparator.comparing(WorkingCalendar::name))
                .map(calendar -> CalendarSummary.of(calendar, coverage.of(calendar)))
                .toList();
    }

    @PUT
    @Path("{calendar}/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load or replace a year's holidays and make-up working days; running clocks are recomputed in the background, met clocks keep their outcome")
    public Uni<CalendarSummary> loadYear(@PathParam("calendar") String name,
            @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year,
            @NotNull(message = "a body with holidays and makeupWorkdays is required") @Valid HolidayYearInput days) {
        if (calendars.find(name).isEmpty()) {
            throw ProblemException.notFound("calendar", name);
        }
        HolidayFile.Year checked = days.toYear();
        try {
            return years.load(name, year, checked, caller.name())
                    .map(calendar -> CalendarSummary.of(calendar, coverage.of(calendar)));
        } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            throw ProblemException.invalid("days", e.getMessage());
        }
    }

    @Schema(description = "A working-day calendar")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CalendarSummary(
            @Schema(description = "Name, as used in the SLA policy and the deadline preview", examples = "default") String name,
            @Schema(description = "Time zone", examples = "Asia/Shanghai") String zone,
            @Schema(description = "Working periods of a working day", examples = "[\"09:00-12:00\", \"13:30-17:30\"]") List<String> workingPeriods,
            @Schema(description = "Years whose official holidays are loaded; others count weekends only") List<Integer> holidayYears,
            @Schema(description = "Last day with holiday data; absent for a calendar without holidays", examples = "2026-12-31") java.time.LocalDate lastCoveredDay,
            @Schema(description = "True from hotline.sla.calendar.next-year-warning-from (1 November) while next year's holidays, or this year's, are not loaded") boolean nextYearMissing,
            @Schema(description = "The year to load next", examples = "2027") int nextYear) {

        static CalendarSummary of(WorkingCalendar calendar, Coverage coverage) {
            return new CalendarSummary(calendar.name(), calendar.zone().getId(),
                    calendar.periods().stream().map(Object::toString).toList(),
                    List.copyOf(new TreeSet<>(calendar.coveredYears())), coverage.lastCoveredDay(),
                    coverage.nextYearMissing(), coverage.nextYear());
        }
    }

}
