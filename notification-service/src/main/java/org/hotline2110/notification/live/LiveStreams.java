package org.hotline2110.notification.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.channel.ChannelSender;
import org.hotline2110.notification.delivery.DueDelivery;
import org.hotline2110.notification.delivery.Outcome;
import org.hotline2110.notification.subscription.Channel;
import org.hotline2110.platform.web.live.LiveStreamLimits;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The supervisors' open live pages on this instance, by owner. An SSE delivery goes to every page its owner has
 * open; with none open it is still DELIVERED (the log and the inbox keep it) and the attempt says so.
 */
@ApplicationScoped
public class LiveStreams implements ChannelSender {

    private final Map<String, Set<MultiEmitter<? super LiveNotice>>> pages = new ConcurrentHashMap<>();
    private final LiveStreamLimits limits;

    public LiveStreams(LiveStreamLimits limits) {
        this.limits = limits;
    }

    /**
     * A stream of the owner's notices, from now until the page closes; a few per owner, each with a bounded buffer
     * (a page that falls behind is ended, and reconnects to read the rest from the delivery log).
     */
    public Multi<LiveNotice> open(String owner) {
        return limits.open(owner, Multi.createFrom().emitter(emitter -> {
            pages.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(emitter);
            emitter.onTermination(() -> pages.computeIfPresent(owner, (o, open) -> {
                open.remove(emitter);
                return open.isEmpty() ? null : open;
            }));
        }));
    }

    @Override
    public Channel channel() {
        return Channel.SSE;
    }

    @Override
    public Uni<Outcome> send(DueDelivery delivery) {
        Set<MultiEmitter<? super LiveNotice>> open = pages.getOrDefault(delivery.owner(), Set.of());
        LiveNotice notice = new LiveNotice(delivery.id(), delivery.kind(), delivery.payload());
        open.forEach(emitter -> emitter.emit(notice));
        return Uni.createFrom().item(open.isEmpty()
                ? new Outcome(true, null, "no live page open", 0)
                : Outcome.delivered(null, 0));
    }
}
