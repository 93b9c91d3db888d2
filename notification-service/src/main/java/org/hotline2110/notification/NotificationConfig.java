package org.hotline2110.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How deliveries are attempted and retried, where webhooks may go, and the key of their secrets. */
@ConfigMapping(prefix = "hotline.notification")
public interface NotificationConfig {

    Delivery delivery();

    Webhook webhook();

    /** sla-monitor's base URL, for its calendar days (the REST client "calendar" reads it). */
    String calendarUrl();

    /**
     * AES-256 key (base64 of 32 bytes) that webhook secrets are stored encrypted with. Optional here only so that
     * a production start without it reaches the platform's check, which names it with every other missing variable;
     * {@code SecretCipher} refuses to work without it.
     */
    Optional<String> secretKey();

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

        /** The whole of one attempt (webhook: resolution, connection, headers and body; e-mail: the SMTP exchange). */
        @WithDefault("10s")
        Duration timeout();

        /**
         * How long a claimed delivery is kept from other workers: longer than an attempt, so that only a worker that
         * died (or lost the database) lets it go, and it is then attempted again.
         */
        @WithDefault("1m")
        Duration lease();

        /** Deliveries of one subscription in flight at once on one instance: a slow receiver delays only its own. */
        @WithDefault("4")
        int perSubscription();

        /** Deliveries in flight at once on one instance, all subscriptions together. */
        @WithDefault("256")
        int maxInFlight();

        /** Due deliveries one claim takes at most. */
        @WithDefault("64")
        int batch();

        /** How often due deliveries are looked for. */
        @WithDefault("200ms")
        Duration poll();
    }

    interface Webhook {

        /** Internal networks (CIDRs) a webhook may reach all the same, such as an intranet receiver's. */
        Optional<List<String>> allowedNetworks();

        /** The most of a receiver's answer that is read; the rest is not waited for. */
        @WithDefault("65536")
        int maxResponseBytes();
    }
}
