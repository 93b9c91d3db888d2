package org.hotline2110.contracts.sla;

/** RUNNING counts down; PAUSED waits for the suspension to end; MET and CANCELLED are final. */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    CANCELLED;

    public boolean isOpen() {
        return this == RUNNING || this == PAUSED;
    }
}
