package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

/**
 * Every clock's schedule is announced on the clock topic as it starts, moves, is met or is cancelled, with the
 * deadline the clocks API reports (the seconds-long test policy).
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ClockEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static void send(EventType type, String ticketId, String json) {
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, type.type(), ticketId, json);
    }

    /** The ticket's first {@code count} clock events, each checked against its schema. */
    private static List<JsonNode> announced(String id, int count) {
        List<ConsumerRecord<String, String>> records = kafka().read(Topics.SLA_CLOCK, r -> id.equals(r.key()), count,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(count);
        return records.stream().map(r -> {
            assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo(EventType.SLA_CLOCK_CHANGED.type());
            JsonNode body = read(r.value());
            assertThat(EventSchemas.violations(EventType.SLA_CLOCK_CHANGED, body)).isEmpty();
            return body;
        }).toList();
    }

    private static List<String> summary(List<JsonNode> events) {
        return events.stream().map(e -> e.get("clock").asText() + "@" + e.get("assignment").asInt() + " "
                + e.get("state").asText() + " v" + e.get("deadlineVersion").asInt()).toList();
    }

    private static JsonNode clockApi(String id, String clock, int assignment) {
        JsonNode all = JSON.valueToTree(given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/tickets/" + id + "/clocks").then().statusCode(200).extract().as(Object.class));
        for (JsonNode c : all) {
            if (c.get("clock").asText().equals(clock) && c.get("assignment").asInt() == assignment) {
                return c;
            }
        }
        throw new AssertionError("no " + clock + " clock of assignment " + assignment + " in " + all);
    }

    @Test
    void startsAnExtensionARerouteAndAContactAreEachAnnouncedWithTheirSchedule() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        send(EventType.TICKET_ASSIGNED, id, """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":1,"leadDepartment":"tax","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":"R-TEST","state":"ASSIGNED"}""".formatted(id, id, now));
        List<JsonNode> started = announced(id, 3);
        assertThat(summary(started)).containsExactlyInAnyOrder("CONTACT@1 RUNNING v1", "REPLY@1 RUNNING v1",
                "RESOLVE@1 RUNNING v1");
        JsonNode resolve = started.stream().filter(e -> e.get("clock").asText().equals("RESOLVE")).findFirst().orElseThrow();
        assertThat(resolve.get("deadline").asText()).isEqualTo(clockApi(id, "RESOLVE", 1).get("deadline").asText());
        assertThat(resolve.get("department").asText()).isEqualTo("tax");
        assertThat(resolve.get("light").asText()).isEqualTo("GREEN");

        send(EventType.TICKET_EXTENDED, id, """
                {"ticketId":"%s","assignment":1,"workingDays":2,"reason":"需现场勘查","grantedAt":"%s",
                 "leadDepartment":"tax","state":"ASSIGNED"}""".formatted(id, Instant.now()));
        JsonNode extended = announced(id, 4).get(3);
        assertThat(summary(List.of(extended))).containsExactly("RESOLVE@1 RUNNING v2");
        assertThat(extended.get("deadline").asText()).isEqualTo(clockApi(id, "RESOLVE", 1).get("deadline").asText())
                .isNotEqualTo(resolve.get("deadline").asText());

        send(EventType.TICKET_ASSIGNED, id, """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":2,"leadDepartment":"commerce","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":null,"state":"ASSIGNED"}""".formatted(id, id, Instant.now()));
        List<JsonNode> rerouted = announced(id, 10).subList(4, 10);
        assertThat(summary(rerouted)).containsExactlyInAnyOrder("CONTACT@1 CANCELLED v1", "REPLY@1 CANCELLED v1",
                "RESOLVE@1 CANCELLED v2", "CONTACT@2 RUNNING v1", "REPLY@2 RUNNING v1", "RESOLVE@2 RUNNING v1");

        Instant contactedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        send(EventType.TICKET_CONTACTED, id, """
                {"ticketId":"%s","assignment":2,"department":"commerce","method":"PHONE","contactedAt":"%s",
                 "leadDepartment":"commerce","state":"CONTACTED"}""".formatted(id, contactedAt));
        JsonNode met = announced(id, 11).get(10);
        assertThat(summary(List.of(met))).containsExactly("CONTACT@2 MET v1");
        assertThat(Instant.parse(met.get("metAt").asText())).isEqualTo(contactedAt);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
