package org.hotline2110.notification.delivery;

/** What a delivery carries. */
public enum Kind {
    ALERT, URGING, DIGEST
}
