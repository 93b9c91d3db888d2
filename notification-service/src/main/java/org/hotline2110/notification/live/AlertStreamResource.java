package org.hotline2110.notification.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;

/** The live page's feed: what the caller's SSE subscriptions deliver, as it is delivered. */
@Path("/api/v1/alerts/stream")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class AlertStreamResource {

    private final LiveStreams streams;
    private final Caller caller;

    public AlertStreamResource(LiveStreams streams, Caller caller) {
        this.streams = streams;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the alerts, urgings and digests of your SSE subscriptions")
    public Multi<LiveNotice> stream() {
        return streams.open(caller.name());
    }
}
