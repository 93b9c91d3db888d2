package org.hotline2110.contracts.sla;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/**
 * A clock crossed a threshold. {@code alertId} is unique per (clock, level, deadline version): the same alert
 * is never raised twice, and consumers may use it to drop repeats. {@code duringWorkingHours} and
 * {@code nextWorkingInstant} (the first working instant at or after {@code raisedAt} in the clock's calendar) let
 * a consumer hold a warning until working hours without a copy of the calendar; both are null in alerts raised
 * before they existed. {@code assignment} and {@code round} name the clock among the ticket's clocks of that kind
 * (see {@link SlaClockChanged}); both are null in alerts raised before they existed.
 */
public record SlaAlertRaised(
        UUID alertId,
        UUID ticketId,
        String ticketNumber,
        String department,
        Clock clock,
        AlertLevel level,
        Instant deadline,
        int deadlineVersion,
        Instant raisedAt,
        Boolean duringWorkingHours,
        Instant nextWorkingInstant,
        Integer assignment,
        Integer round) implements HotlineEvent {
}
