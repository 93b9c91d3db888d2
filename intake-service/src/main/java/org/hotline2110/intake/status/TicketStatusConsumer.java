package org.hotline2110.intake.status;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketReopened;
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
    private final LightRepository lights;

    public TicketStatusConsumer(EventConsumer consumer, ProgressRepository progress, LightRepository lights) {
        this.consumer = consumer;
        this.progress = progress;
        this.lights = lights;
    }

    @Incoming("ticket-lifecycle-in")
    public Uni<Void> onLifecycle(Message<String> message) {
        return consumer.consume(message, CONSUMER, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, IncomingEvent event) {
        HotlineEvent payload = event.payload();
        return progress.lock(tx, payload.ticketId()).flatMap(found -> {
            TicketProgress current = found.orElseThrow(
                    () -> new RejectedEventException("unknown ticket " + payload.ticketId()));
            return LifecycleProjection.apply(current, payload)
                    .map(next -> progress.save(tx, payload.ticketId(), next)
                            .call(() -> clearLights(tx, payload)))
                    // an event of a superseded assignment: the ticket has moved on
                    .orElseGet(() -> Uni.createFrom().voidItem());
        });
    }

    /** Clocks that start again make their old lights meaningless. */
    private Uni<Void> clearLights(SqlConnection tx, HotlineEvent payload) {
        if (payload instanceof TicketAssigned assigned) {
            return lights.keepOnly(tx, assigned.ticketId(), assigned.leadDepartment());
        }
        if (payload instanceof TicketReopened reopened) {
            return lights.clear(tx, reopened.ticketId(), Clock.RESOLVE);
        }
        return Uni.createFrom().voidItem();
    }
}
