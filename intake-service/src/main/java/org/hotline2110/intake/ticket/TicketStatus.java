package org.hotline2110.intake.ticket;

/** Where a ticket is, as intake-service last heard from the lifecycle topic (and its own call-backs). */
public enum TicketStatus {
    /** Logged; not routed yet. */
    RECEIVED,
    /** No routing rule matched: waiting in the dispatch centre's manual queue. */
    PENDING_DISPATCH,
    /** With its lead department, not yet signed for. */
    ASSIGNED,
    /** The lead department signed for it (签收). */
    SIGNED,
    /** The lead department reached the enterprise. */
    CONTACTED,
    /** The preliminary reply was given. */
    REPLIED,
    /** Paused with the dispatch centre's approval (挂起). */
    SUSPENDED,
    /** A return (退单) was approved; waiting to be routed again. */
    RETURNED,
    /** Resolved by the lead department; waits for the call-back. */
    RESOLVED,
    /** Called back (回访); closed. */
    CLOSED,
    /** Reopened (重办) after a dissatisfied call-back; the department works on it again. */
    REOPENED
}
