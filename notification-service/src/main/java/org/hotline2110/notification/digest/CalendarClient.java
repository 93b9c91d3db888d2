package org.hotline2110.notification.digest;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** sla-monitor's working-day calendar, the only one in the system (base URL: hotline.notification.calendar-url). */
@RegisterRestClient(configKey = "calendar")
@Path("/api/v1/calendars")
public interface CalendarClient {

    @GET
    @Path("/{calendar}/days")
    Uni<List<CalendarDay>> days(@PathParam("calendar") String calendar, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);

    /** {@code complete} is false for a year sla-monitor has no holiday data for (weekends only). */
    record CalendarDay(LocalDate date, boolean workingDay, boolean complete) {
    }
}
