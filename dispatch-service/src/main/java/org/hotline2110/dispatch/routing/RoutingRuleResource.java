package org.hotline2110.dispatch.routing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The routing rules, read by the dispatch centre and changed by an admin. A change applies to the next ticket
 * routed, on every instance (routing reads the rules in its own transaction), and is kept in the rule's history.
 */
@Path("/api/v1/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RoutingRuleResource {

    private final Pool pool;
    private final RuleRepository rules;
    private final RuleValidator validator;
    private final Caller caller;

    public RoutingRuleResource(Pool pool, RuleRepository rules, RuleValidator validator, Caller caller) {
        this.pool = pool;
        this.rules = rules;
        this.validator = validator;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The rules in force, in their listed order (which breaks ties of priority), a page at a time")
    public Uni<List<RuleRepository.StoredRule>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(500) int size) {
        return rules.allStored(pool, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One rule")
    public Uni<RuleRepository.StoredRule> get(@PathParam("id") String id) {
        return rules.find(pool, id).map(found -> found.orElseThrow(() -> ProblemException.notFound("routing rule", id)));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Every version of a rule, oldest first, a page at a time: who changed it, when, and to what")
    public Uni<List<RuleRepository.Change>> history(@PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return rules.history(pool, id, page, size).map(changes -> {
            // a rule that ever existed has a first version: an empty first page means no such rule
            if (changes.isEmpty() && page == 0) {
                throw ProblemException.notFound("routing rule", id);
            }
            return changes;
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or replace a rule; validated against the departments, topics, demand types and places")
    public Uni<RuleRepository.StoredRule> put(@PathParam("id") String id, @Valid @NotNull RoutingRule rule) {
        if (!id.equals(rule.id())) {
            throw ProblemException.invalid("id", "the body's id must be the path's (" + id + ")");
        }
        validator.check(rule);
        String by = caller.name();
        return pool.withTransaction(tx -> rules.put(tx, rule, by, Timestamps.now()))
                .flatMap(version -> rules.find(pool, id)).map(found -> found.orElseThrow());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a rule; tickets it would have routed then go by the others, or to the manual queue")
    public Uni<Response> delete(@PathParam("id") String id) {
        String by = caller.name();
        return pool.withTransaction(tx -> rules.delete(tx, id, by, Timestamps.now())).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("routing rule", id);
            }
            return Response.noContent().build();
        });
    }
}
