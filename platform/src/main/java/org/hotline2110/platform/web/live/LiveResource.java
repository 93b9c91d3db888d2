package org.hotline2110.platform.web.live;

import java.time.Duration;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;

/**
 * The server-sent events stream of this service's pages, authenticated by the page's cookie and scoped to the caller.
 * Each event's name says what changed (htmx re-fetches the fragments that listen for it); its data is the department
 * it concerns. A ping every 25 s keeps proxies from closing an idle stream, and finds a connection that died unseen.
 * A caller's streams are capped, each with a bounded buffer ({@link LiveStreamLimits}).
 */
@Path("/live")
@Authenticated
public class LiveResource {

    private static final Duration PING = Duration.ofSeconds(25);

    private final PageEvents events;
    private final LiveStreamLimits limits;
    private final Caller caller;

    public LiveResource(PageEvents events, LiveStreamLimits limits, Caller caller) {
        this.events = events;
        this.limits = limits;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        // read while the request is active: the stream outlives the request scope
        Optional<String> own = caller.is(Roles.DEPARTMENT)
                ? Optional.of(caller.department().orElse(""))
                : Optional.empty();
        // each stream buffers what it has not yet sent, up to a bound; the caller's streams are counted
        Multi<OutboundSseEvent> changes = limits.open(caller.name(), events.stream())
                .filter(event -> own.isEmpty() || event.department() == null || own.get().equals(event.department()))
                .map(event -> sse.newEventBuilder().name(event.name())
                        .data(event.department() == null ? "" : event.department()).build());
        Multi<OutboundSseEvent> pings = Multi.createFrom().ticks().every(PING)
                .map(tick -> sse.newEventBuilder().name("ping").data("").build());
        return Multi.createBy().merging().streams(changes, pings);
    }
}
