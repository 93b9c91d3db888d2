package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * No routing rule matched, or a return was approved without a new lead: the ticket waits in the dispatch centre's
 * manual queue. {@code urgency} is null in events from before it was added; readers take that as NORMAL.
 */
public record TicketPendingDispatch(
        UUID ticketId,
        String ticketNumber,
        String reason,
        Instant queuedAt,
        Urgency urgency,
        int assignment,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return queuedAt;
    }
}
