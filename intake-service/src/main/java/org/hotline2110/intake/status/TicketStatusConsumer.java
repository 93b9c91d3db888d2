package org.hotline2110.intake.status;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.intake.ticket.TicketRepository;
import org.hotline2110.intake.ticket.TicketStatus;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.IncomingEvent;
import org.hotline2110.platform.messaging.RejectedEventException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Keeps each ticket's status current, so an operator answers a calling enterprise without asking another service. */
@ApplicationScoped
public class TicketStatusConsumer {

    private static final String CONSUMER = "intake-status";

    private final EventConsumer consumer;
    private final TicketRepository tickets;

    public TicketStatusConsumer(EventConsumer consumer, TicketRepository tickets) {
        this.consumer = consumer;
        this.tickets = tickets;
    }

    @Incoming("ticket-lifecycle-in")
    public Uni<Void> onLifecycle(Message<String> message) {
        return consumer.consume(message, CONSUMER, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, IncomingEvent event) {
        HotlineEvent payload = event.payload();
        if (payload instanceof TicketAssigned assigned) {
            return update(tx, assigned, TicketStatus.ASSIGNED, assigned.leadDepartment(), assigned.assignedAt());
        }
        if (payload instanceof TicketPendingDispatch pending) {
            return update(tx, pending, TicketStatus.PENDING_DISPATCH, null, pending.queuedAt());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> update(SqlConnection tx, HotlineEvent event, TicketStatus status, String lead, Instant at) {
        return tickets.updateStatus(tx, event.ticketId(), status, lead, at)
                .invoke(found -> {
                    if (!found) {
                        throw new RejectedEventException("unknown ticket " + event.ticketId());
                    }
                })
                .replaceWithVoid();
    }
}
