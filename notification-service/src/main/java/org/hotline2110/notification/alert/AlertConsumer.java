package org.hotline2110.notification.alert;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.notification.delivery.Audience;
import org.hotline2110.notification.delivery.DeliveryClock;
import org.hotline2110.notification.delivery.DeliveryRepository;
import org.hotline2110.notification.delivery.DeliveryWorker;
import org.hotline2110.notification.delivery.Kind;
import org.hotline2110.notification.delivery.NewDelivery;
import org.hotline2110.notification.notice.AlertNotice;
import org.hotline2110.notification.subscription.Departments;
import org.hotline2110.platform.messaging.EventConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Turns each alert, once, into deliveries in the transaction that records it as processed: the lead department's
 * inbox, and every subscription that follows its department, level and clock. RED and GREEN are due at once; a
 * YELLOW raised outside its clock's working hours is held until the next working period that sla-monitor gave it,
 * and dropped should its clock go red or be met meanwhile.
 */
@ApplicationScoped
public class AlertConsumer {

    private static final String CONSUMER = "notification-alerts";

    private final EventConsumer consumer;
    private final DeliveryRepository deliveries;
    private final Departments departments;
    private final DeliveryClock clock;
    private final DeliveryWorker worker;
    private final ObjectMapper mapper;

    public AlertConsumer(EventConsumer consumer, DeliveryRepository deliveries, Departments departments,
            DeliveryClock clock, DeliveryWorker worker, ObjectMapper mapper) {
        this.consumer = consumer;
        this.deliveries = deliveries;
        this.departments = departments;
        this.clock = clock;
        this.worker = worker;
        this.mapper = mapper;
    }

    @Incoming("sla-alert-in")
    public Uni<Void> onAlert(Message<String> message) {
        return consumer.consume(message, CONSUMER, SlaAlertRaised.class, (tx, event) -> apply(tx, event.payload()))
                .invoke(worker::wake);
    }

    private Uni<Void> apply(SqlConnection tx, SlaAlertRaised alert) {
        Instant now = clock.now();
        NewDelivery delivery = new NewDelivery(alert.alertId(), Kind.ALERT, alert.ticketId(), alert.ticketNumber(),
                alert.department(), alert.clock(), alert.level(), alert.deadline(), alert.raisedAt(), body(alert),
                dueAt(alert, now));
        Uni<Integer> clearedWarnings = alert.level() == AlertLevel.YELLOW
                ? Uni.createFrom().item(0)
                : deliveries.cancelHeldWarnings(tx, alert.ticketId(), alert.clock().name(), alert.level().name(),
                        alert.raisedAt());
        return clearedWarnings
                .flatMap(ignored -> deliveries.toInbox(tx, delivery, now))
                .flatMap(ignored -> deliveries.toSubscriptions(tx, delivery, Audience.ALERT, now))
                .replaceWithVoid();
    }

    /**
     * Only a YELLOW waits; one from before sla-monitor said when working hours resume goes at once. Anything else
     * is due when raised, or now should sla-monitor's clock run ahead of this one.
     */
    private static Instant dueAt(SlaAlertRaised alert, Instant now) {
        if (alert.level() == AlertLevel.YELLOW && alert.nextWorkingInstant() != null
                && alert.nextWorkingInstant().isAfter(alert.raisedAt())) {
            return alert.nextWorkingInstant();
        }
        return alert.raisedAt().isAfter(now) ? now : alert.raisedAt();
    }

    private String body(SlaAlertRaised alert) {
        try {
            return mapper.writeValueAsString(new AlertNotice(AlertNotice.KIND, alert.alertId(), alert.ticketId(),
                    alert.ticketNumber(), alert.department(), departments.name(alert.department()), alert.clock(),
                    alert.level(), alert.deadline(), alert.raisedAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
