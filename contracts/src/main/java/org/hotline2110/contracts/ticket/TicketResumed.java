package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/** A suspended ticket is worked again: paused clocks move their deadlines by the working time they were paused. */
public record TicketResumed(
        UUID ticketId,
        int assignment,
        Instant resumedAt) implements HotlineEvent {
}
