package org.hotline2110.contracts;

import java.util.Arrays;
import java.util.Optional;

import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.sla.SlaClockChanged;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.TicketUrged;

/**
 * The CloudEvents {@code ce_type} of every event, the topic it travels on and the record that is its payload.
 * The JSON Schema of each type is {@code schemas/<type>.json} in this module, referenced by {@code asyncapi.yaml}.
 */
public enum EventType {

    TICKET_RECEIVED("hotline.ticket.received.v1", Topics.TICKET_RECEIVED, TicketReceived.class),
    TICKET_ASSIGNED("hotline.ticket.assigned.v1", Topics.TICKET_LIFECYCLE, TicketAssigned.class),
    TICKET_PENDING_DISPATCH("hotline.ticket.pending-dispatch.v1", Topics.TICKET_LIFECYCLE, TicketPendingDispatch.class),
    TICKET_CONTACTED("hotline.ticket.contacted.v1", Topics.TICKET_LIFECYCLE, TicketContacted.class),
    TICKET_REPLIED("hotline.ticket.replied.v1", Topics.TICKET_LIFECYCLE, TicketReplied.class),
    TICKET_RESOLVED("hotline.ticket.resolved.v1", Topics.TICKET_LIFECYCLE, TicketResolved.class),
    TICKET_SUSPENDED("hotline.ticket.suspended.v1", Topics.TICKET_LIFECYCLE, TicketSuspended.class),
    TICKET_RESUMED("hotline.ticket.resumed.v1", Topics.TICKET_LIFECYCLE, TicketResumed.class),
    TICKET_EXTENDED("hotline.ticket.extended.v1", Topics.TICKET_LIFECYCLE, TicketExtended.class),
    TICKET_REOPENED("hotline.ticket.reopened.v1", Topics.TICKET_LIFECYCLE, TicketReopened.class),
    TICKET_SIGNED("hotline.ticket.signed.v1", Topics.TICKET_LIFECYCLE, TicketSigned.class),
    TICKET_APPROVAL_REQUESTED("hotline.ticket.approval-requested.v1", Topics.TICKET_LIFECYCLE, TicketApprovalRequested.class),
    TICKET_APPROVAL_REJECTED("hotline.ticket.approval-rejected.v1", Topics.TICKET_LIFECYCLE, TicketApprovalRejected.class),
    TICKET_RETURNED("hotline.ticket.returned.v1", Topics.TICKET_LIFECYCLE, TicketReturned.class),
    TICKET_URGED("hotline.ticket.urged.v1", Topics.TICKET_LIFECYCLE, TicketUrged.class),
    TICKET_NOTE_ADDED("hotline.ticket.note-added.v1", Topics.TICKET_LIFECYCLE, TicketNoteAdded.class),
    TICKET_FEEDBACK_RECORDED("hotline.ticket.feedback-recorded.v1", Topics.TICKET_FEEDBACK, TicketFeedbackRecorded.class),
    SLA_ALERT_RAISED("hotline.sla.alert-raised.v1", Topics.SLA_ALERT, SlaAlertRaised.class),
    SLA_CLOCK_CHANGED("hotline.sla.clock-changed.v1", Topics.SLA_CLOCK, SlaClockChanged.class);

    private final String type;
    private final String topic;
    private final Class<? extends HotlineEvent> payload;

    EventType(String type, String topic, Class<? extends HotlineEvent> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends HotlineEvent> payload() {
        return payload;
    }

    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    public static Optional<EventType> ofType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }

    public static EventType of(HotlineEvent event) {
        return Arrays.stream(values())
                .filter(t -> t.payload.isInstance(event))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }
}
