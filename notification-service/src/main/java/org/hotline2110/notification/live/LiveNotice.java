package org.hotline2110.notification.live;

import java.util.UUID;

import org.hotline2110.notification.delivery.Kind;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One server-sent event: the delivery, what it carries, and the notice as a webhook would receive it. */
public record LiveNotice(UUID deliveryId, Kind kind, @JsonRawValue String notice) {
}
