package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** A lead or assisting department added a note to the handling log. It changes no clock. */
public record TicketNoteAdded(
        UUID ticketId,
        int assignment,
        String department,
        String note,
        Instant notedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return notedAt;
    }
}
