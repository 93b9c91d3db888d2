package org.hotline2110.platform.web.live;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline2110.platform.problem.ProblemException;

import io.smallrye.mutiny.Multi;

/**
 * What one caller's live streams may take: at most {@code hotline.live.max-streams-per-caller} open at once, and a
 * buffer of {@code hotline.live.buffer} events each. Past the cap the new stream is refused (429): a person's open
 * tabs keep working, and two tabs never take turns closing each other; a connection that died unseen frees its place
 * at the next ping, which is within the Retry-After. A stream whose reader falls a whole buffer behind is ended: its
 * page reconnects and re-fetches what it shows, so nothing is missed and no memory grows for it.
 */
@ApplicationScoped
public class LiveStreamLimits {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final int maxPerCaller;
    private final int buffer;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    public LiveStreamLimits(@ConfigProperty(name = "hotline.live.max-streams-per-caller") int maxPerCaller,
            @ConfigProperty(name = "hotline.live.buffer") int buffer) {
        this.maxPerCaller = maxPerCaller;
        this.buffer = buffer;
    }

    /** {@code events} as {@code caller}'s stream, counted until it ends; 429 when the caller has all theirs open. */
    public <T> Multi<T> open(String caller, Multi<T> events) {
        if (open.merge(caller, 1, Integer::sum) > maxPerCaller) {
            close(caller);
            throw ProblemException.tooBusy("at most " + maxPerCaller + " live streams per person; close one",
                    RETRY_AFTER);
        }
        AtomicBoolean ended = new AtomicBoolean();
        return events.onOverflow().buffer(buffer)
                .onTermination().invoke(() -> {
                    if (ended.compareAndSet(false, true)) {
                        close(caller);
                    }
                });
    }

    /** How many streams {@code caller} has open. */
    public int openBy(String caller) {
        return open.getOrDefault(caller, 0);
    }

    private void close(String caller) {
        open.computeIfPresent(caller, (who, count) -> count <= 1 ? null : count - 1);
    }
}
