package org.hotline2110.sla.clock;

/** RUNNING counts down; PAUSED waits for the suspension to end; MET and CANCELLED are final. */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    CANCELLED;

    boolean isOpen() {
        return this == RUNNING || this == PAUSED;
    }
}
