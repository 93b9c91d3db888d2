package org.hotline2110.notification.support;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.hotline2110.notification.delivery.DeliveryClock;

/** The delivery clock, which a test may move to another instant (Friday night, Monday morning) and back. */
@Alternative
@Priority(1)
@ApplicationScoped
public class AdjustableClock extends DeliveryClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return super.now().plus(offset);
    }

    /** From now on the clock reads {@code instant} and runs on from there. */
    public void travelTo(Instant instant) {
        offset = Duration.between(super.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
