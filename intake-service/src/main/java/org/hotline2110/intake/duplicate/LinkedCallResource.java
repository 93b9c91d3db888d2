package org.hotline2110.intake.duplicate;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/tickets/{id}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LinkedCallResource {

    private final LinkedCallService service;
    private final Caller caller;

    public LinkedCallResource(LinkedCallService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Link a repeat call (重复件) to an open ticket: counted, not dispatched again; 409 once CLOSED",
            description = "Find the open tickets of the same enterprise and topic with GET /api/v1/tickets/duplicates.")
    @APIResponse(responseCode = "201", description = "Linked", content = @Content(schema = @Schema(implementation = LinkedCallView.class)))
    public Uni<RestResponse<LinkedCallView>> link(@Parameter(description = "Ticket id") @PathParam("id") UUID id,
            @NotNull(message = "a call body is required") @Valid LinkedCallRequest request) {
        return service.link(id, request, caller.name())
                .map(call -> RestResponse.ResponseBuilder.<LinkedCallView>created(
                        URI.create("/api/v1/tickets/" + id + "/calls")).entity(call).build());
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The repeat calls linked to the ticket, oldest first")
    public Uni<List<LinkedCallView>> list(@Parameter(description = "Ticket id") @PathParam("id") UUID id) {
        boolean clear = caller.is(Roles.OPERATOR) || caller.is(Roles.ADMIN);
        return service.ofTicket(id).map(calls -> clear ? calls
                : calls.stream().map(LinkedCallView::withContactMasked).toList());
    }
}
