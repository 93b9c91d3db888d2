package org.hotline2110.notification.alert;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.notification.delivery.DeliveryRepository;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.RejectedEventException;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;

/**
 * Delivers each alert to the supervisors of the ticket's lead department through their inbox, once, in the
 * transaction that records the alert as processed.
 */
@ApplicationScoped
public class AlertConsumer {

    private static final String CONSUMER = "notification-alerts";
    static final String INBOX = "INBOX";

    private final EventConsumer consumer;
    private final DeliveryRepository deliveries;

    public AlertConsumer(EventConsumer consumer, DeliveryRepository deliveries) {
        this.consumer = consumer;
        this.deliveries = deliveries;
    }

    @Incoming("sla-alert-in")
    public Uni<Void> onAlert(Message<String> message) {
        return consumer.consume(message, CONSUMER, (tx, event) -> {
            if (event.payload() instanceof SlaAlertRaised alert) {
                return deliveries.deliver(tx, alert, "supervisors:" + alert.department(), INBOX,
                        Timestamps.now());
            }
            throw new RejectedEventException(event.type().type() + " does not belong on the alert topic");
        });
    }
}
