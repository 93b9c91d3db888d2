package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** A suspended ticket is worked again: paused clocks move their deadlines by the working time they were paused. */
public record TicketResumed(
        UUID ticketId,
        int assignment,
        Instant resumedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return resumedAt;
    }
}
