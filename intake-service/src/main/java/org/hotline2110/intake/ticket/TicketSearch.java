package org.hotline2110.intake.ticket;

import java.time.Instant;

import org.hotline2110.contracts.ticket.TicketState;

/**
 * What an operator searches tickets by; every criterion is optional. {@code enterprise} is part of the name,
 * {@code number} a prefix of the ticket number (a date finds that day's tickets), {@code department} the lead or an
 * assisting department, and the received range is {@code [receivedFrom, receivedBefore)}.
 */
public record TicketSearch(String number, String enterprise, String creditCode, TicketState status, String topic,
        String department, Instant receivedFrom, Instant receivedBefore, boolean openOnly) {

    public static TicketSearch openMatter(String creditCode, String topic) {
        return new TicketSearch(null, null, creditCode, null, topic, null, null, null, true);
    }
}
