package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** The dispatch centre refused a request; the clocks never stopped. */
public record TicketApprovalRejected(
        UUID ticketId,
        int assignment,
        UUID requestId,
        ApprovalKind kind,
        String reason,
        Instant rejectedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return rejectedAt;
    }
}
