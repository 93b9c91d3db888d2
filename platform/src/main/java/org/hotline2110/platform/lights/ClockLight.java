package org.hotline2110.platform.lights;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.sla.SlaClockChanged;

/**
 * What a consumer knows of a ticket's clock of one kind: the newest clock it has heard of, identified by assignment,
 * round and deadline version, with its schedule and the light to show ({@code shown}: YELLOW, RED, GREEN for a clock
 * met after a warning, or null for none). An alert says nothing of the state of a clock it warns of ({@code state}
 * null) and nothing of its warning instant or start.
 */
public record ClockLight(UUID ticketId, String ticketNumber, Clock clock, String department, int assignment, int round,
        int deadlineVersion, ClockState state, AlertLevel shown, Instant startedAt, Instant warnAt, Instant deadline,
        Instant changedAt) {

    /** Older clocks first: a later assignment, then a later round, then a later deadline of the same clock. */
    static final Comparator<ClockLight> AGE = Comparator.comparingInt(ClockLight::assignment)
            .thenComparingInt(ClockLight::round)
            .thenComparingInt(ClockLight::deadlineVersion);

    /** An alert raised before alerts named their clock's assignment and round ranks below every clock that has them. */
    public static ClockLight of(SlaAlertRaised alert) {
        boolean met = alert.level() == AlertLevel.GREEN;
        return new ClockLight(alert.ticketId(), alert.ticketNumber(), alert.clock(), alert.department(),
                alert.assignment() == null ? 0 : alert.assignment(), alert.round() == null ? 0 : alert.round(),
                alert.deadlineVersion(), met ? ClockState.MET : null, alert.level(), null, null, alert.deadline(),
                alert.raisedAt());
    }

    public static ClockLight of(SlaClockChanged changed) {
        boolean warned = changed.light() != AlertLevel.GREEN;
        AlertLevel shown = switch (changed.state()) {
            case RUNNING, PAUSED -> warned ? changed.light() : null;
            case MET -> warned ? AlertLevel.GREEN : null;
            case CANCELLED -> null;
        };
        return new ClockLight(changed.ticketId(), changed.ticketNumber(), changed.clock(), changed.department(),
                changed.assignment(), changed.round(), changed.deadlineVersion(), changed.state(), shown,
                changed.startedAt(), changed.warnAt(), changed.deadline(), changed.changedAt());
    }

    /**
     * Whether this is a clock of the ticket as it stands at {@code ticketAssignment}: a lead's clock of that
     * assignment, or the DISPATCH clock of the assignment a queued ticket waits for. A clock of an earlier lead is not,
     * even before sla-monitor's word of its cancellation arrives.
     */
    public boolean isCurrentAt(int ticketAssignment) {
        return clock == Clock.DISPATCH ? assignment > ticketAssignment : assignment == ticketAssignment;
    }

    /** Still counting (or paused): not met and not cancelled. A clock known only from a warning is open. */
    public boolean open() {
        return state == null || state.isOpen();
    }
}
