package org.hotline2110.platform.web.live;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The service's page events, fanned out to every open stream. Nothing is kept for a stream that was away: a page
 * that reconnects refreshes what it shows instead, so no change can be missed.
 */
@ApplicationScoped
public class PageEvents {

    private final BroadcastProcessor<PageEvent> processor = BroadcastProcessor.create();

    public void publish(PageEvent event) {
        processor.onNext(event);
    }

    Multi<PageEvent> stream() {
        return processor;
    }
}
