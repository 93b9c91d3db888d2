package org.hotline2110.platform.messaging;

import java.time.OffsetDateTime;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.HotlineEvent;

/** An event as received: its CloudEvents id and type, when it happened, and its checked payload. */
public record IncomingEvent(String id, EventType type, OffsetDateTime time, HotlineEvent payload) {
}
