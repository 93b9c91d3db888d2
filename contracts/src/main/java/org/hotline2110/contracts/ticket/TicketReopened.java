package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** A dissatisfied call-back led a supervisor to reopen (重办) the ticket: RESOLVE runs again from this instant. */
public record TicketReopened(
        UUID ticketId,
        int assignment,
        String reason,
        Instant reopenedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return reopenedAt;
    }
}
