package org.hotline2110.dispatch.ticket;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** A department's work list. A department token reaches its own tickets only; another's answers 404. */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.DEPARTMENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
public class TicketResource {

    private final DispatchService dispatch;
    private final Caller caller;

    public TicketResource(DispatchService dispatch, Caller caller) {
        this.dispatch = dispatch;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Tickets of a department (a department token: its own), longest waiting first")
    public Uni<List<DispatchTicket>> list(
            @Parameter(description = "Lead department id; ignored for a department token") @QueryParam("department") String department,
            @QueryParam("state") TicketState state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return dispatch.list(caller.scope(department), state, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ticket with its handling log")
    public Uni<DispatchTicket> get(@PathParam("id") UUID id) {
        return dispatch.find(id).map(found -> found
                .filter(ticket -> caller.mayReach(ticket.leadDepartment()))
                .orElseThrow(() -> ProblemException.notFound("ticket", id)));
    }
}
