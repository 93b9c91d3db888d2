package org.hotline2110.contracts.feedback;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;

/**
 * An operator recorded the call-back (回访) of one resolution: once per resolution, {@code resolution} counting the
 * ticket's resolutions from 1 (a reopened ticket is resolved, and called back, again).
 */
public record TicketFeedbackRecorded(
        UUID ticketId,
        String ticketNumber,
        int resolution,
        String leadDepartment,
        CallbackOutcome outcome,
        Satisfaction satisfaction,
        Instant recordedAt) implements HotlineEvent {
}
