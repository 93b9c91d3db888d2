package org.hotline2110.intake.privacy;

/** Through what a contact's name and phone were read in clear. */
public enum ContactRead {
    /** GET /api/v1/tickets/{id} */
    TICKET,
    /** GET /api/v1/tickets */
    SEARCH,
    /** GET /api/v1/tickets/duplicates */
    DUPLICATES,
    /** GET /api/v1/tickets/{id}/calls: the callers of repeat calls */
    LINKED_CALLS
}
