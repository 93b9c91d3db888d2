package org.hotline2110.intake.status;

import java.time.Instant;
import java.util.List;

import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.TicketState;

/**
 * The lifecycle of one ticket as an operator needs it: where it is and who has it, as dispatch-service announced
 * them, and the dates of each step and what waits for a decision, as the events recorded them ({@link LifecycleFacts}).
 */
public record TicketProgress(
        TicketState status,
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
        return new TicketProgress(TicketState.CLOSED, assignment, leadDepartment, assistingDepartments, at, assignedAt,
                signedAt, contactedAt, repliedAt, resolvedAt, null, at, resolution, null, extendedDays, urgedCount,
                lastUrgedAt, reopenedCount, returnedCount, lastNote);
    }
}
