package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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

/** Runs on the seconds-long test policy: CONTACT due after 2 s, REPLY after 3 s, RESOLVE warns at 9 s and is due at 12 s. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ClockFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static void assign(String ticketId, String lead) {
        String assigned = """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":1,"leadDepartment":"%s","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":null}"""
                .formatted(ticketId, ticketId, lead, Instant.now());
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), ticketId, assigned);
    }

    private static String supervisor() {
        return "Bearer " + DevStackTestResource.token("supervisor");
    }

    @Test
    void anAssignmentStartsThreeClocksAndEachOverdueClockRaisesExactlyOneRedAlert() throws Exception {
        String id = UUID.randomUUID().toString();
        assign(id, "tax");
        assign(id, "tax"); // the same assignment announced twice starts nothing more

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200)
                .body("clock", containsInAnyOrder("CONTACT", "REPLY", "RESOLVE")));

        List<ConsumerRecord<String, String>> alerts = kafka().read(Topics.SLA_ALERT, r -> isRed(r, id), 2,
                Duration.ofSeconds(20));
        assertThat(alerts).hasSize(2);
        for (ConsumerRecord<String, String> alert : alerts) {
            JsonNode body = JSON.readTree(alert.value());
            assertThat(EventSchemas.violations(EventType.SLA_ALERT_RAISED, body)).isEmpty();
            assertThat(KafkaProbe.header(alert, "ce_type")).isEqualTo(EventType.SLA_ALERT_RAISED.type());
            assertThat(body.get("level").asText()).isEqualTo("RED");
            assertThat(body.get("department").asText()).isEqualTo("tax");
        }
        assertThat(alerts).extracting(r -> JSON.readTree(r.value()).get("clock").asText())
                .containsExactlyInAnyOrder("CONTACT", "REPLY");

        // several more scans later: still one red alert per overdue clock, none for the RESOLVE clock not yet due
        assertThat(kafka().readAll(Topics.SLA_ALERT, r -> isRed(r, id), Duration.ofSeconds(2))).hasSize(2);
        given().header("Authorization", supervisor())
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200)
                .body("findAll { it.light == 'RED' }", hasSize(2))
                .body("findAll { it.state == 'RUNNING' }", hasSize(3));
        given().header("Authorization", supervisor())
                .when().get("/api/v1/clocks?department=tax&light=RED&size=500")
                .then().statusCode(200)
                .body("ticketId", hasItem(id))
                .body("light", everyItem(equalTo("RED")));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("hotline_sla_alert_lateness_seconds_count"))
                .body(containsString("hotline_sla_alerts_total{clock=\"CONTACT\",level=\"RED\""));
    }

    @Test
    void aWarningComesOnceBeforeTheDeadlineAndTheRedAlertAfterIt() throws Exception {
        String id = UUID.randomUUID().toString();
        assign(id, "finance");

        List<ConsumerRecord<String, String>> resolve = kafka().read(Topics.SLA_ALERT,
                r -> id.equals(r.key()) && "RESOLVE".equals(field(r, "clock")), 2, Duration.ofSeconds(30));
        assertThat(resolve).extracting(r -> field(r, "level")).containsExactly("YELLOW", "RED");

        List<ConsumerRecord<String, String>> all = kafka().readAll(Topics.SLA_ALERT, r -> id.equals(r.key()),
                Duration.ofSeconds(2));
        assertThat(all).extracting(r -> field(r, "clock") + "/" + field(r, "level")).doesNotHaveDuplicates()
                .contains("CONTACT/RED", "REPLY/RED", "RESOLVE/YELLOW", "RESOLVE/RED");
        given().header("Authorization", supervisor())
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200)
                .body("findAll { it.light == 'RED' }", hasSize(3));
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        try {
            return JSON.readTree(record.value()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRed(ConsumerRecord<String, String> record, String ticketId) {
        return ticketId.equals(record.key()) && "RED".equals(field(record, "level"));
    }

    @Test
    void aPageBeyondWhatCanBeOffsetIs400NamingThePage() {
        given().header("Authorization", supervisor()).when().get("/api/v1/clocks?page=2147483647&size=500")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        given().header("Authorization", supervisor()).when().get("/api/v1/clocks?page=100000&size=200")
                .then().statusCode(200);
    }

    @Test
    void aDepartmentSeesItsOwnClocksOnly() {
        String id = UUID.randomUUID().toString();
        assign(id, "commerce");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", "Bearer " + DevStackTestResource.token("department", "commerce"))
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200).body("clock", hasSize(3)));
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "tax"))
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(404).contentType("application/problem+json");
        // on the board too, a department sees its own clocks whatever it asks for
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "commerce"))
                .when().get("/api/v1/clocks?department=tax&size=500")
                .then().statusCode(200)
                .body("ticketId", hasItem(id))
                .body("department", everyItem(equalTo("commerce")));
        given().when().get("/api/v1/tickets/" + id + "/clocks").then().statusCode(401);
    }

    @Test
    void aMalformedLifecycleRecordIsDeadLettered() {
        String marker = UUID.randomUUID().toString();
        kafka().send(Topics.TICKET_LIFECYCLE, marker, "[1,2", Map.of(
                "ce_specversion", "1.0", "ce_id", marker, "ce_type", EventType.TICKET_ASSIGNED.type(), "ce_source", "test"));
        List<ConsumerRecord<String, String>> dead = kafka().read(Topics.deadLetter(Topics.TICKET_LIFECYCLE, "sla-monitor"),
                r -> marker.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("not JSON");
    }
}
