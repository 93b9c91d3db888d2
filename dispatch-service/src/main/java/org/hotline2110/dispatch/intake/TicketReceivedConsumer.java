package org.hotline2110.dispatch.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.dispatch.ticket.DispatchService;
import org.hotline2110.platform.messaging.EventConsumer;

import io.smallrye.mutiny.Uni;

/** Every ticket an operator logs arrives here once and is routed. */
@ApplicationScoped
public class TicketReceivedConsumer {

    private static final String CONSUMER = "dispatch-routing";

    private final EventConsumer consumer;
    private final DispatchService dispatch;

    public TicketReceivedConsumer(EventConsumer consumer, DispatchService dispatch) {
        this.consumer = consumer;
        this.dispatch = dispatch;
    }

    @Incoming("ticket-received-in")
    public Uni<Void> onReceived(Message<String> message) {
        return consumer.consume(message, CONSUMER, TicketReceived.class,
                (tx, event) -> dispatch.receive(tx, event.payload()));
    }
}
