package org.hotline2110.notification.delivery;

import java.util.Arrays;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The delivery log: what reached whom, when, and every attempt on the way. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class DeliveryResource {

    private final Pool pool;
    private final DeliveryLog log;

    public DeliveryResource(Pool pool, DeliveryLog log) {
        this.pool = pool;
        this.log = log;
    }

    @GET
    @Operation(summary = "Deliveries, newest first, by ticket, department, level, status, kind or subscription")
    public Uni<List<DeliveryView>> list(@QueryParam("ticketId") UUID ticketId,
            @QueryParam("department") String department,
            @QueryParam("level") String level,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("subscriptionId") UUID subscriptionId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        DeliveryLog.Filter filter = new DeliveryLog.Filter(ticketId, department, parse("level", level, AlertLevel.class),
                parse("status", status, DeliveryStatus.class), parse("kind", kind, Kind.class), subscriptionId);
        return log.find(pool, filter, page, size);
    }

    /** An unknown value is the client's mistake, named as such, rather than JAX-RS's bare 404. */
    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    @GET
    @Path("/{id}/attempts")
    @Operation(summary = "Every attempt at one delivery, first to last")
    public Uni<List<AttemptView>> attempts(@PathParam("id") UUID id) {
        return log.exists(pool, id).flatMap(exists -> {
            if (!exists) {
                throw ProblemException.notFound("delivery", id);
            }
            return log.attempts(pool, id);
        });
    }
}
