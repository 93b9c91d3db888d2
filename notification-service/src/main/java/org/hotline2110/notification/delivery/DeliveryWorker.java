package org.hotline2110.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Sends what is due. A claim leases due deliveries in a short transaction ({@code SKIP LOCKED}, so instances share
 * the work) and commits; each delivery is then sent on its own and its outcome recorded in a transaction of its own,
 * so no transaction waits on a receiver and each delivery ends when its own receiver answers. At most
 * {@code per-subscription} deliveries of one subscription are in flight here: a slow receiver holds its own places
 * only. A crash leaves the claims leased; they are attempted again when the lease ends, and a receiver may then see
 * a repeat with the same {@code X-Hotline-Delivery} id, never a second delivery.
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
    private final InFlight inFlight = new InFlight();
    /** Claims are made one at a time, so each sees the places the one before took; the sends overlap freely. */
    private final AtomicBoolean claiming = new AtomicBoolean();
    /** Woken while a claim was being made: claim again when it ends. */
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
        if (this.config.lease().compareTo(this.config.timeout().multipliedBy(2)) < 0) {
            throw new IllegalStateException("hotline.notification.delivery.lease must be at least twice the timeout, "
                    + "or a slow attempt would be claimed again while still in flight");
        }
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
        if (!claiming.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        claim().onTermination().invoke(() -> {
            claiming.set(false);
            if (again.getAndSet(false)) {
                poll();
            }
        }).subscribe().with(claimed -> {
            claimed.forEach(this::send);
            if (claimed.size() == config.batch()) {
                poll();
            }
        }, e -> {
            if (DatabaseFailures.isTransient(e)) {
                LOG.warnf("Deliveries wait for the database: %s", e.getMessage());
            } else {
                LOG.errorf(e, "Claiming due deliveries failed");
            }
        });
    }

    /** Leases what is due, within the free places; each claimed delivery counts as in flight from here on. */
    private Uni<List<DueDelivery>> claim() {
        int room = Math.min(config.batch(), config.maxInFlight() - inFlight.total());
        if (room <= 0) {
            return Uni.createFrom().item(List.of());
        }
        return pool.withTransaction(tx -> {
            Instant now = clock.now();
            Instant leaseUntil = now.plus(config.lease()).truncatedTo(ChronoUnit.MICROS);
            return deliveries.dropStaleWarnings(tx, now)
                    .flatMap(dropped -> deliveries.claimDue(tx, now, leaseUntil, room, config.perSubscription(),
                            inFlight.bySubscription()));
        }).invoke(claimed -> claimed.forEach(delivery -> inFlight.add(delivery.subscriptionId())));
    }

    private void send(DueDelivery delivery) {
        attempt(delivery)
                .flatMap(closing -> pool.withTransaction(tx -> deliveries.record(tx, closing, delivery.leaseUntil()))
                        .invoke(recorded -> {
                            if (recorded) {
                                count(delivery, closing);
                            } else {
                                LOG.warnf("Delivery %s was claimed again before its outcome was recorded",
                                        delivery.id());
                            }
                        }))
                .onTermination().invoke(() -> {
                    inFlight.remove(delivery.subscriptionId());
                    poll();
                })
                .subscribe().with(recorded -> {
                }, e -> LOG.warnf("The outcome of delivery %s is not recorded; it is attempted again after its "
                        + "lease: %s", delivery.id(), e.getMessage()));
    }

    private Uni<Closing> attempt(DueDelivery delivery) {
        Instant claimedAt = clock.now();
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

    private void count(DueDelivery delivery, Closing closing) {
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
