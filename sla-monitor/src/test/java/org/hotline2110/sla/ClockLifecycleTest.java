package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The clocks following a ticket's lifecycle, on the seconds-long test policy (CONTACT 2 s, REPLY 3 s, RESOLVE 12 s,
 * elapsed time; REPLY and RESOLVE pause while suspended).
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ClockLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    private static void send(EventType type, String ticketId, String json) {
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, type.type(), ticketId, json);
    }

    private static String assign(String department) {
        String id = UUID.randomUUID().toString();
        send(EventType.TICKET_ASSIGNED, id, """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":1,"leadDepartment":"%s","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":"R-TEST"}""".formatted(id, id, department, now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> clocks(id).size() == 3);
        return id;
    }

    private static void step(EventType type, String id, String fields) {
        send(type, id, "{\"ticketId\":\"%s\",\"assignment\":1,%s}".formatted(id, fields));
    }

    private static void contacted(String id) {
        step(EventType.TICKET_CONTACTED, id, "\"department\":\"tax\",\"method\":\"PHONE\",\"contactedAt\":\"%s\"".formatted(now()));
    }

    private static void resolved(String id) {
        step(EventType.TICKET_RESOLVED, id, "\"department\":\"tax\",\"resolvedAt\":\"%s\"".formatted(now()));
    }

    private static List<JsonNode> clocks(String id) {
        JsonNode body = JSON.valueToTree(given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/tickets/" + id + "/clocks").then().extract().as(Object.class));
        return body.isArray() ? iterable(body) : List.of();
    }

    private static Map<String, JsonNode> byClock(String id, int round) {
        return clocks(id).stream().filter(c -> c.get("round").asInt() == round)
                .collect(Collectors.toMap(c -> c.get("clock").asText(), Function.identity()));
    }

    private static List<String> alerts(String id, Duration settle) {
        return kafka().readAll(Topics.SLA_ALERT, r -> id.equals(r.key()), settle).stream()
                .map(r -> field(r, "clock") + "/" + field(r, "level")).toList();
    }

    @Test
    void clocksMetInTimeRaiseNothingAndAResolutionImpliesContactAndReply() {
        String id = assign("tax");
        contacted(id);
        resolved(id);

        await().atMost(Duration.ofSeconds(10)).until(() -> clocks(id).stream().allMatch(c -> "MET".equals(c.get("state").asText())));
        assertThat(clocks(id)).allSatisfy(c -> assertThat(c.get("minutesLate").asLong()).isLessThanOrEqualTo(0));
        // past every deadline of the policy but RESOLVE's: nothing was raised for clocks met in time
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(alerts(id, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aRedClockMetLateClearsWithOneGreenAlert() {
        String id = assign("tax");
        await().atMost(Duration.ofSeconds(15)).until(() -> alerts(id, Duration.ofMillis(500)).contains("CONTACT/RED"));
        contacted(id);

        await().atMost(Duration.ofSeconds(15)).until(() -> alerts(id, Duration.ofMillis(500)).contains("CONTACT/GREEN"));
        assertThat(alerts(id, Duration.ofSeconds(2))).doesNotHaveDuplicates();
        assertThat(byClock(id, 1).get("CONTACT").get("state").asText()).isEqualTo("MET");
        assertThat(byClock(id, 1).get("CONTACT").get("minutesLate").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aSuspensionPausesReplyAndResolveAndTheirDeadlinesMoveByThePause() throws Exception {
        String id = assign("tax");
        Map<String, JsonNode> before = byClock(id, 1);
        Instant suspendedAt = now();
        step(EventType.TICKET_SUSPENDED, id, "\"reason\":\"等待企业补充材料\",\"suspendedAt\":\"%s\"".formatted(suspendedAt));
        await().atMost(Duration.ofSeconds(10)).until(() -> "PAUSED".equals(byClock(id, 1).get("REPLY").get("state").asText()));
        assertThat(byClock(id, 1).get("CONTACT").get("state").asText()).as("CONTACT does not pause").isEqualTo("RUNNING");

        // REPLY would be due now, but it is paused: no red for it
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(alerts(id, Duration.ofSeconds(1))).doesNotContain("REPLY/RED");

        Instant resumedAt = now();
        step(EventType.TICKET_RESUMED, id, "\"resumedAt\":\"%s\"".formatted(resumedAt));
        await().atMost(Duration.ofSeconds(10)).until(() -> "RUNNING".equals(byClock(id, 1).get("REPLY").get("state").asText()));
        Map<String, JsonNode> after = byClock(id, 1);
        Duration pause = Duration.between(suspendedAt, resumedAt);
        for (String clock : List.of("REPLY", "RESOLVE")) {
            Instant old = Instant.parse(before.get(clock).get("deadline").asText());
            assertThat(Instant.parse(after.get(clock).get("deadline").asText())).isEqualTo(old.plus(pause));
            assertThat(after.get(clock).get("deadlineVersion").asInt()).isEqualTo(2);
        }
    }

    @Test
    void anExtensionMovesTheResolveDeadlineAndAReopenedTicketRunsResolveAgain() {
        String id = assign("tax");
        Instant old = Instant.parse(byClock(id, 1).get("RESOLVE").get("deadline").asText());
        step(EventType.TICKET_EXTENDED, id, "\"workingDays\":2,\"reason\":\"需现场勘查\",\"grantedAt\":\"%s\"".formatted(now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> byClock(id, 1).get("RESOLVE").get("extensionDays").asInt() == 2);
        assertThat(Instant.parse(byClock(id, 1).get("RESOLVE").get("deadline").asText()))
                .as("an elapsed-time clock extends by whole days").isEqualTo(old.plus(Duration.ofDays(2)));

        resolved(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> "MET".equals(byClock(id, 1).get("RESOLVE").get("state").asText()));
        step(EventType.TICKET_REOPENED, id, "\"reason\":\"企业回访不满意\",\"reopenedAt\":\"%s\"".formatted(now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> byClock(id, 2).containsKey("RESOLVE"));
        assertThat(byClock(id, 2).get("RESOLVE").get("state").asText()).isEqualTo("RUNNING");
        assertThat(byClock(id, 1).get("RESOLVE").get("state").asText()).as("the first round keeps its outcome").isEqualTo("MET");
    }

    @Test
    void eventsThatDoNotFitTheClocksAreDeadLetteredAndChangeNothing() {
        String id = assign("tax");
        String unknown = UUID.randomUUID().toString();
        step(EventType.TICKET_RESUMED, id, "\"resumedAt\":\"%s\"".formatted(now()));
        step(EventType.TICKET_REOPENED, id, "\"reason\":\"x\",\"reopenedAt\":\"%s\"".formatted(now()));
        send(EventType.TICKET_CONTACTED, id, """
                {"ticketId":"%s","assignment":2,"department":"tax","method":"PHONE","contactedAt":"%s"}""".formatted(id, now()));
        contacted(unknown);

        List<ConsumerRecord<String, String>> dead = kafka().read(Topics.deadLetter(Topics.TICKET_LIFECYCLE, "sla-monitor"),
                r -> id.equals(r.key()) || unknown.equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("not suspended"))
                .anySatisfy(reason -> assertThat(reason).contains("was not resolved"))
                .anySatisfy(reason -> assertThat(reason).contains("current one is 1"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown ticket"));
        assertThat(clocks(id)).hasSize(3).allSatisfy(c -> assertThat(c.get("deadlineVersion").asInt()).isEqualTo(1));
        assertThat(clocks(unknown)).isEmpty();
    }

    /** Whole milliseconds, so the test's arithmetic and the database's agree to the last digit. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        try {
            return JSON.readTree(record.value()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
