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

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Departments see sla-monitor's lights on their list, worst and nearest first. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class LightsTest {

    private static final String LEAD = "commerce";

    private static void alert(String ticketId, String department, String clock, String level, String deadline, String raisedAt) {
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId, """
                {"alertId":"%s","ticketId":"%s","ticketNumber":"T-1","department":"%s","clock":"%s","level":"%s",
                 "deadline":"%s","deadlineVersion":1,"raisedAt":"%s"}"""
                .formatted(UUID.randomUUID(), ticketId, department, clock, level, deadline, raisedAt));
    }

    @Test
    void redBeforeYellowBeforeTheRestAndGreenClearsAWarning() {
        String quiet = receive("find-me", "hexi-town", "企业开办咨询");
        String warned = receive("find-me", "hexi-town", "招商政策咨询");
        String overdue = receive("find-me", "hexi-town", "外贸备案");
        List.of(quiet, warned, overdue).forEach(id -> awaitRouted(id));

        alert(warned, LEAD, "REPLY", "YELLOW", "2026-11-25T09:30:00Z", "2026-11-25T06:22:30Z");
        alert(overdue, LEAD, "CONTACT", "RED", "2026-11-24T06:00:00Z", "2026-11-24T06:00:00Z");
        // an alert about a former lead's clock is not this lead's light
        alert(quiet, "tax", "CONTACT", "RED", "2026-11-24T06:00:00Z", "2026-11-24T06:00:00Z");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets?light=RED")
                .then().statusCode(200).body("id", hasItem(overdue)).body("id", not(hasItem(quiet))));
        List<String> order = department(LEAD).get("/api/v1/tickets?size=200").then().statusCode(200).extract().path("id");
        assertThat(order.indexOf(overdue)).isLessThan(order.indexOf(warned));
        assertThat(order.indexOf(warned)).isLessThan(order.indexOf(quiet));
        department(LEAD).get("/api/v1/tickets/" + warned).then()
                .body("light", equalTo("YELLOW")).body("clocks[0].clock", equalTo("REPLY"));

        alert(warned, LEAD, "REPLY", "GREEN", "2026-11-25T09:30:00Z", "2026-11-25T07:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> department(LEAD).get("/api/v1/tickets/" + warned)
                .then().body("light", equalTo("GREEN")));
        department(LEAD).get("/api/v1/tickets?light=YELLOW").then().body("id", not(hasItem(warned)));
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
    void anAlertForAnUnknownTicketIsDeadLettered() {
        String stranger = UUID.randomUUID().toString();
        alert(stranger, LEAD, "CONTACT", "RED", "2026-11-24T06:00:00Z", "2026-11-24T06:00:00Z");
        assertThat(kafka().read(Topics.deadLetter(Topics.SLA_ALERT, "dispatch-service"), r -> stranger.equals(r.key()), 1,
                Duration.ofSeconds(30))).hasSize(1);
    }
}
