package org.hotline2110.dispatch.workflow;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.dispatch.ticket.DispatchService;
import org.hotline2110.dispatch.ticket.TicketResource;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The department workbench: each step of the 2110 rule and each request to the dispatch centre is a POST on the
 * ticket, with {@code If-Match} naming the version acted on. The answer is the ticket as it now stands, with its new
 * ETag.
 */
@Path("/api/v1/tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class WorkbenchResource {

    private final DepartmentActions actions;
    private final DispatchService dispatch;
    private final Caller caller;

    public WorkbenchResource(DepartmentActions actions, DispatchService dispatch, Caller caller) {
        this.actions = actions;
        this.dispatch = dispatch;
        this.caller = caller;
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "签收: the lead department signs for the ticket")
    public Uni<Response> sign(@PathParam("id") UUID id, @Parameter(description = "The ticket's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(id, actions.sign(id, Who.of(caller), ifMatch));
    }

    @POST
    @Path("{id}/contact")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Contact with the enterprise recorded (stops CONTACT)")
    public Uni<Response> contact(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Contact body) {
        return answer(id, actions.contact(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/reply")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Preliminary reply given (stops REPLY, and CONTACT if running)")
    public Uni<Response> reply(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Reply body) {
        return answer(id, actions.reply(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Resolved (stops every clock); only the lead department")
    public Uni<Response> resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Resolve body) {
        return answer(id, actions.resolve(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/return-request")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "退单: ask the dispatch centre to route the ticket elsewhere; only before contact")
    public Uni<Response> askReturn(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.AskReturn body) {
        return answer(id, actions.askReturn(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/suspension-request")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "挂起: ask the dispatch centre to pause the REPLY and RESOLVE clocks")
    public Uni<Response> askSuspension(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.AskSuspension body) {
        return answer(id, actions.askSuspension(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/extension-request")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "延期: ask the dispatch centre for more working days before the RESOLVE deadline")
    public Uni<Response> askExtension(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.AskExtension body) {
        return answer(id, actions.askExtension(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "A note in the handling log; the lead or an assisting department")
    public Uni<Response> addNote(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Note body) {
        return answer(id, actions.addNote(id, Who.of(caller), ifMatch, body));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({ Roles.DEPARTMENT, Roles.DISPATCHER, Roles.ADMIN })
    @Operation(summary = "End a suspension; the lead department or the dispatch centre")
    public Uni<Response> resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Resume body) {
        return answer(id, actions.resume(id, Who.of(caller), ifMatch, body));
    }

    private Uni<Response> answer(UUID id, Uni<Void> action) {
        return dispatch.after(action, id).map(TicketResource::withEtag);
    }
}
