package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/** The lead department signed for the ticket (签收): it has seen it and owns it. No clock stops. */
public record TicketSigned(
        UUID ticketId,
        int assignment,
        String department,
        Instant signedAt) implements HotlineEvent {
}
