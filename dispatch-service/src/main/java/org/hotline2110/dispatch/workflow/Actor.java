package org.hotline2110.dispatch.workflow;

/** Who may take an action on a ticket. */
public enum Actor {
    /** The ticket's lead department (主办), with a department token. */
    LEAD,
    /** The lead or an assisting department (协办). */
    LEAD_OR_ASSISTING,
    /** The lead department, or the dispatch centre on its behalf. */
    LEAD_OR_DISPATCHER,
    /** The dispatch centre (dispatcher or admin token). */
    DISPATCHER,
    /** The dispatch centre or a supervisor. */
    DISPATCHER_OR_SUPERVISOR,
    /** Not a person: the call-back result arriving from intake-service. */
    SYSTEM
}
