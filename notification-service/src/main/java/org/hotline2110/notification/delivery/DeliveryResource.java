package org.hotline2110.notification.delivery;

import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The delivery log: what reached whom, and when. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class DeliveryResource {

    private final Pool pool;
    private final DeliveryRepository deliveries;

    public DeliveryResource(Pool pool, DeliveryRepository deliveries) {
        this.pool = pool;
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Deliveries, newest first, by ticket, department or level")
    public Uni<List<DeliveryView>> list(@QueryParam("ticketId") UUID ticketId,
            @QueryParam("department") String department,
            @QueryParam("level") AlertLevel level,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return deliveries.find(pool, ticketId, department, level, page, size);
    }
}
