package org.hotline2110.contracts.sla;

/**
 * The three promises of the 2110 rule, which the lead department owes, and the dispatch centre's own: DISPATCH runs
 * while a ticket no rule could route waits in the manual queue, so the enterprise's two hours do not pass unseen.
 */
public enum Clock {
    CONTACT,
    REPLY,
    RESOLVE,
    DISPATCH
}
