package org.hotline2110.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.hotline2110.notification.NotificationConfig;
import org.hotline2110.notification.channel.ChannelSender;
import org.hotline2110.notification.delivery.DeliveryRepository.Closing;
import org.hotline2110.notification.subscription.Channel;
import org.hotline2110.platform.sql.DatabaseFailures;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Sends what is due. Each pass locks a batch of due deliveries ({@code FOR UPDATE SKIP LOCKED}, so instances
 * share the work), attempts them all at once and records every outcome in the same transaction. A crash rolls the
 * claim back and the deliveries are attempted again; a receiver may then see a repeat with the same
 * {@code X-Hotline-Delivery} id, never a second delivery.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final Pool pool;
    private final DeliveryRepository deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryClock clock;
    private final NotificationConfig.Delivery config;
    private final Backoff backoff;
    private final MeterRegistry registry;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Woken while a pass was running: run another when it ends. */
    private final AtomicBoolean again = new AtomicBoolean();
    private long timer;

    public DeliveryWorker(Pool pool, DeliveryRepository deliveries, Instance<ChannelSender> senders,
            DeliveryClock clock, NotificationConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.clock = clock;
        this.config = config.delivery();
        this.backoff = new Backoff(this.config.backoff(), this.config.maxBackoff());
        this.registry = registry;
    }

    /** Polls on a Vert.x timer: Quarkus's scheduler can't run more often than once a second. */
    void start(@Observes StartupEvent started, Vertx vertx) {
        timer = vertx.setPeriodic(config.poll().toMillis(), id -> poll());
    }

    void stop(@Observes ShutdownEvent stopping, Vertx vertx) {
        vertx.cancelTimer(timer);
    }

    /** Looks for due deliveries now rather than at the next tick: an event has just written some. */
    public void wake() {
        poll();
    }

    private void poll() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        drain().onTermination().invoke(() -> {
            running.set(false);
            if (again.getAndSet(false)) {
                poll();
            }
        }).subscribe().with(ignored -> {
        }, e -> {
            if (DatabaseFailures.isTransient(e)) {
                LOG.warnf("Deliveries wait for the database: %s", e.getMessage());
            } else {
                LOG.errorf(e, "A delivery pass failed");
            }
        });
    }

    /** Passes until less than a full batch was due. */
    Uni<Void> drain() {
        return pass().flatMap(claimed -> claimed < config.batch() ? Uni.createFrom().voidItem() : drain());
    }

    private Uni<Integer> pass() {
        return pool.withTransaction(tx -> {
            Instant now = clock.now();
            return deliveries.dropStaleWarnings(tx, now)
                    .flatMap(dropped -> deliveries.claimDue(tx, now, config.batch()))
                    .flatMap(due -> attemptAll(due, now)
                            .flatMap(closings -> deliveries.record(tx, closings)
                                    .invoke(() -> count(due, closings))
                                    .replaceWith(due.size())));
        });
    }

    private Uni<List<Closing>> attemptAll(List<DueDelivery> due, Instant now) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Closing>> attempts = new ArrayList<>();
        for (DueDelivery delivery : due) {
            attempts.add(attempt(delivery, now));
        }
        return Uni.join().all(attempts).andFailFast();
    }

    private Uni<Closing> attempt(DueDelivery delivery, Instant claimedAt) {
        if (!delivery.subscriptionActive()) {
            return Uni.createFrom().item(new Closing(delivery.id(), DeliveryStatus.CANCELLED, delivery.attempts(),
                    claimedAt, null, null, "subscription ended"));
        }
        int attempt = delivery.attempts() + 1;
        return senders.get(delivery.channel()).send(delivery).map(outcome -> {
            Instant at = clock.now();
            if (outcome.succeeded()) {
                return new Closing(delivery.id(), DeliveryStatus.DELIVERED, attempt, at, null, outcome, null);
            }
            if (attempt >= config.maxAttempts()) {
                LOG.warnf("Delivery %s is dead after %d attempts: %s", delivery.id(), attempt, outcome.error());
                return new Closing(delivery.id(), DeliveryStatus.DEAD, attempt, at, null, outcome, null);
            }
            Duration wait = backoff.after(attempt);
            return new Closing(delivery.id(), DeliveryStatus.RETRYING, attempt, at, at.plus(wait), outcome, null);
        });
    }

    private void count(List<DueDelivery> due, List<Closing> closings) {
        for (int i = 0; i < due.size(); i++) {
            DueDelivery delivery = due.get(i);
            Closing closing = closings.get(i);
            String channel = delivery.channel().name();
            registry.counter("hotline.notification.attempts", "channel", channel, "status", closing.status().name())
                    .increment();
            if (closing.status() == DeliveryStatus.DELIVERED) {
                Timer.builder("hotline.notification.delivery.latency")
                        .description("From when a delivery was due (an alert's raising) to its delivery")
                        .tag("channel", channel).tag("kind", delivery.kind().name())
                        .publishPercentiles(0.5, 0.99)
                        .register(registry)
                        .record(Duration.between(delivery.dueAt(), closing.at()));
            }
        }
    }
}
