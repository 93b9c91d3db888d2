package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class TicketEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @org.junit.jupiter.api.BeforeAll
    static void contract() {
        OpenApiContract.install();
    }

    private static String operator() {
        return "Bearer " + DevStackTestResource.token("operator");
    }

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static String create() {
        return given().header("Authorization", operator()).contentType(ContentType.JSON).body(TicketFixtures.ticket())
                .when().post("/api/v1/tickets")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aLoggedTicketIsPublishedOnceAsACloudEventThatMatchesItsSchemaWithThePhoneMasked() throws Exception {
        String id = create();

        List<ConsumerRecord<String, String>> records = kafka().read(Topics.TICKET_RECEIVED,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(EventType.TICKET_RECEIVED.type());
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("intake-service");
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_id")).isNotBlank();
        assertThat(Instant.parse(KafkaProbe.header(record, "ce_time"))).isBefore(Instant.now());

        JsonNode body = JSON.readTree(record.value());
        assertThat(EventSchemas.violations(EventType.TICKET_RECEIVED, body)).isEmpty();
        assertThat(body.get("contactPhoneMasked").asText()).isEqualTo("138****2345");
        assertThat(record.value()).doesNotContain("13857112345").doesNotContain("王经理");

        // nothing more arrives for the same ticket: the outbox published it exactly once
        assertThat(kafka().readAll(Topics.TICKET_RECEIVED, r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void theStatusFollowsTheLifecycleTopic() {
        String id = create();
        String assigned = """
                {"ticketId":"%s","ticketNumber":"20261124-000001","assignment":1,"leadDepartment":"approval-bureau",
                 "assistingDepartments":[],"urgency":"NORMAL","assignedAt":"2026-11-24T02:30:00Z","ruleId":"R-APPROVALS",
                 "state":"ASSIGNED"}"""
                .formatted(id);
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), id, assigned);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", operator())
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ASSIGNED"))
                .body("leadDepartment", org.hamcrest.Matchers.equalTo("approval-bureau")));
    }

    @Test
    void aBrokenLifecycleRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextOneIsStillApplied() {
        String marker = UUID.randomUUID().toString();
        kafka().send(Topics.TICKET_LIFECYCLE, marker, "this is not json {" + marker, Map.of(
                "ce_specversion", "1.0", "ce_id", marker, "ce_type", EventType.TICKET_ASSIGNED.type(),
                "ce_source", "test"));
        kafka().send(Topics.TICKET_LIFECYCLE, marker + "-plain", "no headers at all", Map.of());

        String dlq = Topics.deadLetter(Topics.TICKET_LIFECYCLE, "intake-service");
        List<ConsumerRecord<String, String>> dead = kafka().read(dlq,
                r -> r.key() != null && r.key().startsWith(marker), 2, Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("not JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvent"));

        theStatusFollowsTheLifecycleTopic();
    }
}
