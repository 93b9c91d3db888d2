package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/** A lead or assisting department added a note to the handling log. It changes no clock. */
public record TicketNoteAdded(
        UUID ticketId,
        int assignment,
        String department,
        String note,
        Instant notedAt) implements HotlineEvent {
}
