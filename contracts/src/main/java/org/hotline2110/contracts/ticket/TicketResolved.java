package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** The lead department resolved the demand: RESOLVE stops, and REPLY and CONTACT if still running. */
public record TicketResolved(
        UUID ticketId,
        int assignment,
        String department,
        Instant resolvedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return resolvedAt;
    }
}
