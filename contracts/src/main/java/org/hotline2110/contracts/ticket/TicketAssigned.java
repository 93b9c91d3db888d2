package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket was given to its lead department. {@code assignment} counts from 1 and grows with each re-route,
 * so clocks can tell a new assignment from a repeat of the old one. {@code ruleId} is null for manual routing.
 */
public record TicketAssigned(
        UUID ticketId,
        String ticketNumber,
        int assignment,
        String leadDepartment,
        List<String> assistingDepartments,
        Urgency urgency,
        Instant assignedAt,
        String ruleId,
        TicketState state) implements TicketLifecycleEvent {

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }
}
