package org.hotline2110.intake.ticket;

/** Where a ticket is, as intake-service last heard from the lifecycle topic. */
public enum TicketStatus {
    RECEIVED,
    PENDING_DISPATCH,
    ASSIGNED
}
