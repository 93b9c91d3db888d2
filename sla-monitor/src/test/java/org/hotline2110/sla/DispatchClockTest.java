package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
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
 * The manual queue's DISPATCH clock, on the seconds-long test policy (DISPATCH: 8 elapsed seconds, warning at 6):
 * it starts when a ticket enters the queue, warns and goes red to the dispatch centre, and is met by routing.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class DispatchClockTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CENTRE = "dispatch-centre";

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static void queue(String ticketId, Instant at) {
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_PENDING_DISPATCH.type(), ticketId, """
                {"ticketId":"%s","ticketNumber":"T-%s","reason":"no rule","queuedAt":"%s","urgency":"NORMAL"}"""
                .formatted(ticketId, ticketId, at));
    }

    private static void assign(String ticketId, int assignment, String lead, Instant at) {
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), ticketId, """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":%d,"leadDepartment":"%s","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":null}""".formatted(ticketId, ticketId, assignment, lead, at));
    }

    private static void returned(String ticketId, int assignment, String department, Instant at) {
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_RETURNED.type(), ticketId, """
                {"ticketId":"%s","assignment":%d,"department":"%s","reason":"不属本单位职责","returnedAt":"%s"}"""
                .formatted(ticketId, assignment, department, at));
    }

    private static String supervisor() {
        return "Bearer " + DevStackTestResource.token("supervisor");
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        try {
            return JSON.readTree(record.value()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTicketWaitingInTheManualQueueWarnsAndGoesRedToTheDispatchCentreAndRoutingMeetsIt() throws Exception {
        String id = UUID.randomUUID().toString();
        queue(id, Instant.now());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200)
                .body("clock", containsInAnyOrder("DISPATCH"))
                .body("[0].department", equalTo(CENTRE))
                .body("[0].assignment", equalTo(1)));

        List<ConsumerRecord<String, String>> warned = kafka().read(Topics.SLA_ALERT, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(20));
        assertThat(warned).extracting(r -> field(r, "level")).containsExactly("YELLOW", "RED");
        for (ConsumerRecord<String, String> alert : warned) {
            JsonNode body = JSON.readTree(alert.value());
            assertThat(EventSchemas.violations(EventType.SLA_ALERT_RAISED, body)).isEmpty();
            assertThat(body.get("clock").asText()).isEqualTo("DISPATCH");
            assertThat(body.get("department").asText()).isEqualTo(CENTRE);
        }

        assign(id, 1, "tax", Instant.now());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200)
                .body("clock", containsInAnyOrder("DISPATCH", "CONTACT", "REPLY", "RESOLVE"))
                .body("find { it.clock == 'DISPATCH' }.state", equalTo("MET")));
        List<ConsumerRecord<String, String>> all = kafka().read(Topics.SLA_ALERT,
                r -> id.equals(r.key()) && "DISPATCH".equals(field(r, "clock")), 3, Duration.ofSeconds(20));
        assertThat(all).extracting(r -> field(r, "level")).containsExactly("YELLOW", "RED", "GREEN");
    }

    @Test
    void aReturnToTheQueueStartsADispatchClockForTheNextAssignment() {
        String id = UUID.randomUUID().toString();
        Instant start = Instant.now();
        assign(id, 1, "finance", start);
        returned(id, 1, "finance", start.plusMillis(100));
        queue(id, start.plusMillis(100));
        assign(id, 2, "commerce", start.plusMillis(200));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200)
                .body("findAll { it.assignment == 2 }.clock", containsInAnyOrder("DISPATCH", "CONTACT", "REPLY", "RESOLVE"))
                .body("findAll { it.assignment == 2 && it.clock == 'DISPATCH' }.state", containsInAnyOrder("MET"))
                .body("findAll { it.assignment == 1 }.state", hasSize(3))
                .body("findAll { it.assignment == 1 && it.state == 'CANCELLED' }", hasSize(3)));
    }

    /**
     * 1 July 2024, a day no other test uses. A: queued 10:00:00 and routed 2 s later, on time. B: queued 10:10:00
     * and routed 10 s later, late. C: queued 10:20:00 and never routed, so late once its 8 s passed. The dispatch
     * centre routed 1 of 3 judged on time (33.33%); the lead's lines count their own clocks, not DISPATCH.
     */
    @Test
    void theAssessmentGivesTheDispatchCentreALineOfItsOwn() {
        Instant day = Instant.parse("2024-07-01T02:00:00Z");
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        queue(a, day);
        assign(a, 1, "transport", day.plusSeconds(2));
        queue(b, day.plusSeconds(600));
        assign(b, 1, "transport", day.plusSeconds(610));
        queue(c, day.plusSeconds(1200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", supervisor())
                .when().get("/api/v1/assessments?from=2024-07-01&to=2024-07-01")
                .then().statusCode(200)
                .body("dispatchCentre.department", equalTo(CENTRE))
                .body("dispatchCentre.queued", equalTo(3))
                .body("dispatchCentre.routed", equalTo(2))
                .body("dispatchCentre.routedOnTime", equalTo(1))
                .body("dispatchCentre.late", equalTo(2))
                .body("dispatchCentre.routedOnTimeRate", equalTo(33.33f))
                // transport's two tickets: CONTACT, REPLY and RESOLVE of each never met, 6 red; B's late routing is not its
                .body("departments.find { it.department == 'transport' }.counts.assigned", equalTo(2))
                .body("departments.find { it.department == 'transport' }.counts.redAlerts", equalTo(6)));

        String csv = given().header("Authorization", supervisor())
                .when().get("/api/v1/assessments/export?from=2024-07-01&to=2024-07-01&format=csv&table=dispatch")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFF单位编码,单位,进入人工派单件数,已派出件数,按时派出件数,超时件数,派单及时率(%)",
                "dispatch-centre,营商办（调度中心）,3,2,1,2,33.33");
    }
}
