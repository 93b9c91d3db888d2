package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/** No routing rule matched: the ticket waits in the dispatch centre's manual queue. */
public record TicketPendingDispatch(
        UUID ticketId,
        String ticketNumber,
        String reason,
        Instant queuedAt) implements HotlineEvent {
}
