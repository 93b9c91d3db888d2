package org.hotline2110.notification.subscription;

/** How a subscription's deliveries leave: a signed HTTP POST, an e-mail, or the owner's live page. */
public enum Channel {
    WEBHOOK, EMAIL, SSE
}
