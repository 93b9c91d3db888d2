package org.hotline2110.dispatch.ticket;

/** Where a ticket stands in dispatch. */
public enum TicketState {
    /** Waiting for the dispatch centre: no routing rule matched. */
    PENDING_DISPATCH,
    /** With its lead department, not yet signed for. */
    ASSIGNED
}
