package org.hotline2110.contracts.ticket;

/**
 * Where a ticket stands. dispatch-service owns the lifecycle and says the state after each event it publishes
 * ({@link TicketLifecycleEvent#state()}); other services show it as said, without a state machine of their own.
 */
public enum TicketState {
    /** Logged by intake-service; dispatch-service has not taken it yet. */
    RECEIVED,
    /** Waiting for the dispatch centre: no routing rule matched, or a return was approved without a new lead. */
    PENDING_DISPATCH,
    /** With its lead department, not yet signed for. */
    ASSIGNED,
    /** 签收: the lead department has it. */
    SIGNED,
    /** The lead department reached the enterprise. */
    CONTACTED,
    /** The preliminary reply was given. */
    REPLIED,
    /** 挂起: approved pause; resuming returns to the state it was suspended from. */
    SUSPENDED,
    /** The lead department reported the demand resolved; the call-back is due. */
    RESOLVED,
    /** Called back (回访). A supervisor may reopen it when the enterprise was dissatisfied. */
    CLOSED,
    /** 重办: reopened after a dissatisfied call-back; to be resolved again. */
    REOPENED;

    /** States in which the lead department is working the ticket. */
    public boolean isOpen() {
        return this != RECEIVED && this != PENDING_DISPATCH && this != RESOLVED && this != CLOSED;
    }
}
