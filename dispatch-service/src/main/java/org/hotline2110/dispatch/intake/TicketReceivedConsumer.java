package org.hotline2110.dispatch.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.dispatch.ticket.DispatchService;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.RejectedEventException;

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
        return consumer.consume(message, CONSUMER, (tx, event) -> {
            if (event.payload() instanceof TicketReceived received) {
                return dispatch.receive(tx, received);
            }
            throw new RejectedEventException(event.type().type() + " does not belong on the received topic");
        });
    }
}
