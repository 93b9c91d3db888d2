package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class SearchAndDuplicatesTest {

    @Inject
    Pool pool;

    @BeforeAll
    static void contract() {
        OpenApiContract.install();
    }

    private static Response search(String query) {
        return given().header("Authorization", TicketFixtures.bearer("operator")).when().get("/api/v1/tickets?" + query);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void ticketsAreFoundByNumberEnterpriseCodeStatusDatesAndDepartmentAndPaged() {
        String name = "检索测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
        Map<String, Object> body = TicketFixtures.ticketOfNewEnterprise(name);
        String code = (String) TicketFixtures.nested(body, "enterprise").get("creditCode");
        String first = TicketFixtures.create(body);
        String second = TicketFixtures.create(body);
        body.put("topic", "financing");
        String third = TicketFixtures.create(body);
        String number = given().header("Authorization", TicketFixtures.bearer("operator"))
                .when().get("/api/v1/tickets/" + second).then().extract().path("number");

        search("enterprise=" + name.substring(4, 12)).then().statusCode(200).header("X-Total-Count", "3")
                .body("id", contains(third, second, first));
        search("creditCode=" + code + "&size=2").then().header("X-Total-Count", "3").body("id", contains(third, second));
        search("creditCode=" + code + "&size=2&page=1").then().body("id", contains(first));
        search("number=" + number).then().body("id", contains(second));
        search("creditCode=" + code + "&topic=financing").then().body("id", contains(third));
        search("creditCode=" + code + "&status=RECEIVED&from=" + today() + "&to=" + today())
                .then().header("X-Total-Count", "3");
        search("creditCode=" + code + "&to=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1))
                .then().header("X-Total-Count", "0").body("$", hasSize(0));
        // what an operator types is text, not a pattern
        search("enterprise=" + name.substring(4, 6) + "%25").then().header("X-Total-Count", "0");

        LifecycleEvents.send(new TicketAssigned(UUID.fromString(first), number, 1, "approval-bureau",
                List.of("housing-construction"), Urgency.NORMAL, Instant.now(), "R", TicketState.ASSIGNED));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> search("creditCode=" + code + "&department=approval-bureau")
                .then().body("id", contains(first)));
        search("creditCode=" + code + "&department=housing-construction").then().body("id", contains(first));
        search("creditCode=" + code + "&status=ASSIGNED").then().body("id", contains(first));

        given().header("Authorization", TicketFixtures.bearer("supervisor")).when().get("/api/v1/tickets?creditCode=" + code)
                .then().statusCode(200).body("contactPhone", hasItem("138****2345")).body("contactName", hasItem(nullValue()));
    }

    @Test
    void aBadSearchNamesTheParameter() {
        search("status=NOPE").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
        search("from=2026-13-01").then().statusCode(400).body("errors.field", hasItem("from"));
        search("from=2026-11-02&to=2026-11-01").then().statusCode(400).body("errors.field", hasItem("to"));
        search("size=500").then().statusCode(400).body("errors.field", hasItem("size"));
        search("page=-1").then().statusCode(400).body("errors.field", hasItem("page"));
        search("enterprise=" + "长".repeat(101)).then().statusCode(400).body("errors.field", hasItem("enterprise"));
    }

    @Test
    void aRepeatCallIsLinkedToTheOpenTicketOfTheSameMatterCountedAndNotDispatchedAgain() {
        Map<String, Object> body = TicketFixtures.ticketOfNewEnterprise("重复件测试有限公司");
        String code = (String) TicketFixtures.nested(body, "enterprise").get("creditCode");
        String open = TicketFixtures.create(body);
        body.put("topic", "financing");
        TicketFixtures.create(body);

        given().header("Authorization", TicketFixtures.bearer("operator"))
                .when().get("/api/v1/tickets/duplicates?creditCode=" + code + "&topic=approvals")
                .then().statusCode(200).body("id", contains(open));

        long events = TicketFixtures.count(pool, "SELECT count(*) FROM outbox_event");
        Map<String, Object> call = Map.of("channel", "mini-program", "note", "企业再次来电催问进度。",
                "contact", Map.of("name", "李会计", "phone", "13957154321"));
        TicketFixtures.post("/api/v1/tickets/" + open + "/calls", call).then().statusCode(201)
                .body("ticketId", equalTo(open)).body("contactPhone", equalTo("13957154321"));
        TicketFixtures.post("/api/v1/tickets/" + open + "/calls", call).then().statusCode(201);

        given().header("Authorization", TicketFixtures.bearer("operator")).when().get("/api/v1/tickets/" + open)
                .then().body("linkedCalls", equalTo(2)).body("status", equalTo("RECEIVED"));
        given().header("Authorization", TicketFixtures.bearer("supervisor")).when().get("/api/v1/tickets/" + open + "/calls")
                .then().statusCode(200).body("contactPhone", containsInAnyOrder("139****4321", "139****4321"))
                .body("contactName", contains(nullValue(), nullValue()));
        assertThat(TicketFixtures.count(pool, "SELECT count(*) FROM outbox_event")).as("nothing dispatched again").isEqualTo(events);
    }

    @Test
    void aBadLinkIsRefusedAndNothingIsCounted() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        String calls = "/api/v1/tickets/" + id + "/calls";
        TicketFixtures.post(calls, Map.of("channel", "pigeon", "contact", Map.of("name", "李会计", "phone", "13957154321")))
                .then().statusCode(400).body("errors.field", hasItem("channel"));
        TicketFixtures.post(calls, Map.of("channel", "phone", "contact", Map.of("name", "李会计", "phone", "call me")))
                .then().statusCode(400).body("errors.field", hasItem("contact.phone"));
        TicketFixtures.post(calls, Map.of("channel", "phone")).then().statusCode(400).body("errors.field", hasItem("contact"));
        TicketFixtures.post("/api/v1/tickets/" + UUID.randomUUID() + "/calls",
                Map.of("channel", "phone", "contact", Map.of("name", "李会计", "phone", "13957154321"))).then().statusCode(404);
        given().header("Authorization", TicketFixtures.bearer("operator")).when().get("/api/v1/tickets/duplicates?creditCode=X")
                .then().statusCode(400).body("errors.field", hasItem("topic"));
        given().header("Authorization", TicketFixtures.bearer("operator")).when().get("/api/v1/tickets/" + id)
                .then().body("linkedCalls", equalTo(0));
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "tax"))
                .when().get("/api/v1/tickets/" + id + "/calls").then().statusCode(403);
    }
}
