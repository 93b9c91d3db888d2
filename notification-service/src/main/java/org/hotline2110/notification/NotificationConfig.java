package org.hotline2110.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How deliveries are attempted and retried. */
@ConfigMapping(prefix = "hotline.notification")
public interface NotificationConfig {

    Delivery delivery();

    /** sla-monitor's base URL, for its calendar days (the REST client "calendar" reads it). */
    String calendarUrl();

    interface Delivery {

        /** Attempts before a delivery is given up as DEAD. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failure; doubles with each further failure, with jitter. */
        @WithDefault("10s")
        Duration backoff();

        /** The longest wait between two attempts. */
        @WithDefault("1h")
        Duration maxBackoff();

        /** How long a webhook or SMTP server may take to answer one attempt. */
        @WithDefault("10s")
        Duration timeout();

        /** Due deliveries one worker pass claims at most. */
        @WithDefault("64")
        int batch();

        /** How often due deliveries are looked for. */
        @WithDefault("200ms")
        Duration poll();
    }
}
