package org.hotline2110.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.supervisor;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.hotline2110.notification.support.WebhookReceiver.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class WebhookDeliveryTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private static JsonPath webhook(Endpoint endpoint, String department) {
        return subscribe(Map.of("name", "督查室系统", "department", department, "levels", List.of("RED"),
                "channel", "WEBHOOK", "url", RECEIVER.url(endpoint)));
    }

    @Test
    void aRedAlertArrivesOnceSignedWithTheSubscriptionsSecret() throws Exception {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = webhook(endpoint, "market-regulation");
        UUID ticket = UUID.randomUUID();
        UUID alertId = UUID.randomUUID();
        String json = alert(alertId, ticket, "market-regulation", "REPLY", "RED", Instant.now(), null);
        raise(ticket, json);
        raise(ticket, json); // a redelivery of the same alert

        await().atMost(patience()).until(() -> !endpoint.requests().isEmpty());
        Request request = endpoint.requests().get(0);
        assertThat(request.event()).isEqualTo("alert");
        JsonPath body = JsonPath.from(request.body());
        assertThat(body.getString("alertId")).isEqualTo(alertId.toString());
        assertThat(body.getString("departmentName")).isEqualTo("市场监管局");
        assertThat(body.getString("level")).isEqualTo("RED");

        String[] parts = request.signature().split(",");
        String t = parts[0].substring("t=".length());
        assertThat(Math.abs(Long.parseLong(t) - Instant.now().getEpochSecond())).isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(subscription.getString("secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(parts[1]).isEqualTo("v1=" + expected);

        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&status=DELIVERED").size() == 2);
        List<Map<String, Object>> delivered = deliveries("ticketId=" + ticket);
        assertThat(delivered).extracting(d -> d.get("channel")).containsExactlyInAnyOrder("INBOX", "WEBHOOK");
        assertThat(endpoint.requests()).hasSize(1);
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void aReceiverThatFailsThreeTimesThenRecoversGetsTheAlertExactlyOnce() {
        Endpoint endpoint = RECEIVER.endpoint(3);
        JsonPath subscription = webhook(endpoint, "natural-resources");
        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "natural-resources", "CONTACT", "RED", Instant.now(), null));

        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&kind=ALERT&status=DELIVERED")
                .stream().anyMatch(d -> "WEBHOOK".equals(d.get("channel"))));
        assertThat(endpoint.accepted()).hasSize(1);
        assertThat(endpoint.requests()).hasSize(4)
                .extracting(Request::deliveryId).containsOnly(endpoint.requests().get(0).deliveryId());
        Map<String, Object> delivery = deliveries("ticketId=" + ticket + "&subscriptionId=" + subscription.getString("id")).get(0);
        assertThat(delivery.get("attempts")).isEqualTo(4);

        List<Map<String, Object>> attempts = given().header("Authorization", supervisor())
                .when().get("/api/v1/deliveries/" + delivery.get("id") + "/attempts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(attempts).extracting(a -> a.get("succeeded")).containsExactly(false, false, false, true);
        assertThat(attempts).extracting(a -> a.get("statusCode")).containsExactly(500, 500, 500, 204);
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void aReceiverThatNeverRecoversEndsDeadAfterTheLastAttempt() {
        Endpoint endpoint = RECEIVER.endpoint(WebhookReceiver.NEVER);
        JsonPath subscription = webhook(endpoint, "housing-construction");
        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "housing-construction", "RESOLVE", "RED", Instant.now(), null));

        await().atMost(patience()).until(() -> !deliveries("ticketId=" + ticket + "&status=DEAD").isEmpty());
        Map<String, Object> dead = deliveries("ticketId=" + ticket + "&status=DEAD").get(0);
        assertThat(dead.get("subscriptionId")).isEqualTo(subscription.getString("id"));
        assertThat(dead.get("attempts")).isEqualTo(5);
        assertThat((String) dead.get("lastError")).contains("500");
        assertThat(endpoint.requests()).hasSize(5);
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void attemptsOfAnUnknownDeliveryAre404() {
        given().header("Authorization", supervisor()).when().get("/api/v1/deliveries/" + UUID.randomUUID() + "/attempts")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
