package org.hotline2110.contracts.ticket;

/** URGENT tickets run their CONTACT clock on elapsed time, day or night. */
public enum Urgency {
    NORMAL,
    URGENT
}
