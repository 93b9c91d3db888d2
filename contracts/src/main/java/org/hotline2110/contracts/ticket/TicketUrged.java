package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** A supervisor or the dispatch centre urged (督办) the lead department. It changes no clock. */
public record TicketUrged(
        UUID ticketId,
        String ticketNumber,
        int assignment,
        String leadDepartment,
        String message,
        String urgedBy,
        Instant urgedAt,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return urgedAt;
    }
}
