package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** The dispatch centre approved a suspension (挂起): the clocks that pause stop counting until it is resumed. */
public record TicketSuspended(
        UUID ticketId,
        int assignment,
        String reason,
        Instant suspendedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return suspendedAt;
    }
}
