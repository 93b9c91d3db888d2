package org.hotline2110.platform.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.platform.sql.DatabaseFailures;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The one way every service consumes an event: parse and check it, refuse a payload the consumer does not take (an
 * event on the wrong topic), then apply it and record it in the inbox in one transaction, then acknowledge. A repeat is acknowledged without effect. An event that can't be applied is
 * nacked, which the channel's {@code failure-strategy=dead-letter-queue} turns into a dead letter with the
 * reason, so the partition moves on. A database outage is retried until the database is back: it delays work
 * and never sends a good event to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Pool pool;
    private final EventParser parser;
    private final Inbox inbox;
    private final MeterRegistry registry;

    public EventConsumer(Pool pool, EventParser parser, Inbox inbox, MeterRegistry registry) {
        this.pool = pool;
        this.parser = parser;
        this.inbox = inbox;
        this.registry = registry;
    }

    /** Consumes {@code message} as {@code consumer}, whose handler takes payloads of {@code accepted} (a class or interface). */
    public <T extends HotlineEvent> Uni<Void> consume(Message<String> message, String consumer, Class<T> accepted,
            EventHandler<T> handler) {
        return Uni.createFrom().item(() -> accepting(parser.parse(message), accepted))
                .flatMap(event -> pool.withTransaction(tx -> inbox.firstDelivery(tx, consumer, event.id())
                        .flatMap(first -> first ? handler.apply(tx, event) : Uni.createFrom().voidItem())))
                .onFailure(DatabaseFailures::isTransient)
                .invoke(e -> LOG.warnf("%s waits for the database: %s", consumer, e.getMessage()))
                .onFailure(DatabaseFailures::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .onItemOrFailure().transformToUni((ignored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    deadLettered(consumer, failure);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private static <T extends HotlineEvent> IncomingEvent<T> accepting(IncomingEvent<HotlineEvent> event, Class<T> accepted) {
        if (!accepted.isInstance(event.payload())) {
            throw new RejectedEventException(event.type().type() + " is not for this consumer, which takes "
                    + accepted.getSimpleName());
        }
        return event.as(accepted);
    }

    private void deadLettered(String consumer, Throwable failure) {
        String reason = failure instanceof RejectedEventException ? "rejected" : failure.getClass().getSimpleName();
        registry.counter("hotline.events.dead.lettered", "consumer", consumer, "reason", reason).increment();
        LOG.warnf("%s sends an event to its dead-letter topic: %s", consumer, failure.getMessage());
    }
}
