package org.hotline2110.intake.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketLifecycleEvent;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.TicketUrged;

/**
 * What a lifecycle event changes in the operator's view. The state and the lead are the event's own, as
 * dispatch-service decided them; each type adds the fact it carries (a date, a count, a pending request). An event
 * of the old shape, without a state, leaves state and lead as they were. A late event of an assignment the ticket has
 * left changes nothing: the answer is empty.
 */
public final class LifecycleFacts {

    private LifecycleFacts() {
    }

    public static Optional<TicketProgress> apply(TicketProgress p, TicketLifecycleEvent e) {
        if (e.assignment() < p.assignment()) {
            return Optional.empty();
        }
        boolean said = e.state() != null;
        TicketState status = said ? e.state() : p.status();
        var facts = new Facts(p);
        facts.status = status;
        facts.statusChangedAt = status == p.status() ? p.statusChangedAt() : e.occurredAt();
        facts.assignment = Math.max(p.assignment(), e.assignment());
        facts.leadDepartment = said ? e.leadDepartment() : p.leadDepartment();
        if (e instanceof TicketAssigned a) {
            // a new lead starts from the beginning
            facts.assistingDepartments = a.assistingDepartments() == null ? List.of() : a.assistingDepartments();
            facts.assignedAt = a.assignedAt();
            facts.signedAt = null;
            facts.contactedAt = null;
            facts.repliedAt = null;
            facts.suspendedAt = null;
            facts.pendingRequest = null;
        } else if (e instanceof TicketPendingDispatch) {
            facts.assistingDepartments = List.of();
            facts.pendingRequest = null;
        } else if (e instanceof TicketSigned s) {
            facts.signedAt = s.signedAt();
        } else if (e instanceof TicketContacted c) {
            facts.contactedAt = c.contactedAt();
        } else if (e instanceof TicketReplied r) {
            facts.repliedAt = r.repliedAt();
        } else if (e instanceof TicketResolved r) {
            facts.resolvedAt = r.resolvedAt();
            facts.resolution = p.resolution() + 1;
            facts.suspendedAt = null;
            facts.pendingRequest = null;
        } else if (e instanceof TicketApprovalRequested r) {
            facts.pendingRequest = r.kind();
        } else if (e instanceof TicketApprovalRejected) {
            facts.pendingRequest = null;
        } else if (e instanceof TicketReturned) {
            facts.returnedCount = p.returnedCount() + 1;
            facts.pendingRequest = null;
        } else if (e instanceof TicketSuspended s) {
            facts.suspendedAt = s.suspendedAt();
            facts.pendingRequest = null;
        } else if (e instanceof TicketResumed) {
            facts.suspendedAt = null;
        } else if (e instanceof TicketExtended x) {
            facts.extendedDays = p.extendedDays() + x.workingDays();
            facts.pendingRequest = null;
        } else if (e instanceof TicketUrged u) {
            facts.urgedCount = p.urgedCount() + 1;
            facts.lastUrgedAt = u.urgedAt();
        } else if (e instanceof TicketNoteAdded n) {
            facts.lastNote = n.note();
        } else if (e instanceof TicketReopened) {
            facts.reopenedCount = p.reopenedCount() + 1;
            facts.resolvedAt = null;
            facts.closedAt = null;
        }
        return Optional.of(facts.progress());
    }

    /** The progress being changed, field by field, so that each event's part reads as the fields it sets. */
    private static final class Facts {
        TicketState status;
        int assignment;
        String leadDepartment;
        List<String> assistingDepartments;
        Instant statusChangedAt;
        Instant assignedAt;
        Instant signedAt;
        Instant contactedAt;
        Instant repliedAt;
        Instant resolvedAt;
        Instant suspendedAt;
        Instant closedAt;
        int resolution;
        ApprovalKind pendingRequest;
        int extendedDays;
        int urgedCount;
        Instant lastUrgedAt;
        int reopenedCount;
        int returnedCount;
        String lastNote;

        Facts(TicketProgress p) {
            assistingDepartments = p.assistingDepartments();
            assignedAt = p.assignedAt();
            signedAt = p.signedAt();
            contactedAt = p.contactedAt();
            repliedAt = p.repliedAt();
            resolvedAt = p.resolvedAt();
            suspendedAt = p.suspendedAt();
            closedAt = p.closedAt();
            resolution = p.resolution();
            pendingRequest = p.pendingRequest();
            extendedDays = p.extendedDays();
            urgedCount = p.urgedCount();
            lastUrgedAt = p.lastUrgedAt();
            reopenedCount = p.reopenedCount();
            returnedCount = p.returnedCount();
            lastNote = p.lastNote();
        }

        TicketProgress progress() {
            return new TicketProgress(status, assignment, leadDepartment, List.copyOf(assistingDepartments),
                    statusChangedAt, assignedAt, signedAt, contactedAt, repliedAt, resolvedAt, suspendedAt, closedAt,
                    resolution, pendingRequest, extendedDays, urgedCount, lastUrgedAt, reopenedCount, returnedCount,
                    lastNote);
        }
    }
}
