package org.hotline2110.platform.lights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.sla.SlaClockChanged;
import org.hotline2110.platform.messaging.EventConsumer;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Keeps {@code ticket_clock} from sla-monitor's alerts and clock events, in the services that show lights or
 * deadlines ({@code hotline.lights.enabled=true}; they add {@code db/lights} to Flyway's locations and configure the
 * channels {@code sla-alert-lights-in} and {@code sla-clock-in}).
 */
@ApplicationScoped
@IfBuildProperty(name = "hotline.lights.enabled", stringValue = "true")
public class ClockLightsConsumer {

    private final EventConsumer consumer;
    private final TicketClocks clocks;
    private final Instance<ClockLightListener> listeners;

    public ClockLightsConsumer(EventConsumer consumer, TicketClocks clocks, Instance<ClockLightListener> listeners) {
        this.consumer = consumer;
        this.clocks = clocks;
        this.listeners = listeners;
    }

    @Incoming("sla-alert-lights-in")
    public Uni<Void> onAlert(Message<String> message) {
        return consumer.consume(message, "lights-from-alerts", SlaAlertRaised.class,
                (tx, event) -> apply(tx, ClockLight.of(event.payload())));
    }

    @Incoming("sla-clock-in")
    public Uni<Void> onClock(Message<String> message) {
        return consumer.consume(message, "lights-from-clocks", SlaClockChanged.class,
                (tx, event) -> apply(tx, ClockLight.of(event.payload())));
    }

    private Uni<Void> apply(SqlConnection tx, ClockLight heard) {
        return clocks.apply(tx, heard).flatMap(change -> change.after().equals(change.before())
                ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(listeners)
                        .onItem().transformToUniAndConcatenate(listener -> listener.changed(tx, change))
                        .collect().last().replaceWithVoid());
    }
}
