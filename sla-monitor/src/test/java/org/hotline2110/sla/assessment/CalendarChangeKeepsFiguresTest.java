package org.hotline2110.sla.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A calendar loaded after a clock was met leaves the assessment as it was. On the real policy (working days), 2023
 * has no holiday data until an administrator loads it: a RESOLVE clock started Monday 2023-06-19 10:00 is due on
 * Monday 2023-07-03 17:30 counting weekends only, and is met on 07-04 10:00, 990 minutes late. With the Dragon Boat
 * holidays (06-22, 06-23 off; Sunday 06-25 worked) it would have been due 07-04 17:30, on time; the recorded outcome
 * stands. A second ticket, still running, shows that the calendar change did recompute the clocks it should.
 */
@QuarkusTest
@TestProfile(CalendarChangeKeepsFiguresTest.RealPolicy.class)
@WithTestResource(DevStackTestResource.class)
class CalendarChangeKeepsFiguresTest {

    public static class RealPolicy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotline.sla.policy", "../seeds/sla-policy.json");
        }
    }

    private static final String YEAR = "2023";
    private static final String DRAGON_BOAT = """
            {"holidays": [{"date": "2023-06-22", "name": "端午节"}, {"date": "2023-06-23", "name": "端午节"}],
             "makeupWorkdays": [{"date": "2023-06-25", "name": "端午节"}]}""";

    @Test
    void aMetClockKeepsItsOutcomeAndTheExportedPeriodItsFigures() {
        KafkaProbe kafka = new KafkaProbe(DevStackTestResource.kafkaBootstrap());
        String met = UUID.randomUUID().toString();
        String running = UUID.randomUUID().toString();
        assign(kafka, met, "2023-06-19T02:00:00Z");
        send(kafka, EventType.TICKET_CONTACTED, met,
                "\"department\":\"finance\",\"method\":\"PHONE\",\"contactedAt\":\"2023-06-19T02:30:00Z\"");
        send(kafka, EventType.TICKET_REPLIED, met, "\"department\":\"finance\",\"repliedAt\":\"2023-06-19T07:00:00Z\"");
        send(kafka, EventType.TICKET_RESOLVED, met, "\"department\":\"finance\",\"resolvedAt\":\"2023-07-04T02:00:00Z\"");
        assign(kafka, running, "2023-06-20T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> clocks(met).stream().allMatch(c -> "MET".equals(c.get("state")))
                && clocks(running).size() == 3);
        assertThat(resolve(met).get("deadline")).isEqualTo("2023-07-03T09:30:00Z");
        String runningDeadline = (String) resolve(running).get("deadline");

        List<List<String>> summaryBefore = csv("summary");
        List<List<String>> ticketsBefore = csv("tickets");
        assertThat(column(ticketsBefore, "T-" + met, "办结超时分钟(负为提前)")).isEqualTo("990");
        // one of two RESOLVE clocks on time: none (the met one late, the running one overdue at the year's end)
        assertThat(column(summaryBefore, "finance", "办理及时率(%)")).isEqualTo("0");

        given().header("Authorization", "Bearer " + DevStackTestResource.token("admin")).contentType(ContentType.JSON)
                .body(DRAGON_BOAT).when().put("/api/v1/calendars/default/years/" + YEAR).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !runningDeadline.equals(resolve(running).get("deadline")));
        assertThat(resolve(running).get("deadline")).as("two holidays less one make-up day: one day later")
                .isEqualTo("2023-07-05T09:30:00Z");

        assertThat(resolve(met).get("deadline")).isEqualTo("2023-07-03T09:30:00Z");
        assertThat(csv("summary")).isEqualTo(summaryBefore);
        assertThat(row(csv("tickets"), "T-" + met)).isEqualTo(row(ticketsBefore, "T-" + met));
    }

    private static void assign(KafkaProbe kafka, String id, String at) {
        kafka.sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), id, """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":1,"leadDepartment":"finance","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":"R-TEST"}""".formatted(id, id, at));
    }

    private static void send(KafkaProbe kafka, EventType type, String id, String fields) {
        kafka.sendEvent(Topics.TICKET_LIFECYCLE, type.type(), id,
                "{\"ticketId\":\"%s\",\"assignment\":1,%s}".formatted(id, fields));
    }

    /** The ticket's clocks; none while its assignment has not been consumed yet (404). */
    private static List<Map<String, Object>> clocks(String id) {
        var response = given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/tickets/" + id + "/clocks").then().extract();
        return response.statusCode() == 404 ? List.of() : response.jsonPath().getList("$");
    }

    private static Map<String, Object> resolve(String id) {
        return clocks(id).stream().filter(c -> "RESOLVE".equals(c.get("clock"))).findFirst().orElseThrow();
    }

    private static List<List<String>> csv(String table) {
        return ExportReader.csv(ExportReader.download(YEAR + "-01-01", YEAR + "-12-31", "csv", table));
    }

    private static List<String> row(List<List<String>> table, String first) {
        return table.stream().filter(r -> r.contains(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + first));
    }

    private static String column(List<List<String>> table, String rowKey, String header) {
        return row(table, rowKey).get(table.get(0).indexOf(header));
    }
}
