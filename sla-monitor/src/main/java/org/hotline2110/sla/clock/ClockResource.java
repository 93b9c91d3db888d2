package org.hotline2110.sla.clock;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/tickets/{ticketId}/clocks")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ClockResource {

    private final ClockService clocks;
    private final Caller caller;

    public ClockResource(ClockService clocks, Caller caller) {
        this.clocks = clocks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A ticket's clocks: deadlines, lights and outcomes (a department sees its own only)")
    public Uni<List<ClockView>> ofTicket(@PathParam("ticketId") UUID ticketId) {
        return clocks.ofTicket(ticketId).map(all -> {
            List<ClockView> visible = all.stream().filter(clock -> caller.mayReach(clock.department())).toList();
            if (visible.isEmpty()) {
                throw ProblemException.notFound("ticket", ticketId);
            }
            return visible;
        });
    }
}
