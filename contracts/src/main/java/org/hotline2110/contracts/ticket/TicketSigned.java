package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** The lead department signed for the ticket (签收): it has seen it and owns it. No clock stops. */
public record TicketSigned(
        UUID ticketId,
        int assignment,
        String department,
        Instant signedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return signedAt;
    }
}
