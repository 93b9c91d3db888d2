package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * A department's work list and ticket detail. A department token reaches the tickets it leads or assists on only;
 * another's answers 404.
 */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.DEPARTMENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
public class TicketResource {

    /** Dates in filters are the hotline's local dates. */
    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final DispatchService dispatch;
    private final Caller caller;

    public TicketResource(DispatchService dispatch, Caller caller) {
        this.dispatch = dispatch;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Tickets of a department (a department token: its own): by the nearest open deadline, so the most overdue first")
    public Uni<List<DispatchTicket>> list(
            @Parameter(description = "Lead department id; ignored for a department token") @QueryParam("department") String department,
            @Parameter(description = "true: the tickets the department assists on (协办) instead of those it leads") @QueryParam("assisting") @DefaultValue("false") boolean assisting,
            @QueryParam("state") TicketState state,
            @Parameter(description = "The ticket's worst light") @QueryParam("light") AlertLevel light,
            @Parameter(description = "Topic id") @QueryParam("topic") String topic,
            @Parameter(description = "Received on or after this date (Asia/Shanghai)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Received on or before this date (Asia/Shanghai)", example = "2026-11-30") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant receivedFrom = day("from", from);
        Instant receivedTo = day("to", to);
        if (receivedTo != null) {
            receivedTo = receivedTo.plusSeconds(86_400);
        }
        if (assisting && caller.scope(department) == null) {
            throw ProblemException.invalid("department", "name the department whose assisting tickets to list");
        }
        return dispatch.list(new TicketQuery(caller.scope(department), assisting, state, light, topic, receivedFrom,
                receivedTo, page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ticket with its lights, pending request and handling log; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return visible(id).map(TicketResource::withEtag);
    }

    @GET
    @Path("{id}/handling-log")
    @Operation(summary = "The ticket's handling log (办理记录), oldest first, a page at a time",
            description = "The ticket's detail carries the latest 100 steps; the total is in the X-Total-Count header.")
    public Uni<Response> handlingLog(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return visible(id).flatMap(ticket -> dispatch.handlingLog(id, page, size))
                .map(found -> Response.ok(found.steps()).header("X-Total-Count", found.total()).build());
    }

    /** The ticket if this caller may see it: a department leading or assisting on it, or the dispatch centre. */
    public Uni<DispatchTicket> visible(UUID id) {
        String own = caller.department().orElse(null);
        boolean department = caller.is(Roles.DEPARTMENT);
        return dispatch.find(id).map(found -> found
                .filter(t -> !department || own != null && (own.equals(t.leadDepartment()) || t.isAssisting(own)))
                .orElseThrow(() -> ProblemException.notFound("ticket", id)));
    }

    public static Response withEtag(DispatchTicket ticket) {
        return Response.ok(ticket).header(HttpHeaders.ETAG, ticket.etag()).build();
    }

    private static Instant day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay(LOCAL).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "not an ISO date such as 2026-11-24: " + text);
        }
    }
}
