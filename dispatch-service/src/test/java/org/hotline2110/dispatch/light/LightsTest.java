package org.hotline2110.dispatch.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hotline2110.dispatch.Desk.act;
import static org.hotline2110.dispatch.Desk.as;
import static org.hotline2110.dispatch.Desk.awaitRouted;
import static org.hotline2110.dispatch.Desk.department;
import static org.hotline2110.dispatch.Desk.kafka;
import static org.hotline2110.dispatch.Desk.receive;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Departments see sla-monitor's clocks on their list: each deadline, each light, nearest deadline first. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class LightsTest {

    private static final String LEAD = "commerce";

    @Inject
    Pool pool;

    private static void alert(String ticketId, String department, String clock, String level, String deadline,
            String raisedAt) {
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId, """
                {"alertId":"%s","ticketId":"%s","ticketNumber":"T-1","department":"%s","clock":"%s","level":"%s",
                 "deadline":"%s","deadlineVersion":1,"raisedAt":"%s","assignment":1,"round":1}"""
                .formatted(UUID.randomUUID(), ticketId, department, clock, level, deadline, raisedAt));
    }

    /** A clock event of the ticket's first assignment, as sla-monitor announces it. */
    private static void clock(String ticketId, String clock, String state, String light, String warnAt,
            String deadline, int version) {
        kafka().sendEvent(Topics.SLA_CLOCK, EventType.SLA_CLOCK_CHANGED.type(), ticketId, """
                {"ticketId":"%s","ticketNumber":"T-1","assignment":1,"department":"%s","clock":"%s","round":1,
                 "state":"%s","light":"%s","startedAt":"2026-11-24T02:30:00Z","warnAt":"%s","deadline":"%s",
                 "deadlineVersion":%d,"metAt":null,"changedAt":"2026-11-24T02:30:00Z"}"""
                .formatted(ticketId, LEAD, clock, state, light, warnAt, deadline, version));
    }

    @Test
    void theWorkListIsOrderedByTheNearestOpenDeadline() {
        // Deadlines chosen by hand; the expected order is written out below, not computed.
        String resolveSoon = receive("find-me", "hexi-town", "外贸企业备案");
        String contactOverdue = receive("find-me", "hexi-town", "企业开办咨询");
        String replyLater = receive("find-me", "hexi-town", "招商政策咨询");
        String paused = receive("find-me", "hexi-town", "用地审批");
        String metContact = receive("find-me", "hexi-town", "用工招聘");
        List.of(resolveSoon, contactOverdue, replyLater, paused, metContact).forEach(id -> awaitRouted(id));

        clock(resolveSoon, "RESOLVE", "RUNNING", "GREEN", "2031-01-06T02:00:00Z", "2031-01-07T09:30:00Z", 1);
        clock(contactOverdue, "CONTACT", "RUNNING", "RED", "2020-01-06T03:30:00Z", "2020-01-06T04:30:00Z", 1);
        clock(replyLater, "REPLY", "RUNNING", "GREEN", "2031-01-08T02:00:00Z", "2031-01-08T09:30:00Z", 1);
        clock(replyLater, "RESOLVE", "RUNNING", "GREEN", "2031-01-20T02:00:00Z", "2031-01-21T09:30:00Z", 1);
        // a paused clock's deadline is frozen: the ticket goes after every running one
        clock(paused, "RESOLVE", "PAUSED", "GREEN", "2020-01-01T02:00:00Z", "2020-01-02T09:30:00Z", 1);
        // a met clock no longer counts; its ticket's running RESOLVE does
        clock(metContact, "CONTACT", "MET", "GREEN", "2020-01-06T03:30:00Z", "2020-01-06T04:30:00Z", 1);
        clock(metContact, "RESOLVE", "RUNNING", "GREEN", "2031-01-07T02:00:00Z", "2031-01-07T09:00:00Z", 1);

        List<String> expected = List.of(contactOverdue, metContact, resolveSoon, replyLater, paused);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> all = department(LEAD).get("/api/v1/tickets?size=200").then().statusCode(200).extract().path("id");
            assertThat(all.stream().filter(expected::contains).toList()).isEqualTo(expected);
        });
        department(LEAD).get("/api/v1/tickets/" + replyLater).then()
                .body("nextDeadline", equalTo("2031-01-08T09:30:00Z"))
                .body("clocks.find { it.clock == 'REPLY' }.deadline", equalTo("2031-01-08T09:30:00Z"))
                .body("clocks.find { it.clock == 'RESOLVE' }.warnAt", equalTo("2031-01-20T02:00:00Z"));
        department(LEAD).get("/api/v1/tickets/" + contactOverdue).then().body("light", equalTo("RED"));
    }

    @Test
    void redAndYellowShowAndGreenClearsAWarning() {
        String warned = receive("find-me", "hexi-town", "招商政策咨询");
        String overdue = receive("find-me", "hexi-town", "外贸备案");
        List.of(warned, overdue).forEach(id -> awaitRouted(id));

        alert(warned, LEAD, "REPLY", "YELLOW", "2026-11-25T09:30:00Z", "2026-11-25T06:22:30Z");
        alert(overdue, LEAD, "CONTACT", "RED", "2026-11-24T06:00:00Z", "2026-11-24T06:00:00Z");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets?light=RED")
                .then().statusCode(200).body("id", hasItem(overdue)).body("id", not(hasItem(warned))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets/" + warned)
                .then().body("light", equalTo("YELLOW")).body("clocks[0].clock", equalTo("REPLY")));

        alert(warned, LEAD, "REPLY", "GREEN", "2026-11-25T09:30:00Z", "2026-11-25T07:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets/" + warned)
                .then().body("light", equalTo("GREEN")).body("clocks[0].light", equalTo("GREEN"))
                .body("clocks[0].state", equalTo("MET")));
        department(LEAD).get("/api/v1/tickets?light=YELLOW").then().body("id", not(hasItem(warned)));
    }

    @Test
    void anExtensionThatMovesTheDeadlinePastTheWarningTurnsTheLightOff() {
        String id = receive("find-me", "hexi-town", "技改补助兑现");
        awaitRouted(id);
        alert(id, LEAD, "RESOLVE", "YELLOW", "2026-12-08T09:30:00Z", "2026-12-04T06:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets/" + id)
                .then().body("light", equalTo("YELLOW")));

        // the extension's new deadline, version 2, is no longer within the warning
        clock(id, "RESOLVE", "RUNNING", "GREEN", "2026-12-11T06:00:00Z", "2026-12-15T09:30:00Z", 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets/" + id)
                .then().body("light", equalTo("GREEN")).body("nextDeadline", equalTo("2026-12-15T09:30:00Z")));
        department(LEAD).get("/api/v1/tickets?light=YELLOW").then().body("id", not(hasItem(id)));
    }

    @Test
    void aReRouteClearsTheFormerLeadsLights() {
        String id = receive("find-me", "hexi-town", "出口退税咨询");
        awaitRouted(id);
        alert(id, LEAD, "CONTACT", "RED", "2026-11-24T06:00:00Z", "2026-11-24T06:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("dispatcher").get("/api/v1/tickets/" + id)
                .then().body("light", equalTo("RED")));
        act(as("dispatcher"), id, "reroute", "{\"lead\":\"tax\",\"note\":\"退税属税务局\"}")
                .then().statusCode(200).body("light", equalTo("GREEN")).body("leadDepartment", equalTo("tax"));
    }

    @Test
    void theManualQueuesDispatchLightShowsWhileTheTicketWaitsAndRoutingClearsIt() {
        String id = receive("other", "shanhou-town", "园区道路积水");
        awaitRouted(id);
        as("dispatcher").get("/api/v1/tickets/" + id).then().body("state", equalTo("PENDING_DISPATCH"));

        alert(id, "dispatch-centre", "DISPATCH", "RED", "2026-11-24T02:30:00Z", "2026-11-24T02:30:00Z");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("dispatcher").get("/api/v1/tickets/" + id)
                .then().body("light", equalTo("RED")).body("clocks[0].clock", equalTo("DISPATCH")));
        act(as("dispatcher"), id, "route", "{\"lead\":\"commerce\",\"note\":\"园区道路由商务局协调\"}")
                .then().statusCode(200).body("light", equalTo("GREEN")).body("leadDepartment", equalTo("commerce"));
    }

    @Test
    void anAlertOfTheOldShapeAndOneWithAnUnknownFieldAreBothKept() {
        String id = receive("find-me", "hexi-town", "厂房租赁纠纷");
        awaitRouted(id);
        // as sla-monitor wrote alerts before they named the clock's assignment and round
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), id, """
                {"alertId":"%s","ticketId":"%s","ticketNumber":"T-1","department":"%s","clock":"REPLY","level":"YELLOW",
                 "deadline":"2026-11-25T09:30:00Z","deadlineVersion":1,"raisedAt":"2026-11-25T06:22:30Z"}"""
                .formatted(UUID.randomUUID(), id, LEAD));
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), id, """
                {"alertId":"%s","ticketId":"%s","ticketNumber":"T-1","department":"%s","clock":"CONTACT","level":"RED",
                 "deadline":"2026-11-24T06:00:00Z","deadlineVersion":1,"raisedAt":"2026-11-24T06:00:00Z",
                 "assignment":1,"round":1,"escalatedTo":"营商办"}"""
                .formatted(UUID.randomUUID(), id, LEAD));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pool
                .preparedQuery("SELECT clock, assignment FROM ticket_clock WHERE ticket_id = $1 ORDER BY clock")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely())
                .extracting(row -> row.getString("clock") + "@" + row.getInteger("assignment"))
                .containsExactly("CONTACT@1", "REPLY@0"));
        department(LEAD).get("/api/v1/tickets/" + id).then().body("light", equalTo("RED"));
    }

    @Test
    void aMalformedClockEventIsDeadLetteredWithItsReason() {
        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.SLA_CLOCK, EventType.SLA_CLOCK_CHANGED.type(), id, """
                {"ticketId":"%s","ticketNumber":"T-1","assignment":1,"department":"%s","clock":"RESOLVE","round":1,
                 "state":"RUNNING","light":"GREEN","startedAt":"2026-11-24T02:30:00Z","warnAt":"2026-12-04T06:00:00Z",
                 "deadlineVersion":1,"changedAt":"2026-11-24T02:30:00Z"}""".formatted(id, LEAD));

        var dead = kafka().read(Topics.deadLetter(Topics.SLA_CLOCK, "dispatch-service"), r -> id.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("deadline");
    }
}
