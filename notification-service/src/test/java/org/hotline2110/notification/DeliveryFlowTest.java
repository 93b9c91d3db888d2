package org.hotline2110.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class DeliveryFlowTest {

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static String alert(String alertId, String ticketId) {
        return """
                {"alertId":"%s","ticketId":"%s","ticketNumber":"T-%s","department":"tax","clock":"CONTACT",
                 "level":"RED","deadline":"%s","deadlineVersion":1,"raisedAt":"%s"}"""
                .formatted(alertId, ticketId, ticketId, Instant.now().minusSeconds(1), Instant.now());
    }

    private static String supervisor() {
        return "Bearer " + DevStackTestResource.token("supervisor");
    }

    @Test
    void eachAlertIsDeliveredOnceToTheDepartmentsSupervisorsEvenWhenItArrivesTwice() {
        String ticketId = UUID.randomUUID().toString();
        String alertId = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId, alert(alertId, ticketId));
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId, alert(alertId, ticketId));
        String second = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId, alert(second, ticketId));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/deliveries?ticketId=" + ticketId)
                .then().statusCode(200).body("$", hasSize(2)));
        given().header("Authorization", supervisor())
                .when().get("/api/v1/deliveries?ticketId=" + ticketId + "&level=RED")
                .then().statusCode(200)
                .body("[0].recipient", equalTo("supervisors:tax"))
                .body("[0].channel", equalTo("INBOX"))
                .body("[0].status", equalTo("DELIVERED"));
    }

    @Test
    void onlySupervisorsAndAdminsReadTheLog() {
        given().when().get("/api/v1/deliveries").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "tax"))
                .when().get("/api/v1/deliveries").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("admin"))
                .when().get("/api/v1/deliveries").then().statusCode(200);
    }

    @Test
    void aMalformedAlertIsDeadLetteredAndTheNextIsDelivered() {
        String marker = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), marker, "{\"level\":\"RED\"}");
        List<ConsumerRecord<String, String>> dead = kafka().read(Topics.deadLetter(Topics.SLA_ALERT, "notification-service"),
                r -> marker.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("breaks its schema");

        String ticketId = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId,
                alert(UUID.randomUUID().toString(), ticketId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/deliveries?ticketId=" + ticketId)
                .then().statusCode(200).body("$", hasSize(1)));
    }
}
