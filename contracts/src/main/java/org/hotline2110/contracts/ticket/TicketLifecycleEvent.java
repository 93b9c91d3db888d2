package org.hotline2110.contracts.ticket;

import java.time.Instant;

import org.hotline2110.contracts.HotlineEvent;

/**
 * An event of {@code hotline.ticket.lifecycle.v1}: which assignment it belongs to, when it happened, and the outcome
 * as dispatch-service decided it, so that no consumer works the lifecycle out again.
 */
public interface TicketLifecycleEvent extends HotlineEvent {

    /** The assignment it belongs to, counted by {@link TicketAssigned} from 1; 0 for a ticket never routed. */
    int assignment();

    /** When it happened. */
    Instant occurredAt();

    /** The lead department after it; null while the ticket waits for the dispatch centre. */
    String leadDepartment();

    /**
     * The ticket's state after it. Null in events written before the field existed: a reader then keeps the state it
     * had (see EVOLVING.md).
     */
    TicketState state();
}
