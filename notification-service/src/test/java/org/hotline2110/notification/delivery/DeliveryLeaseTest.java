package org.hotline2110.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A claim is a lease: the delivery of a worker that died comes back once its lease has ended, while one whose lease
 * still runs (a live worker's call in flight) is left to that worker.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class DeliveryLeaseTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    Pool pool;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private UUID leased(String subscriptionId, OffsetDateTime leaseUntil) {
        UUID id = UUID.randomUUID();
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
        pool.preparedQuery("""
                        INSERT INTO delivery (id, source_id, kind, recipient, channel, subscription_id, payload, status,
                                              raised_at, due_at, next_attempt_at, attempts, created_at, lease_until)
                        VALUES ($1, $2, 'ALERT', 'subscription:' || $3::text, 'WEBHOOK', $3, $4, 'PENDING',
                                $5, $5, $5, 0, $5, $6)""")
                .execute(Tuple.of(id, UUID.randomUUID(), UUID.fromString(subscriptionId),
                        "{\"kind\":\"sla-alert\"}", due, leaseUntil))
                .await().atMost(Duration.ofSeconds(10));
        return id;
    }

    @Test
    void aDeadWorkersClaimComesBackWhenItsLeaseEndsAndALiveOnesIsLeftAlone() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        String subscription = subscribe(Map.of("name", "lease", "department", "xinqiao-town", "levels", List.of("RED"),
                "channel", "WEBHOOK", "url", RECEIVER.url(endpoint))).getString("id");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID inFlight = leased(subscription, now.plusHours(1));
        UUID abandoned = leased(subscription, now.minusSeconds(1));

        await().atMost(patience()).until(() -> !deliveries("subscriptionId=" + subscription + "&status=DELIVERED")
                .isEmpty());

        List<Map<String, Object>> all = deliveries("subscriptionId=" + subscription);
        assertThat(all).filteredOn(d -> abandoned.toString().equals(d.get("id"))).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("DELIVERED"));
        assertThat(all).filteredOn(d -> inFlight.toString().equals(d.get("id"))).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("PENDING"))
                .satisfies(d -> assertThat(d.get("attempts")).isEqualTo(0));
        assertThat(endpoint.requests()).extracting(WebhookReceiver.Request::deliveryId)
                .containsExactly(abandoned.toString());
        unsubscribe(subscription);
    }
}
