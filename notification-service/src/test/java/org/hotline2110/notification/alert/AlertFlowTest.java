package org.hotline2110.notification.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.kafka;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.supervisor;

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
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class AlertFlowTest {

    @Test
    void eachAlertReachesTheDepartmentsInboxOnceEvenWhenItArrivesTwice() {
        UUID ticket = UUID.randomUUID();
        String first = alert(UUID.randomUUID(), ticket, "tax", "CONTACT", "RED", Instant.now(), null);
        raise(ticket, first);
        raise(ticket, first);
        raise(ticket, alert(UUID.randomUUID(), ticket, "tax", "REPLY", "RED", Instant.now(), null));

        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&kind=ALERT").size() == 2);
        List<Map<String, Object>> inbox = deliveries("ticketId=" + ticket + "&level=RED&status=DELIVERED");
        assertThat(inbox).hasSize(2).allSatisfy(d -> {
            assertThat(d.get("recipient")).isEqualTo("supervisors:tax");
            assertThat(d.get("channel")).isEqualTo("INBOX");
            assertThat(d.get("deliveredAt")).isNotNull();
        });
    }

    @Test
    void onlySupervisorsAndAdminsReadTheLog() {
        given().when().get("/api/v1/deliveries").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "tax"))
                .when().get("/api/v1/deliveries").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("admin"))
                .when().get("/api/v1/deliveries").then().statusCode(200);
        given().header("Authorization", supervisor()).when().get("/api/v1/deliveries?status=LOST")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPageBeyondWhatCanBeOffsetIs400NamingThePage() {
        given().header("Authorization", supervisor()).when().get("/api/v1/deliveries?page=2147483647&size=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("page"));
        given().header("Authorization", supervisor()).when().get("/api/v1/deliveries?page=100000&size=200")
                .then().statusCode(200);
    }

    @Test
    void aMalformedAlertIsDeadLetteredAndTheNextIsDelivered() {
        String marker = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), marker, "{\"level\":\"RED\"}");
        List<ConsumerRecord<String, String>> dead = kafka().read(Topics.deadLetter(Topics.SLA_ALERT, "notification-service"),
                r -> marker.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("breaks its schema");

        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "tax", "RESOLVE", "RED", Instant.now(), null));
        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket).size() == 1);
    }
}
