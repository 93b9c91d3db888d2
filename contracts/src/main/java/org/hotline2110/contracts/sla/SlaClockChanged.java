package org.hotline2110.contracts.sla;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/**
 * A clock started, was rescheduled (paused, resumed, extended, moved by a calendar change), was met or was cancelled;
 * the event carries its whole schedule as it now stands. A clock is one (ticket, assignment, clock, round): RESOLVE
 * runs a new round after a reopen. {@code deadlineVersion} grows each time the deadline moves, as in
 * {@link SlaAlertRaised}. {@code light} is where sla-monitor has the clock after the change: GREEN while it has not
 * warned, YELLOW or RED once it has (a met clock keeps the light it was met with).
 */
public record SlaClockChanged(
        UUID ticketId,
        String ticketNumber,
        int assignment,
        String department,
        Clock clock,
        int round,
        ClockState state,
        AlertLevel light,
        Instant startedAt,
        Instant warnAt,
        Instant deadline,
        int deadlineVersion,
        Instant metAt,
        Instant changedAt) implements HotlineEvent {
}
