package org.hotline2110.sla.alert;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.sla.Clock;

/** What an alert says about its clock: which ticket, whose, which promise, and the deadline it is about. */
public record DueClock(UUID id, UUID ticketId, String ticketNumber, String department, Clock kind, Instant deadline,
        int deadlineVersion) {
}
