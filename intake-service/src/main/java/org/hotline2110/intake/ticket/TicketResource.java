package org.hotline2110.intake.ticket;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.intake.enterprise.PhoneMask;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TicketResource {

    private final TicketService service;
    private final Caller caller;

    public TicketResource(TicketService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Log an enterprise's demand as a ticket; it is dispatched automatically")
    public Uni<RestResponse<TicketView>> create(@NotNull(message = "a ticket body is required") @Valid CreateTicketRequest request) {
        return service.create(request, caller.name())
                .map(ticket -> RestResponse.ResponseBuilder.<TicketView>created(URI.create("/api/v1/tickets/" + ticket.id()))
                        .entity(ticket).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One ticket with its current status and lead department")
    public Uni<TicketView> get(@PathParam("id") UUID id) {
        return service.find(id)
                .map(found -> found.map(this::forCaller).orElseThrow(() -> ProblemException.notFound("ticket", id)));
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Tickets, newest first")
    public Uni<List<TicketView>> list(@QueryParam("status") TicketStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.page(status, page, size).map(tickets -> tickets.stream().map(this::forCaller).toList());
    }

    /** Contact data in clear is for the operators who call the enterprise back, and admins. */
    private TicketView forCaller(TicketView ticket) {
        if (caller.is(Roles.OPERATOR) || caller.is(Roles.ADMIN)) {
            return ticket;
        }
        return new TicketView(ticket.id(), ticket.number(), ticket.receivedAt(), ticket.receivedBy(), ticket.channel(),
                ticket.demandType(), ticket.topic(), ticket.urgency(), ticket.town(), ticket.address(),
                ticket.enterpriseName(), ticket.creditCode(), ticket.creditCodeOverride(), null,
                PhoneMask.mask(ticket.contactPhone()), ticket.summary(), ticket.description(), ticket.status(),
                ticket.leadDepartment(), ticket.statusChangedAt());
    }
}
