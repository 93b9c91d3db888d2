package org.hotline2110.dispatch.ticket;

import java.time.Instant;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.sla.AlertLevel;

/**
 * Filters of the work list; null means any. {@code assisting} lists the tickets {@code department} assists on
 * instead of those it leads.
 */
public record TicketQuery(String department, boolean assisting, TicketState state, AlertLevel light, String topic,
        Instant receivedFrom, Instant receivedTo, int page, int size) {
}
