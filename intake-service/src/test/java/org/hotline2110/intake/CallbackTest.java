package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventSchemas;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** 回访: once per resolution, published for dispatch and sla-monitor, with the operator's note kept here. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class CallbackTest {

    private static final String NOTE = "企业表示材料已一次性告知，验收已通过。联系人王经理 13857112345";
    private static final String FEEDBACK_EVENTS = "SELECT count(*) FROM outbox_event WHERE record_key = $1 AND event_type = $2";

    @Inject
    Pool pool;

    @BeforeAll
    static void contract() {
        OpenApiContract.install();
    }

    private static Map<String, Object> callback(String satisfaction) {
        return Map.of("outcome", "RESOLVED", "satisfaction", satisfaction, "note", NOTE);
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TicketFixtures.bearer("operator")).when().get("/api/v1/tickets/" + id)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    private long feedbackEvents(String id) {
        return TicketFixtures.count(pool, FEEDBACK_EVENTS, id, EventType.TICKET_FEEDBACK_RECORDED.type());
    }

    @Test
    void aResolvedTicketIsCalledBackOncePerResolutionAndTheResultIsPublishedWithoutTheNote() throws Exception {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        UUID ticket = UUID.fromString(id);
        String callbacks = "/api/v1/tickets/" + id + "/callbacks";

        TicketFixtures.post(callbacks, callback("SATISFIED")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("RECEIVED"));

        Instant t0 = Instant.parse("2026-11-24T02:30:00Z");
        LifecycleEvents.send(new TicketAssigned(ticket, "N", 1, "approval-bureau", List.of(), Urgency.NORMAL, t0, "R",
                        TicketState.ASSIGNED),
                new TicketResolved(ticket, 1, "approval-bureau", t0.plusSeconds(3600), "approval-bureau",
                        TicketState.RESOLVED));
        awaitStatus(id, "RESOLVED");

        TicketFixtures.post(callbacks, callback("DISSATISFIED")).then().statusCode(201)
                .body("resolution", equalTo(1))
                .body("leadDepartment", equalTo("approval-bureau"))
                .body("satisfaction", equalTo("DISSATISFIED"));
        awaitStatus(id, "CLOSED");
        TicketFixtures.post(callbacks, callback("SATISFIED")).then().statusCode(409);
        assertThat(feedbackEvents(id)).isEqualTo(1);

        List<ConsumerRecord<String, String>> published = LifecycleEvents.kafka().read(Topics.TICKET_FEEDBACK,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(KafkaProbe.header(published.get(0), "ce_type")).isEqualTo(EventType.TICKET_FEEDBACK_RECORDED.type());
        JsonNode body = LifecycleEvents.JSON.readTree(published.get(0).value());
        assertThat(EventSchemas.violations(EventType.TICKET_FEEDBACK_RECORDED, body)).isEmpty();
        assertThat(body.get("resolution").asInt()).isEqualTo(1);
        assertThat(body.get("satisfaction").asText()).isEqualTo("DISSATISFIED");
        assertThat(published.get(0).value()).doesNotContain("验收已通过").doesNotContain("13857112345");

        // a closed ticket takes no repeat call: that is a new ticket
        TicketFixtures.post("/api/v1/tickets/" + id + "/calls", Map.of("channel", "phone",
                "contact", Map.of("name", "王经理", "phone", "13857112345"))).then().statusCode(409);

        // the supervisor reopens (重办); it is resolved again and called back again
        LifecycleEvents.send(new TicketReopened(ticket, 1, "企业不满意", t0.plusSeconds(7200), "approval-bureau",
                TicketState.REOPENED));
        awaitStatus(id, "REOPENED");
        TicketFixtures.post(callbacks, callback("SATISFIED")).then().statusCode(409);
        LifecycleEvents.send(new TicketResolved(ticket, 1, "approval-bureau", t0.plusSeconds(9000), "approval-bureau",
                TicketState.RESOLVED));
        awaitStatus(id, "RESOLVED");
        TicketFixtures.post(callbacks, callback("BASICALLY_SATISFIED")).then().statusCode(201)
                .body("resolution", equalTo(2));

        given().header("Authorization", TicketFixtures.bearer("supervisor")).when().get(callbacks)
                .then().statusCode(200)
                .body("resolution", org.hamcrest.Matchers.contains(1, 2))
                .body("note", hasItem(NOTE));
        assertThat(feedbackEvents(id)).isEqualTo(2);
    }

    @Test
    void aBadCallBackIsRefusedWithTheFieldNamedAndNothingIsRecorded() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        String callbacks = "/api/v1/tickets/" + id + "/callbacks";
        TicketFixtures.post(callbacks, Map.of("outcome", "MAYBE", "satisfaction", "SATISFIED")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("outcome"));
        TicketFixtures.post(callbacks, Map.of("outcome", "RESOLVED")).then().statusCode(400)
                .body("errors.field", hasItem("satisfaction"));
        TicketFixtures.post(callbacks, Map.of("outcome", "RESOLVED", "satisfaction", "SATISFIED", "note", "长".repeat(2001)))
                .then().statusCode(400).body("errors.field", hasItem("note"));
        TicketFixtures.post(callbacks, "{ not json").then().statusCode(400).contentType("application/problem+json");
        TicketFixtures.post("/api/v1/tickets/" + UUID.randomUUID() + "/callbacks", callback("SATISFIED"))
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .contentType("application/json").body(callback("SATISFIED")).when().post(callbacks)
                .then().statusCode(403);
        given().header("Authorization", TicketFixtures.bearer("operator")).when()
                .get("/api/v1/tickets/" + UUID.randomUUID() + "/callbacks").then().statusCode(404);

        assertThat(TicketFixtures.count(pool, "SELECT count(*) FROM ticket_callback WHERE ticket_id = $1", UUID.fromString(id))).isZero();
        assertThat(feedbackEvents(id)).isZero();
    }
}
