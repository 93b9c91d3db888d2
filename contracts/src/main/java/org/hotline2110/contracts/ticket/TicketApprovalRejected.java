package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/** The dispatch centre refused a request; the clocks never stopped. */
public record TicketApprovalRejected(
        UUID ticketId,
        int assignment,
        UUID requestId,
        ApprovalKind kind,
        String reason,
        Instant rejectedAt) implements HotlineEvent {
}
