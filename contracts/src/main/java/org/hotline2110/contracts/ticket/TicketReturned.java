package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * The dispatch centre approved a department's return (退单): that assignment's clocks end as CANCELLED and the
 * return counts against {@code department}. A TicketAssigned (re-route) or TicketPendingDispatch follows.
 */
public record TicketReturned(
        UUID ticketId,
        int assignment,
        String department,
        String reason,
        Instant returnedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return returnedAt;
    }
}
