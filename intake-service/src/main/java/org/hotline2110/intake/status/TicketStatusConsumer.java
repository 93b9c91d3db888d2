package org.hotline2110.intake.status;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.ticket.TicketLifecycleEvent;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.IncomingEvent;
import org.hotline2110.platform.messaging.RejectedEventException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Keeps each ticket's progress current, so an operator answers a calling enterprise without asking another service. */
@ApplicationScoped
public class TicketStatusConsumer {

    private static final String CONSUMER = "intake-status";

    private final EventConsumer consumer;
    private final ProgressRepository progress;

    public TicketStatusConsumer(EventConsumer consumer, ProgressRepository progress) {
        this.consumer = consumer;
        this.progress = progress;
    }

    @Incoming("ticket-lifecycle-in")
    public Uni<Void> onLifecycle(Message<String> message) {
        return consumer.consume(message, CONSUMER, TicketLifecycleEvent.class, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, IncomingEvent<TicketLifecycleEvent> event) {
        TicketLifecycleEvent payload = event.payload();
        return progress.lock(tx, payload.ticketId()).flatMap(found -> {
            TicketProgress current = found.orElseThrow(
                    () -> new RejectedEventException("unknown ticket " + payload.ticketId()));
            return LifecycleFacts.apply(current, payload)
                    .map(next -> progress.save(tx, payload.ticketId(), next))
                    // an event of a superseded assignment: the ticket has moved on
                    .orElseGet(() -> Uni.createFrom().voidItem());
        });
    }
}
