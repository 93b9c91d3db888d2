package org.hotline2110.notification.urging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.ticket.TicketLifecycleEvent;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.notification.delivery.Audience;
import org.hotline2110.notification.delivery.DeliveryClock;
import org.hotline2110.notification.delivery.DeliveryRepository;
import org.hotline2110.notification.delivery.DeliveryWorker;
import org.hotline2110.notification.delivery.Kind;
import org.hotline2110.notification.delivery.NewDelivery;
import org.hotline2110.notification.notice.UrgingNotice;
import org.hotline2110.notification.subscription.Departments;
import org.hotline2110.platform.messaging.EventConsumer;

import io.smallrye.mutiny.Uni;

/**
 * Delivers each urging (督办) to the subscribers of the ticket's lead department, at once: a supervisor chose to
 * send it. Every other lifecycle event is none of this service's business and is passed over.
 */
@ApplicationScoped
public class UrgingConsumer {

    private static final String CONSUMER = "notification-urging";

    private final EventConsumer consumer;
    private final DeliveryRepository deliveries;
    private final Departments departments;
    private final DeliveryClock clock;
    private final DeliveryWorker worker;
    private final ObjectMapper mapper;

    public UrgingConsumer(EventConsumer consumer, DeliveryRepository deliveries, Departments departments,
            DeliveryClock clock, DeliveryWorker worker, ObjectMapper mapper) {
        this.consumer = consumer;
        this.deliveries = deliveries;
        this.departments = departments;
        this.clock = clock;
        this.worker = worker;
        this.mapper = mapper;
    }

    @Incoming("lifecycle-in")
    public Uni<Void> onLifecycle(Message<String> message) {
        return consumer.consume(message, CONSUMER, TicketLifecycleEvent.class, (tx, event) -> {
            if (!(event.payload() instanceof TicketUrged urged)) {
                return Uni.createFrom().voidItem();
            }
            // the event id is the one thing every repeat of this urging shares
            UUID source = UUID.nameUUIDFromBytes(("urging:" + event.id()).getBytes(StandardCharsets.UTF_8));
            NewDelivery delivery = new NewDelivery(source, Kind.URGING, urged.ticketId(), urged.ticketNumber(),
                    urged.leadDepartment(), null, null, null, urged.urgedAt(), body(urged), urged.urgedAt());
            return deliveries.toSubscriptions(tx, delivery, Audience.URGING, clock.now()).replaceWithVoid();
        }).invoke(worker::wake);
    }

    private String body(TicketUrged urged) {
        try {
            return mapper.writeValueAsString(new UrgingNotice(UrgingNotice.KIND, urged.ticketId(), urged.ticketNumber(),
                    urged.leadDepartment(), departments.name(urged.leadDepartment()), urged.message(),
                    urged.urgedBy(), urged.urgedAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
