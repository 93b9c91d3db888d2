package org.hotline2110.intake.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.intake.ticket.TicketStatus;

/**
 * What each lifecycle event changes in the operator's view of a ticket. Pure: the consumer loads the progress,
 * applies the event and stores the result. An event of an earlier assignment than the ticket's current one (a
 * late event of a re-routed ticket) changes nothing: the answer is empty.
 */
public final class LifecycleProjection {

    private LifecycleProjection() {
    }

    public static Optional<TicketProgress> apply(TicketProgress current, HotlineEvent event) {
        TicketProgress.Builder next = current.toBuilder();
        if (event instanceof TicketAssigned e) {
            if (e.assignment() <= current.assignment()) {
                return Optional.empty();
            }
            next.assignment = e.assignment();
            next.leadDepartment = e.leadDepartment();
            next.assistingDepartments = e.assistingDepartments() == null ? List.of() : e.assistingDepartments();
            next.assignedAt = e.assignedAt();
            // a new lead starts from the beginning: its clocks restart, nothing of the old one is pending
            next.signedAt = null;
            next.contactedAt = null;
            next.repliedAt = null;
            next.pendingRequest = null;
            next.suspendedAt = null;
            next.statusBeforeSuspension = null;
            return Optional.of(next.status(TicketStatus.ASSIGNED, e.assignedAt()).build());
        }
        if (event instanceof TicketPendingDispatch e) {
            next.leadDepartment = null;
            next.assistingDepartments = List.of();
            next.pendingRequest = null;
            return Optional.of(next.status(TicketStatus.PENDING_DISPATCH, e.queuedAt()).build());
        }
        Integer assignment = assignmentOf(event);
        if (assignment == null || assignment != current.assignment()) {
            return Optional.empty();
        }
        if (event instanceof TicketSigned e) {
            next.signedAt = e.signedAt();
            return Optional.of(advance(next, TicketStatus.SIGNED, e.signedAt()).build());
        }
        if (event instanceof TicketContacted e) {
            next.contactedAt = e.contactedAt();
            return Optional.of(advance(next, TicketStatus.CONTACTED, e.contactedAt()).build());
        }
        if (event instanceof TicketReplied e) {
            next.repliedAt = e.repliedAt();
            return Optional.of(advance(next, TicketStatus.REPLIED, e.repliedAt()).build());
        }
        if (event instanceof TicketResolved e) {
            next.resolvedAt = e.resolvedAt();
            next.resolution = current.resolution() + 1;
            next.pendingRequest = null;
            next.suspendedAt = null;
            next.statusBeforeSuspension = null;
            return Optional.of(next.status(TicketStatus.RESOLVED, e.resolvedAt()).build());
        }
        if (event instanceof TicketApprovalRequested e) {
            next.pendingRequest = e.kind();
            return Optional.of(next.build());
        }
        if (event instanceof TicketApprovalRejected) {
            next.pendingRequest = null;
            return Optional.of(next.build());
        }
        if (event instanceof TicketReturned e) {
            next.pendingRequest = null;
            next.returnedCount = current.returnedCount() + 1;
            next.leadDepartment = null;
            next.assistingDepartments = List.of();
            return Optional.of(next.status(TicketStatus.RETURNED, e.returnedAt()).build());
        }
        if (event instanceof TicketSuspended e) {
            next.pendingRequest = null;
            next.suspendedAt = e.suspendedAt();
            if (current.status() != TicketStatus.SUSPENDED) {
                next.statusBeforeSuspension = current.status();
            }
            return Optional.of(next.status(TicketStatus.SUSPENDED, e.suspendedAt()).build());
        }
        if (event instanceof TicketResumed e) {
            if (current.status() != TicketStatus.SUSPENDED) {
                return Optional.empty();
            }
            TicketStatus resumed = current.statusBeforeSuspension() == null ? TicketStatus.ASSIGNED
                    : current.statusBeforeSuspension();
            next.suspendedAt = null;
            next.statusBeforeSuspension = null;
            return Optional.of(next.status(resumed, e.resumedAt()).build());
        }
        if (event instanceof TicketExtended e) {
            next.pendingRequest = null;
            next.extendedDays = current.extendedDays() + e.workingDays();
            return Optional.of(next.build());
        }
        if (event instanceof TicketUrged e) {
            next.urgedCount = current.urgedCount() + 1;
            next.lastUrgedAt = e.urgedAt();
            return Optional.of(next.build());
        }
        if (event instanceof TicketNoteAdded e) {
            next.lastNote = e.note();
            return Optional.of(next.build());
        }
        if (event instanceof TicketReopened e) {
            next.reopenedCount = current.reopenedCount() + 1;
            next.resolvedAt = null;
            next.closedAt = null;
            return Optional.of(next.status(TicketStatus.REOPENED, e.reopenedAt()).build());
        }
        return Optional.empty();
    }

    /** Signing, contact and reply only move a ticket forward; while suspended they move where it resumes to. */
    private static TicketProgress.Builder advance(TicketProgress.Builder next, TicketStatus step, Instant at) {
        if (next.status == TicketStatus.SUSPENDED) {
            if (next.statusBeforeSuspension == null || rank(step) > rank(next.statusBeforeSuspension)) {
                next.statusBeforeSuspension = step;
            }
            return next;
        }
        // a returned, queued or resolved ticket is past these steps or not yet at them
        boolean working = rank(next.status) >= 1 && rank(next.status) <= 4;
        return working && rank(step) > rank(next.status) ? next.status(step, at) : next;
    }

    private static int rank(TicketStatus status) {
        return switch (status) {
            case ASSIGNED -> 1;
            case SIGNED -> 2;
            case CONTACTED -> 3;
            case REPLIED -> 4;
            // RESOLVED, CLOSED and REOPENED are past every first-response step
            case RESOLVED, CLOSED, REOPENED -> 5;
            default -> 0;
        };
    }

    private static Integer assignmentOf(HotlineEvent event) {
        if (event instanceof TicketSigned e) {
            return e.assignment();
        }
        if (event instanceof TicketContacted e) {
            return e.assignment();
        }
        if (event instanceof TicketReplied e) {
            return e.assignment();
        }
        if (event instanceof TicketResolved e) {
            return e.assignment();
        }
        if (event instanceof TicketApprovalRequested e) {
            return e.assignment();
        }
        if (event instanceof TicketApprovalRejected e) {
            return e.assignment();
        }
        if (event instanceof TicketReturned e) {
            return e.assignment();
        }
        if (event instanceof TicketSuspended e) {
            return e.assignment();
        }
        if (event instanceof TicketResumed e) {
            return e.assignment();
        }
        if (event instanceof TicketExtended e) {
            return e.assignment();
        }
        if (event instanceof TicketUrged e) {
            return e.assignment();
        }
        if (event instanceof TicketNoteAdded e) {
            return e.assignment();
        }
        if (event instanceof TicketReopened e) {
            return e.assignment();
        }
        return null;
    }
}
