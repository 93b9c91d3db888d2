package org.hotline2110.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/** An operator logged an enterprise's demand. Personal data travels masked: the contact's phone only as {@code 138****5678}. */
public record TicketReceived(
        UUID ticketId,
        String ticketNumber,
        Instant receivedAt,
        String channel,
        String demandType,
        String topic,
        Urgency urgency,
        String town,
        Enterprise enterprise,
        String contactPhoneMasked,
        String summary) implements HotlineEvent {
}
