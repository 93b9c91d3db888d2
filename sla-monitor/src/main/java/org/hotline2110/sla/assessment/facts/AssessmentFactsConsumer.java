package org.hotline2110.sla.assessment.facts;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.platform.messaging.EventConsumer;

import io.smallrye.mutiny.Uni;

/**
 * The tickets as received (what the four lists show) and the call-back results (the satisfaction rate), each
 * event once. The lifecycle topic is read by the clocks' consumer, which records its events here too.
 */
@ApplicationScoped
public class AssessmentFactsConsumer {

    private final EventConsumer consumer;
    private final AssessmentFacts facts;

    public AssessmentFactsConsumer(EventConsumer consumer, AssessmentFacts facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    @Incoming("ticket-received-in")
    public Uni<Void> onReceived(Message<String> message) {
        return consumer.consume(message, "sla-assessment-received", TicketReceived.class, facts::record);
    }

    @Incoming("ticket-feedback-in")
    public Uni<Void> onFeedback(Message<String> message) {
        return consumer.consume(message, "sla-assessment-feedback", TicketFeedbackRecorded.class, facts::record);
    }
}
