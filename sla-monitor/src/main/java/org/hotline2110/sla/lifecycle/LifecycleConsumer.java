package org.hotline2110.sla.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketLifecycleEvent;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.IncomingEvent;
import org.hotline2110.sla.assessment.facts.AssessmentFacts;
import org.hotline2110.sla.clock.ClockLifecycle;
import org.hotline2110.sla.clock.ClockService;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Drives the clocks from what happens to tickets, each event exactly once, and keeps every event on the ticket's
 * timeline for the assessment. Events that concern no clock (signing, notes, approval requests, urging) are recorded
 * and change no clock.
 */
@ApplicationScoped
public class LifecycleConsumer {

    private static final String CONSUMER = "sla-clocks";

    private final EventConsumer consumer;
    private final ClockService clocks;
    private final ClockLifecycle lifecycle;
    private final AssessmentFacts facts;

    public LifecycleConsumer(EventConsumer consumer, ClockService clocks, ClockLifecycle lifecycle,
            AssessmentFacts facts) {
        this.consumer = consumer;
        this.clocks = clocks;
        this.lifecycle = lifecycle;
        this.facts = facts;
    }

    @Incoming("ticket-lifecycle-in")
    public Uni<Void> onLifecycle(Message<String> message) {
        return consumer.consume(message, CONSUMER, TicketLifecycleEvent.class, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, IncomingEvent<TicketLifecycleEvent> event) {
        return clocks(tx, event).call(() -> facts.record(tx, event));
    }

    private Uni<Void> clocks(SqlConnection tx, IncomingEvent<TicketLifecycleEvent> event) {
        TicketLifecycleEvent payload = event.payload();
        if (payload instanceof TicketAssigned assigned) {
            return clocks.assigned(tx, assigned);
        } else if (payload instanceof TicketPendingDispatch queued) {
            return clocks.queued(tx, queued);
        } else if (payload instanceof TicketContacted contacted) {
            return lifecycle.contacted(tx, contacted);
        } else if (payload instanceof TicketReplied replied) {
            return lifecycle.replied(tx, replied);
        } else if (payload instanceof TicketResolved resolved) {
            return lifecycle.resolved(tx, resolved);
        } else if (payload instanceof TicketSuspended suspended) {
            return lifecycle.suspended(tx, suspended);
        } else if (payload instanceof TicketResumed resumed) {
            return lifecycle.resumed(tx, resumed);
        } else if (payload instanceof TicketExtended extended) {
            return lifecycle.extended(tx, extended);
        } else if (payload instanceof TicketReopened reopened) {
            return lifecycle.reopened(tx, reopened);
        } else if (payload instanceof TicketReturned returned) {
            return lifecycle.returned(tx, returned);
        }
        return Uni.createFrom().voidItem();
    }
}
