package org.hotline2110.intake.status;

import java.time.Instant;
import java.util.List;

import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.intake.ticket.TicketStatus;

/**
 * The lifecycle of one ticket as an operator needs it: where it is, who has it, the dates of each step and what
 * waits for a decision. Built from the lifecycle topic by {@link LifecycleProjection}.
 */
public record TicketProgress(
        TicketStatus status,
        TicketStatus statusBeforeSuspension,
        int assignment,
        String leadDepartment,
        List<String> assistingDepartments,
        Instant statusChangedAt,
        Instant assignedAt,
        Instant signedAt,
        Instant contactedAt,
        Instant repliedAt,
        Instant resolvedAt,
        Instant suspendedAt,
        Instant closedAt,
        int resolution,
        ApprovalKind pendingRequest,
        int extendedDays,
        int urgedCount,
        Instant lastUrgedAt,
        int reopenedCount,
        int returnedCount,
        String lastNote) {

    /** The call-back closed the ticket: nothing is pending any more. */
    public TicketProgress closed(Instant at) {
        Builder next = toBuilder();
        next.closedAt = at;
        next.pendingRequest = null;
        next.suspendedAt = null;
        next.statusBeforeSuspension = null;
        return next.status(TicketStatus.CLOSED, at).build();
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-on-change, so that each event's effect reads as the fields it sets. */
    static final class Builder {
        TicketStatus status;
        TicketStatus statusBeforeSuspension;
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

        private Builder(TicketProgress p) {
            status = p.status;
            statusBeforeSuspension = p.statusBeforeSuspension;
            assignment = p.assignment;
            leadDepartment = p.leadDepartment;
            assistingDepartments = p.assistingDepartments;
            statusChangedAt = p.statusChangedAt;
            assignedAt = p.assignedAt;
            signedAt = p.signedAt;
            contactedAt = p.contactedAt;
            repliedAt = p.repliedAt;
            resolvedAt = p.resolvedAt;
            suspendedAt = p.suspendedAt;
            closedAt = p.closedAt;
            resolution = p.resolution;
            pendingRequest = p.pendingRequest;
            extendedDays = p.extendedDays;
            urgedCount = p.urgedCount;
            lastUrgedAt = p.lastUrgedAt;
            reopenedCount = p.reopenedCount;
            returnedCount = p.returnedCount;
            lastNote = p.lastNote;
        }

        Builder status(TicketStatus next, Instant at) {
            status = next;
            statusChangedAt = at;
            return this;
        }

        TicketProgress build() {
            return new TicketProgress(status, statusBeforeSuspension, assignment, leadDepartment,
                    List.copyOf(assistingDepartments), statusChangedAt, assignedAt, signedAt, contactedAt, repliedAt,
                    resolvedAt, suspendedAt, closedAt, resolution, pendingRequest, extendedDays, urgedCount,
                    lastUrgedAt, reopenedCount, returnedCount, lastNote);
        }
    }
}
