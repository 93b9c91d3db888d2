package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** An extension (延期) was granted: the RESOLVE deadline moves to close of business N working days later. */
public record TicketExtended(
        UUID ticketId,
        int assignment,
        int workingDays,
        String reason,
        Instant grantedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return grantedAt;
    }
}
