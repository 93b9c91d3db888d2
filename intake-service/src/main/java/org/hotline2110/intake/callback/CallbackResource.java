package org.hotline2110.intake.callback;

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

@Path("/api/v1/tickets/{id}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CallbackResource {

    private final CallbackService service;
    private final Caller caller;

    public CallbackResource(CallbackService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record the call-back (回访) of a resolved ticket; once per resolution, else 409",
            description = "Publishes TicketFeedbackRecorded; dispatch-service then closes the ticket. The note stays here.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CallbackView.class)))
    public Uni<RestResponse<CallbackView>> record(@Parameter(description = "Ticket id") @PathParam("id") UUID id,
            @NotNull(message = "a call-back body is required") @Valid CallbackRequest request) {
        return service.record(id, request, caller.name())
                .map(callback -> RestResponse.ResponseBuilder.<CallbackView>created(
                        URI.create("/api/v1/tickets/" + id + "/callbacks")).entity(callback).build());
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The ticket's call-backs, one per resolution")
    public Uni<List<CallbackView>> list(@Parameter(description = "Ticket id") @PathParam("id") UUID id) {
        return service.ofTicket(id);
    }
}
