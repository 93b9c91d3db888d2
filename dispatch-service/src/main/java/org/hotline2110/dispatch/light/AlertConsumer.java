package org.hotline2110.dispatch.light;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.RejectedEventException;

import io.smallrye.mutiny.Uni;

/** The lights departments see are sla-monitor's alerts; an alert for a former lead no longer shows. */
@ApplicationScoped
public class AlertConsumer {

    private static final String CONSUMER = "dispatch-lights";

    private final EventConsumer consumer;
    private final LightRepository lights;

    public AlertConsumer(EventConsumer consumer, LightRepository lights) {
        this.consumer = consumer;
        this.lights = lights;
    }

    @Incoming("sla-alert-in")
    public Uni<Void> onAlert(Message<String> message) {
        return consumer.consume(message, CONSUMER, (tx, event) -> {
            if (!(event.payload() instanceof SlaAlertRaised alert)) {
                throw new RejectedEventException(event.type().type() + " does not belong on the alert topic");
            }
            return lights.apply(tx, alert).invoke(known -> {
                if (!known) {
                    throw new RejectedEventException("unknown ticket " + alert.ticketId());
                }
            }).replaceWithVoid();
        });
    }
}
