package org.hotline2110.notification.subscription;

import java.net.URI;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.platform.sql.Timestamps;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Supervisors and administrators say who gets which alerts, on which channel. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class SubscriptionResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pool pool;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionValidator validator;
    private final Caller caller;
    private final JsonWebToken token;

    public SubscriptionResource(Pool pool, SubscriptionRepository subscriptions, SubscriptionValidator validator,
            Caller caller, JsonWebToken token) {
        this.pool = pool;
        this.subscriptions = subscriptions;
        this.validator = validator;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe; a webhook's signing secret is in this answer only")
    public Uni<RestResponse<Subscription>> create(@Valid @NotNull SubscriptionRequest request) {
        validator.check(request);
        Subscription created = new Subscription(UUID.randomUUID(), request.name().strip(), caller.name(),
                token.getSubject(), request.department(),
                chosen(request.levels(), AlertLevel.class), chosen(request.clocks(), Clock.class),
                Boolean.TRUE.equals(request.urging()), Boolean.TRUE.equals(request.digest()), request.channel(),
                request.url(), request.email(), request.channel() == Channel.WEBHOOK ? newSecret() : null, true,
                Timestamps.now());
        return validator.checkTarget(request)
                .flatMap(checked -> subscriptions.insert(pool, created))
                .map(ignored -> RestResponse.ResponseBuilder
                        .<Subscription>created(URI.create("/api/v1/subscriptions/" + created.id()))
                        .entity(created).build());
    }

    @GET
    @Operation(summary = "Active subscriptions, newest first, optionally of one department or channel; another "
            + "supervisor's with its URL cut to scheme and host")
    public Uni<List<Subscription>> list(@QueryParam("department") String department,
            @QueryParam("channel") Channel channel,
            @QueryParam("page") @DefaultValue("0") @Min(0)
            @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return subscriptions.findActive(pool, department, channel, page, size)
                .map(found -> found.stream().map(s -> s.seenBy(token.getSubject())).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription, active or ended; another supervisor's with its URL cut to scheme and host")
    public Uni<Subscription> get(@PathParam("id") UUID id) {
        return subscriptions.find(pool, id)
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("subscription", id))
                        .seenBy(token.getSubject()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End a subscription: nothing more is delivered to it; its log stays. Its owner or an admin")
    public Uni<RestResponse<Void>> end(@PathParam("id") UUID id) {
        return subscriptions.find(pool, id).flatMap(found -> {
            Subscription subscription = found.filter(Subscription::active)
                    .orElseThrow(() -> ProblemException.notFound("active subscription", id));
            if (!subscription.ownedBy(token.getSubject()) && !caller.is(Roles.ADMIN)) {
                throw new ProblemException(403, "forbidden", "Forbidden",
                        "only the supervisor who made subscription " + id + ", or an admin, may end it");
            }
            return subscriptions.deactivate(pool, id);
        }).map(ended -> {
            if (!ended) {
                throw ProblemException.notFound("active subscription", id);
            }
            return RestResponse.noContent();
        });
    }

    /** What the request chose, every value when it chose nothing. */
    private static <E extends Enum<E>> Set<E> chosen(Set<E> values, Class<E> type) {
        if (values == null) {
            return EnumSet.allOf(type);
        }
        Set<E> chosen = EnumSet.noneOf(type);
        chosen.addAll(values);
        return chosen;
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
