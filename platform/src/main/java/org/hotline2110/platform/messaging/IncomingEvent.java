package org.hotline2110.platform.messaging;

import java.time.OffsetDateTime;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.HotlineEvent;

/** An event as received: its CloudEvents id and type, when it happened, and its checked payload. */
public record IncomingEvent<T extends HotlineEvent>(String id, EventType type, OffsetDateTime time, T payload) {

    /** The same event, known to carry a {@code T}. */
    @SuppressWarnings("unchecked")
    <U extends HotlineEvent> IncomingEvent<U> as(Class<U> payloadType) {
        payloadType.cast(payload);
        return (IncomingEvent<U>) this;
    }
}
