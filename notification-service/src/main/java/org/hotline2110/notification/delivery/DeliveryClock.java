package org.hotline2110.notification.delivery;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.sql.Timestamps;

/** What "now" is to deliveries: which are due, which YELLOW alerts wait for working hours. */
@ApplicationScoped
public class DeliveryClock {

    public Instant now() {
        return Timestamps.now();
    }
}
