package org.hotline2110.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.supervisor;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.HostileReceiver;
import org.hotline2110.notification.support.HostileReceiver.Behaviour;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Three hostile receivers beside a healthy one, all following the same department: the healthy one still gets each
 * RED as it is raised, and each hostile one's deliveries are tried to the last attempt and end DEAD.
 */
@QuarkusTest
@TestProfile(HostileReceiversTest.DeadlineAboveTheTrickle.class)
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class HostileReceiversTest {

    private static final int BASELINE = 3;
    private static final int ALERTS = 5;
    private static final int ATTEMPTS = 3;

    /**
     * A deadline longer than the trickle's five seconds between bytes, so that only a deadline on the attempt as a
     * whole, not one on silence, can end it; three attempts to keep the run short.
     */
    public static class DeadlineAboveTheTrickle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotline.notification.delivery.timeout", "6s",
                    "hotline.notification.delivery.max-attempts", Integer.toString(ATTEMPTS));
        }
    }

    private static final WebhookReceiver HEALTHY = new WebhookReceiver();
    private static final Map<Behaviour, HostileReceiver> HOSTILE = new EnumMap<>(Behaviour.class);

    static {
        for (Behaviour behaviour : Behaviour.values()) {
            HOSTILE.put(behaviour, new HostileReceiver(behaviour));
        }
    }

    @AfterAll
    static void stopReceivers() {
        HEALTHY.close();
        HOSTILE.values().forEach(HostileReceiver::close);
    }

    private static JsonPath webhook(String name, String url) {
        return subscribe(Map.of("name", name, "department", "hi-tech-park", "levels", List.of("RED"),
                "channel", "WEBHOOK", "url", url));
    }

    /** Raises {@code count} REDs one after the other, each once the healthy receiver has the one before. */
    private static List<Long> redsToHealthy(Endpoint healthy, int count) {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID ticket = UUID.randomUUID();
            String alertId = UUID.randomUUID().toString();
            long raised = System.nanoTime();
            raise(ticket, alert(UUID.fromString(alertId), ticket, "hi-tech-park", "RESOLVE", "RED", Instant.now(),
                    null));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> healthy.requests().stream().anyMatch(r -> r.body().contains(alertId)));
            latencies.add((System.nanoTime() - raised) / 1_000_000);
        }
        return latencies;
    }

    @Test
    void aHealthyReceiverGetsEveryRedPromptlyWhileHostileOnesAreRetriedUntilDead() {
        Endpoint healthy = HEALTHY.endpoint(0);
        List<String> subscriptions = new ArrayList<>();
        subscriptions.add(webhook("healthy", HEALTHY.url(healthy)).getString("id"));
        List<Long> alone = redsToHealthy(healthy, BASELINE);

        Map<Behaviour, String> hostile = new EnumMap<>(Behaviour.class);
        HOSTILE.forEach((behaviour, receiver) -> hostile.put(behaviour, webhook(behaviour.name(), receiver.url())
                .getString("id")));
        subscriptions.addAll(hostile.values());
        List<Long> beside = redsToHealthy(healthy, ALERTS);
        System.out.printf("RED raised to received at the healthy receiver, ms: alone %s; beside three hostile "
                + "receivers %s%n", alone, beside);

        for (Map.Entry<Behaviour, String> entry : hostile.entrySet()) {
            String query = "subscriptionId=" + entry.getValue();
            await().atMost(Duration.ofSeconds(120)).until(() -> deliveries(query + "&status=DEAD").size() == ALERTS);
            List<Map<String, Object>> dead = deliveries(query);
            assertThat(dead).hasSize(ALERTS).allSatisfy(d -> assertThat(d.get("attempts")).isEqualTo(ATTEMPTS));
            List<Map<String, Object>> attempts = given().header("Authorization", supervisor())
                    .when().get("/api/v1/deliveries/" + dead.get(0).get("id") + "/attempts")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            System.out.printf("%s receiver: %d connections; attempts of one delivery: %s%n", entry.getKey(),
                    HOSTILE.get(entry.getKey()).connections(), attempts);
            if (entry.getKey() == Behaviour.ENDLESS_BODY) {
                // its status came at once: the body was cut off at the cap, not read until the deadline
                assertThat(attempts).extracting(a -> a.get("statusCode")).containsOnly(503);
            } else {
                assertThat(attempts).extracting(a -> a.get("error")).containsOnly("no complete answer within 6s");
            }
        }
        assertThat(healthy.requests()).hasSize(BASELINE + ALERTS);
        assertThat(deliveries("subscriptionId=" + subscriptions.get(0) + "&status=DELIVERED"))
                .hasSize(BASELINE + ALERTS);
        subscriptions.forEach(id -> unsubscribe(id));
    }
}
