package org.hotline2110.notification.delivery;

/**
 * HELD: a YELLOW waiting for working hours; PENDING: due, not yet attempted; RETRYING: failed, retried later;
 * DELIVERED; DEAD: every attempt failed; CANCELLED: no longer worth sending (subscription ended, warning cleared).
 */
public enum DeliveryStatus {
    HELD, PENDING, RETRYING, DELIVERED, DEAD, CANCELLED
}
