package org.hotline2110.intake.status;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.platform.messaging.EventConsumer;
import org.hotline2110.platform.messaging.IncomingEvent;
import org.hotline2110.platform.messaging.RejectedEventException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Keeps each clock's light, so an operator sees red, yellow and green without calling sla-monitor. */
@ApplicationScoped
public class SlaLightConsumer {

    private static final String CONSUMER = "intake-lights";

    private final EventConsumer consumer;
    private final LightRepository lights;

    public SlaLightConsumer(EventConsumer consumer, LightRepository lights) {
        this.consumer = consumer;
        this.lights = lights;
    }

    @Incoming("sla-alert-in")
    public Uni<Void> onAlert(Message<String> message) {
        return consumer.consume(message, CONSUMER, this::apply);
    }

    private Uni<Void> apply(SqlConnection tx, IncomingEvent event) {
        if (!(event.payload() instanceof SlaAlertRaised alert)) {
            throw new RejectedEventException(event.type().type() + " does not belong on the alert topic");
        }
        return lights.record(tx, alert).invoke(known -> {
            if (!known) {
                throw new RejectedEventException("unknown ticket " + alert.ticketId());
            }
        }).replaceWithVoid();
    }
}
