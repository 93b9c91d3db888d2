package org.hotline2110.notification.alert;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.delivery.DeliveryRepository;
import org.hotline2110.platform.lights.ClockLight;
import org.hotline2110.platform.lights.ClockLightListener;
import org.hotline2110.platform.lights.TicketClocks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A YELLOW held until working hours is dropped once its clock no longer warns: met, cancelled (a re-route or an
 * approved return), or given a deadline that is not yellow (an extension, a resume).
 */
@ApplicationScoped
public class HeldWarnings implements ClockLightListener {

    private final DeliveryRepository deliveries;

    public HeldWarnings(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Uni<Void> changed(SqlConnection tx, TicketClocks.Change change) {
        ClockLight after = change.after();
        if (after.open() && after.shown() != null) {
            return Uni.createFrom().voidItem();
        }
        String why = after.open() ? "a new deadline" : "its clock " + after.state();
        return deliveries.cancelHeldWarnings(tx, after.ticketId(), after.clock().name(), why, after.changedAt())
                .replaceWithVoid();
    }
}
