package org.hotline2110.notification.channel;

import org.hotline2110.notification.delivery.DueDelivery;
import org.hotline2110.notification.delivery.Outcome;
import org.hotline2110.notification.subscription.Channel;

import io.smallrye.mutiny.Uni;

/** Makes one attempt at a delivery on one channel. Never fails: a failure is an {@link Outcome}. */
public interface ChannelSender {

    Channel channel();

    Uni<Outcome> send(DueDelivery delivery);
}
