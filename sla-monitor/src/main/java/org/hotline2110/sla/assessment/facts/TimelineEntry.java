package org.hotline2110.sla.assessment.facts;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.platform.messaging.IncomingEvent;

/**
 * One line of a ticket's timeline: what happened, to which assignment and department, when, and the words that went
 * with it (a reason, an urging message). The event's own instant, not when it reached this service.
 */
public record TimelineEntry(String eventId, UUID ticketId, String type, Integer assignment, String department,
        Instant at, String detail) {

    public static TimelineEntry of(IncomingEvent<?> event) {
        HotlineEvent p = event.payload();
        String id = event.id();
        String type = event.type().name();
        if (p instanceof TicketReceived e) {
            return new TimelineEntry(id, e.ticketId(), type, null, null, e.receivedAt(), e.summary());
        } else if (p instanceof TicketAssigned e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.leadDepartment(), e.assignedAt(), null);
        } else if (p instanceof TicketPendingDispatch e) {
            return new TimelineEntry(id, e.ticketId(), type, null, null, e.queuedAt(), e.reason());
        } else if (p instanceof TicketSigned e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.signedAt(), null);
        } else if (p instanceof TicketContacted e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.contactedAt(),
                    e.method() == null ? null : e.method().name());
        } else if (p instanceof TicketReplied e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.repliedAt(), null);
        } else if (p instanceof TicketResolved e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.resolvedAt(), null);
        } else if (p instanceof TicketSuspended e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), null, e.suspendedAt(), e.reason());
        } else if (p instanceof TicketResumed e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), null, e.resumedAt(), null);
        } else if (p instanceof TicketExtended e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), null, e.grantedAt(),
                    e.workingDays() + " working days: " + e.reason());
        } else if (p instanceof TicketReopened e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), null, e.reopenedAt(), e.reason());
        } else if (p instanceof TicketReturned e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.returnedAt(), e.reason());
        } else if (p instanceof TicketUrged e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.leadDepartment(), e.urgedAt(), e.message());
        } else if (p instanceof TicketNoteAdded e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.notedAt(), e.note());
        } else if (p instanceof TicketApprovalRequested e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), e.department(), e.requestedAt(),
                    e.kind() + ": " + e.reason());
        } else if (p instanceof TicketApprovalRejected e) {
            return new TimelineEntry(id, e.ticketId(), type, e.assignment(), null, e.rejectedAt(),
                    e.kind() + ": " + e.reason());
        } else if (p instanceof TicketFeedbackRecorded e) {
            return new TimelineEntry(id, e.ticketId(), type, null, e.leadDepartment(), e.recordedAt(),
                    e.outcome() + " / " + e.satisfaction());
        }
        throw new IllegalArgumentException("not a ticket event: " + type);
    }
}
