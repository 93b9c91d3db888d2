package org.hotline2110.dispatch.workflow;

/** Everything that can be done to a ticket after routing, by whom is {@link Transitions#who}. */
public enum Action {
    SIGN,
    CONTACT,
    REPLY,
    RESOLVE,
    REQUEST_RETURN,
    REQUEST_SUSPENSION,
    REQUEST_EXTENSION,
    ADD_NOTE,
    RESUME,
    ROUTE,
    APPROVE_RETURN,
    APPROVE_SUSPENSION,
    APPROVE_EXTENSION,
    REJECT_REQUEST,
    REROUTE,
    URGE,
    REOPEN,
    CALL_BACK
}
