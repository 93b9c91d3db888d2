package org.hotline2110.intake.duplicate;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.intake.privacy.ContactDisclosure;
import org.hotline2110.intake.privacy.ContactRead;
import org.hotline2110.platform.paging.Paging;
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
    private final ContactDisclosure disclosure;

    public LinkedCallResource(LinkedCallService service, Caller caller, ContactDisclosure disclosure) {
        this.service = service;
        this.caller = caller;
        this.disclosure = disclosure;
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
    @Operation(summary = "The repeat calls linked to the ticket, oldest first, a page at a time")
    public Uni<List<LinkedCallView>> list(@Parameter(description = "Ticket id") @PathParam("id") UUID id,
            @Parameter(description = "Page, from 0") @QueryParam("page") @DefaultValue("0") @Min(0)
            @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.ofTicket(id, page, size).flatMap(calls -> {
            if (!disclosure.inClear()) {
                return Uni.createFrom().item(calls.stream().map(LinkedCallView::withContactMasked).toList());
            }
            boolean shown = calls.stream().anyMatch(call -> call.contactName() != null || call.contactPhone() != null);
            return disclosure.recorded(ContactRead.LINKED_CALLS, shown ? List.of(id) : List.of()).replaceWith(calls);
        });
    }
}
