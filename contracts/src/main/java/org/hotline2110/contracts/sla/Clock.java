package org.hotline2110.contracts.sla;

/** The three promises of the 2110 rule. */
public enum Clock {
    CONTACT,
    REPLY,
    RESOLVE
}
