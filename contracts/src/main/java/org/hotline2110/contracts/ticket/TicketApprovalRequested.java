package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The lead department asked the dispatch centre for a return, a suspension or an extension. Nothing changes until
 * it is decided: approval is announced as TicketReturned, TicketSuspended or TicketExtended, refusal as
 * TicketApprovalRejected.
 */
public record TicketApprovalRequested(
        UUID ticketId,
        int assignment,
        String department,
        UUID requestId,
        ApprovalKind kind,
        String reason,
        Integer workingDays,
        Instant expectedResumeAt,
        Instant requestedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}
