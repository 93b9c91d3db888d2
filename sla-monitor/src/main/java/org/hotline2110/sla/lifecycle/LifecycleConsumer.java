package org.hotline2110.sla.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.sla.clock.ClockService;

import io.smallrye.mutiny.Uni;

/** Drives the clocks from what happens to tickets. */
@ApplicationScoped
public class LifecycleConsumer {

    private static final String CONSUMER = "sla-clocks";

    private final EventConsumer consumer;
    private final ClockService clocks;

    public LifecycleConsumer(EventConsumer consumer, ClockService clocks) {
        this.consumer = consumer;
        this.clocks = clocks;
    }

    @Incoming("ticket-lifecycle-in")
    public Uni<Void> onLifecycle(Message<String> message) {
        return consumer.consume(message, CONSUMER, (tx, event) -> {
            if (event.payload() instanceof TicketAssigned assigned) {
                return clocks.assigned(tx, assigned);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
