package org.hotline2110.contracts.sla;

/** YELLOW: most of the time is used; RED: the deadline passed; GREEN: a yellow or red clock was met. */
public enum AlertLevel {
    YELLOW,
    RED,
    GREEN
}
