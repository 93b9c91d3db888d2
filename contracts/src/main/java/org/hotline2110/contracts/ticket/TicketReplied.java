package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** The lead department gave its preliminary reply (初步办理意见): REPLY stops, and CONTACT if still running. */
public record TicketReplied(
        UUID ticketId,
        int assignment,
        String department,
        Instant repliedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return repliedAt;
    }
}
