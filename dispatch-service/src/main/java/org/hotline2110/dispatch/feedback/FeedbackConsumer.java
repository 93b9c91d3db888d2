package org.hotline2110.dispatch.feedback;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.dispatch.ticket.TicketRepository;
import org.hotline2110.dispatch.workflow.Action;
import org.hotline2110.dispatch.workflow.Outcome;
import org.hotline2110.dispatch.workflow.Who;
import org.hotline2110.dispatch.workflow.Workflow;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.RejectedEventException;
import org.hotline2110.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;

/**
 * The call-back (回访) closes a resolved ticket and keeps its satisfaction, which decides whether a supervisor may
 * reopen it. A call-back for a ticket that is not resolved cannot apply and is dead-lettered.
 */
@ApplicationScoped
public class FeedbackConsumer {

    private static final String CONSUMER = "dispatch-feedback";

    private final EventConsumer consumer;
    private final Workflow workflow;
    private final TicketRepository tickets;

    public FeedbackConsumer(EventConsumer consumer, Workflow workflow, TicketRepository tickets) {
        this.consumer = consumer;
        this.workflow = workflow;
        this.tickets = tickets;
    }

    @Incoming("ticket-feedback-in")
    public Uni<Void> onFeedback(Message<String> message) {
        return consumer.consume(message, CONSUMER, TicketFeedbackRecorded.class, (tx, event) -> {
            TicketFeedbackRecorded feedback = event.payload();
            return workflow.act(tx, feedback.ticketId(), Action.CALL_BACK, Who.CALL_BACK, null,
                    (conn, t, now, next) -> tickets.recordSatisfaction(conn, t.id(), feedback.satisfaction().name())
                            .replaceWith(Outcome.of(feedback.outcome() + ", " + feedback.satisfaction(),
                                    Map.of("resolution", feedback.resolution(), "outcome", feedback.outcome().name(),
                                            "satisfaction", feedback.satisfaction().name()))))
                    .onFailure(ProblemException.class)
                    .transform(e -> new RejectedEventException("call-back cannot apply: " + e.getMessage()));
        });
    }
}
