package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/** The lead department reached the enterprise (2小时内联系): the CONTACT clock of this assignment stops. */
public record TicketContacted(
        UUID ticketId,
        int assignment,
        String department,
        ContactMethod method,
        Instant contactedAt,
        String leadDepartment,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return contactedAt;
    }
}
