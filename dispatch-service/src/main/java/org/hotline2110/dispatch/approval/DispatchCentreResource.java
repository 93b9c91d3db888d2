package org.hotline2110.dispatch.approval;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.dispatch.ticket.DispatchService;
import org.hotline2110.dispatch.ticket.TicketResource;
import org.hotline2110.dispatch.workflow.ActionRequests;
import org.hotline2110.dispatch.workflow.Who;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The dispatch centre's decisions, each a POST on the ticket with {@code If-Match}. Its queues are
 * {@code GET /api/v1/tickets?state=PENDING_DISPATCH} (manual routing) and {@code GET /api/v1/approvals}.
 */
@Path("/api/v1/tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DispatchCentreResource {

    private final DispatchCentreActions actions;
    private final DispatchService dispatch;
    private final Caller caller;

    public DispatchCentreResource(DispatchCentreActions actions, DispatchService dispatch, Caller caller) {
        this.actions = actions;
        this.dispatch = dispatch;
        this.caller = caller;
    }

    @POST
    @Path("{id}/route")
    @RolesAllowed({ Roles.DISPATCHER, Roles.ADMIN })
    @Operation(summary = "Route a ticket of the manual queue to its lead department")
    public Uni<Response> route(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Route body) {
        return answer(id, actions.route(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/reroute")
    @RolesAllowed({ Roles.DISPATCHER, Roles.ADMIN })
    @Operation(summary = "Move a ticket to another lead department; clocks restart for it")
    public Uni<Response> reroute(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Route body) {
        return answer(id, actions.reroute(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/requests/{requestId}/approve")
    @RolesAllowed({ Roles.DISPATCHER, Roles.ADMIN })
    @Operation(summary = "Approve a return (with the new lead, or to the manual queue), suspension or extension")
    public Uni<Response> approve(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequests.Approve body) {
        return answer(id, actions.approve(id, requestId, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/requests/{requestId}/reject")
    @RolesAllowed({ Roles.DISPATCHER, Roles.ADMIN })
    @Operation(summary = "Refuse a request; the clocks never stopped")
    public Uni<Response> reject(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ActionRequests.Reject body) {
        return answer(id, actions.reject(id, requestId, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/urge")
    @RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "督办: urge the lead department; no clock changes")
    public Uni<Response> urge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Urge body) {
        return answer(id, actions.urge(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "重办: reopen a ticket whose call-back was dissatisfied; RESOLVE runs again")
    public Uni<Response> reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Reopen body) {
        return answer(id, actions.reopen(id, Who.of(caller), ifMatch, body));
    }

    private Uni<Response> answer(UUID id, Uni<Void> action) {
        return dispatch.after(action, id).map(TicketResource::withEtag);
    }
}
