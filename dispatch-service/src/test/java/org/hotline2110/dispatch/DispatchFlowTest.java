package org.hotline2110.dispatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventSchemas;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class DispatchFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static String received(String ticketId, String topic, String town) {
        return """
                {"ticketId":"%s","ticketNumber":"T-%s","receivedAt":"2026-11-24T02:30:00Z","channel":"phone",
                 "demandType":"help","topic":"%s","urgency":"NORMAL","town":"%s",
                 "enterprise":{"name":"浙江恒丰精密机械有限公司","creditCode":"91330782MA28C1X705"},
                 "contactPhoneMasked":"138****2345","summary":"新建厂房消防验收材料反复退回"}"""
                .formatted(ticketId, ticketId, topic, town);
    }

    private static List<ConsumerRecord<String, String>> lifecycle(String ticketId, int expected) {
        return kafka().read(Topics.TICKET_LIFECYCLE, r -> ticketId.equals(r.key()), expected, Duration.ofSeconds(20));
    }

    private static String department(String id) {
        return "Bearer " + DevStackTestResource.token("department", id);
    }

    @Test
    void aReceivedTicketIsAssignedByItsRuleAndAnnouncedOnceEvenWhenItArrivesTwice() throws Exception {
        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, received(id, "approvals", "xinqiao-town"));
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, received(id, "approvals", "xinqiao-town"));

        List<ConsumerRecord<String, String>> events = lifecycle(id, 1);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> assigned = events.get(0);
        assertThat(KafkaProbe.header(assigned, "ce_type")).isEqualTo(EventType.TICKET_ASSIGNED.type());
        assertThat(KafkaProbe.header(assigned, "ce_source")).isEqualTo("dispatch-service");
        var body = JSON.readTree(assigned.value());
        assertThat(EventSchemas.violations(EventType.TICKET_ASSIGNED, body)).isEmpty();
        assertThat(body.get("leadDepartment").asText()).isEqualTo("approval-bureau");
        assertThat(body.get("assignment").asInt()).isEqualTo(1);
        assertThat(body.get("ruleId").asText()).isEqualTo("R-APPROVALS");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", department("approval-bureau"))
                .when().get("/api/v1/tickets?state=ASSIGNED&size=200")
                .then().statusCode(200).body("id", hasItem(id)));
        given().header("Authorization", department("approval-bureau"))
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("state", equalTo("ASSIGNED"))
                .body("assistingDepartments", hasItem("market-regulation"))
                .body("handlingLog.action", equalTo(List.of("ASSIGNED")));

        // a second copy of the same ticket changed nothing
        assertThat(kafka().readAll(Topics.TICKET_LIFECYCLE, r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void aDepartmentSeesOnlyItsOwnTickets() {
        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, received(id, "talent", "hexi-town"));
        assertThat(lifecycle(id, 1)).hasSize(1);

        given().header("Authorization", department("human-resources"))
                .when().get("/api/v1/tickets/" + id).then().statusCode(200);
        given().header("Authorization", department("tax"))
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", department("tax"))
                .when().get("/api/v1/tickets?department=human-resources")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().header("Authorization", "Bearer " + DevStackTestResource.token("dispatcher"))
                .when().get("/api/v1/tickets/" + id).then().statusCode(200);
        given().when().get("/api/v1/tickets/" + id)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("operator"))
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aTicketNoRuleMatchesWaitsForTheDispatchCentre() throws Exception {
        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, received(id, "other", "hi-tech-park"));

        List<ConsumerRecord<String, String>> events = lifecycle(id, 1);
        assertThat(events).hasSize(1);
        assertThat(KafkaProbe.header(events.get(0), "ce_type")).isEqualTo(EventType.TICKET_PENDING_DISPATCH.type());
        assertThat(EventSchemas.violations(EventType.TICKET_PENDING_DISPATCH, JSON.readTree(events.get(0).value()))).isEmpty();
        given().header("Authorization", "Bearer " + DevStackTestResource.token("dispatcher"))
                .when().get("/api/v1/tickets?state=PENDING_DISPATCH&size=200")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aMalformedRecordIsDeadLetteredWithItsReasonAndDispatchCarriesOn() {
        String marker = UUID.randomUUID().toString();
        kafka().send(Topics.TICKET_RECEIVED, marker, "<<not json>>", Map.of(
                "ce_specversion", "1.0", "ce_id", marker, "ce_type", EventType.TICKET_RECEIVED.type(), "ce_source", "test"));
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), marker + "-schema", "{\"ticketId\":\"x\"}");

        List<ConsumerRecord<String, String>> dead = kafka().read(Topics.deadLetter(Topics.TICKET_RECEIVED, "dispatch-service"),
                r -> r.key() != null && r.key().startsWith(marker), 2, Duration.ofSeconds(30));
        assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("not JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("breaks its schema"));

        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, received(id, "financing", "hexi-town"));
        assertThat(lifecycle(id, 1)).hasSize(1);
    }
}
