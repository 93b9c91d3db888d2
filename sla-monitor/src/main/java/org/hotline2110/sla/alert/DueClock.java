package org.hotline2110.sla.alert;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.sla.Clock;

/**
 * What an alert says about its clock: which ticket, whose, which promise of which assignment and round, whether it is
 * an URGENT ticket's (which may count elapsed time), and the deadline it is about.
 */
public record DueClock(UUID id, UUID ticketId, String ticketNumber, String department, Clock kind, int assignment,
        int round, boolean urgent, Instant deadline, int deadlineVersion) {
}
