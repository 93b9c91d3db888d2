package org.hotline2110.sla.clock;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The traffic-light board (红绿灯): every running clock, nearest deadline first. */
@Path("/api/v1/clocks")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.DISPATCHER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
public class BoardResource {

    private final ClockService clocks;
    private final Caller caller;

    public BoardResource(ClockService clocks, Caller caller) {
        this.clocks = clocks;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Running clocks by department and light, nearest deadline first (a department: its own)")
    public Uni<List<ClockView>> open(
            @Parameter(description = "Lead department id; ignored for a department token") @QueryParam("department") String department,
            @Parameter(description = "GREEN, YELLOW or RED") @QueryParam("light") AlertLevel light,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return clocks.open(caller.scope(department), light, page, size);
    }
}
