package org.hotline2110.dispatch.approval;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The dispatch centre's approval queue: returns, suspensions and extensions awaiting a decision. */
@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
public class ApprovalResource {

    private final ApprovalRepository approvals;
    private final Pool pool;

    public ApprovalResource(ApprovalRepository approvals, Pool pool) {
        this.approvals = approvals;
        this.pool = pool;
    }

    @GET
    @Operation(summary = "Requests awaiting a decision, oldest first")
    public Uni<List<ApprovalView>> pending(@QueryParam("kind") ApprovalKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return approvals.allPending(pool, kind, page, size);
    }
}
