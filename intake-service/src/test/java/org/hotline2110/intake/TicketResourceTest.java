package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class TicketResourceTest {

    @Inject
    Pool pool;

    @BeforeAll
    static void contract() {
        OpenApiContract.install();
    }

    private static String operator() {
        return "Bearer " + DevStackTestResource.token("operator");
    }

    @Test
    void anOperatorLogsATicketAndReadsItBack() {
        String id = given().header("Authorization", operator()).contentType(ContentType.JSON).body(TicketFixtures.ticket())
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/tickets/"))
                .body("number", matchesPattern("\\d{8}-\\d{6}"))
                .body("status", equalTo("RECEIVED"))
                .body("receivedBy", equalTo("operator"))
                .body("contactPhone", equalTo("13857112345"))
                .extract().path("id");

        given().header("Authorization", operator())
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("enterpriseName", equalTo("浙江恒丰精密机械有限公司"))
                .body("creditCodeOverride", equalTo(false));

        given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("contactPhone", equalTo("138****2345"))
                .body("contactName", equalTo(null));

        given().header("Authorization", operator())
                .when().get("/api/v1/tickets?size=200")
                .then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        given().contentType(ContentType.JSON).body(TicketFixtures.ticket())
                .when().post("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));

        given().header("Authorization", "Bearer not-a-token")
                .when().get("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aDepartmentMayNotLogTickets() {
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "tax"))
                .contentType(ContentType.JSON).body(TicketFixtures.ticket())
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aPageBeyondWhatCanBeOffsetIs400NamingThePage() {
        given().header("Authorization", operator()).when().get("/api/v1/tickets?page=2147483647&size=200")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        given().header("Authorization", operator()).when().get("/api/v1/tickets?page=100000&size=200")
                .then().statusCode(200);
    }

    @Test
    void anUnknownTicketIs404() {
        given().header("Authorization", operator())
                .when().get("/api/v1/tickets/6f1c1f3e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", startsWith("https://hotline2110.org/problems/"));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsStoredOrPublished() {
        long tickets = count("ticket");
        long events = count("outbox_event");

        post("{ this is not json").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));

        Map<String, Object> missing = TicketFixtures.ticket();
        missing.remove("summary");
        post(missing).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("summary"));

        Map<String, Object> tooLong = TicketFixtures.ticket();
        tooLong.put("summary", "长".repeat(201));
        post(tooLong).then().statusCode(400).body("errors.field", hasItem("summary"));

        Map<String, Object> badCheck = TicketFixtures.ticket();
        TicketFixtures.nested(badCheck, "enterprise").put("creditCode", "91330782MA28C1X706");
        post(badCheck).then().statusCode(400).body("errors.field", hasItem("enterprise.creditCode"))
                .body("detail", containsString("check character"));

        Map<String, Object> badAlphabet = TicketFixtures.ticket();
        TicketFixtures.nested(badAlphabet, "enterprise").put("creditCode", "91330782MA28C1XO05");
        post(badAlphabet).then().statusCode(400).body("errors.field", hasItem("enterprise.creditCode"));

        Map<String, Object> unknownTopic = TicketFixtures.ticket();
        unknownTopic.put("topic", "weather");
        post(unknownTopic).then().statusCode(400).body("errors.field", hasItem("topic"));

        Map<String, Object> unknownTown = TicketFixtures.ticket();
        unknownTown.put("town", "atlantis");
        post(unknownTown).then().statusCode(400).body("errors.field", hasItem("town"));

        Map<String, Object> badUrgency = TicketFixtures.ticket();
        badUrgency.put("urgency", "VERY");
        post(badUrgency).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("urgency"));

        post("").then().statusCode(400).contentType("application/problem+json");

        assertThat(count("ticket")).isEqualTo(tickets);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void anEarlyCodeFailingItsCheckIsAcceptedOnlyWithTheOperatorsOverrideAndItsReason() {
        Map<String, Object> body = TicketFixtures.ticket();
        TicketFixtures.nested(body, "enterprise").put("creditCode", "91330782MA28C1X706");
        TicketFixtures.nested(body, "enterprise").put("creditCodeOverride", true);
        TicketFixtures.nested(body, "enterprise").put("creditCodeOverrideReason", "营业执照原件核对无误，属早期代码");
        String id = post(body).then().statusCode(201)
                .body("creditCodeOverride", equalTo(true))
                .body("creditCodeOverrideReason", equalTo("营业执照原件核对无误，属早期代码"))
                .extract().path("id");

        given().header("Authorization", operator()).when().get("/api/v1/tickets/" + id)
                .then().statusCode(200).body("creditCodeOverrideReason", equalTo("营业执照原件核对无误，属早期代码"));
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndNothingIsStored() {
        long tickets = count("ticket");
        long events = count("outbox_event");
        Map<String, Object> body = TicketFixtures.ticket();
        TicketFixtures.nested(body, "enterprise").put("creditCode", "91330782MA28C1X706");
        TicketFixtures.nested(body, "enterprise").put("creditCodeOverride", true);
        TicketFixtures.nested(body, "enterprise").remove("creditCodeOverrideReason");
        post(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("enterprise.creditCodeOverrideReason"));

        TicketFixtures.nested(body, "enterprise").put("creditCodeOverrideReason", "   ");
        post(body).then().statusCode(400)
                .body("errors.field", hasItem("enterprise.creditCodeOverrideReason"));

        assertThat(count("ticket")).isEqualTo(tickets);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void sqlAndScriptInEveryFreeTextFieldAreStoredAndPublishedVerbatimAndHarmless() throws Exception {
        // within the 50 characters of the shortest free-text field, the contact's name
        String text = "');DROP TABLE ticket;--<script>alert(1)</script>%";
        Map<String, Object> body = TicketFixtures.ticket();
        body.put("summary", text);
        body.put("description", text + "\n第二行");
        body.put("address", text);
        TicketFixtures.nested(body, "enterprise").put("name", text);
        TicketFixtures.nested(body, "contact").put("name", text);
        String id = post(body).then().statusCode(201).extract().path("id");

        given().header("Authorization", operator()).when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("summary", equalTo(text))
                .body("description", equalTo(text + "\n第二行"))
                .body("address", equalTo(text))
                .body("enterpriseName", equalTo(text))
                .body("contactName", equalTo(text));
        var published = new org.hotline2110.devstack.testing.KafkaProbe(DevStackTestResource.kafkaBootstrap())
                .read(org.hotline2110.contracts.Topics.TICKET_RECEIVED, r -> id.equals(r.key()), 1, java.time.Duration.ofSeconds(20));
        assertThat(LifecycleEvents.JSON.readTree(published.get(0).value()).get("summary").asText()).isEqualTo(text);
        assertThat(count("ticket")).isPositive();
    }

    @Test
    void aBodyOver64KiBIs413ProblemJsonAndNothingIsStored() {
        long tickets = count("ticket");
        long events = count("outbox_event");
        Map<String, Object> body = TicketFixtures.ticket();
        body.put("description", "长".repeat(22_000)); // 66,000 bytes of UTF-8
        post(body).then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(count("ticket")).isEqualTo(tickets);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void missingNestedPartsAndWrongTypesNameTheirFields() {
        Map<String, Object> noEnterprise = TicketFixtures.ticket();
        noEnterprise.remove("enterprise");
        post(noEnterprise).then().statusCode(400).body("errors.field", hasItem("enterprise"));

        Map<String, Object> noPhone = TicketFixtures.ticket();
        TicketFixtures.nested(noPhone, "contact").remove("phone");
        post(noPhone).then().statusCode(400).body("errors.field", hasItem("contact.phone"));

        Map<String, Object> wrongType = TicketFixtures.ticket();
        TicketFixtures.nested(wrongType, "enterprise").put("creditCodeOverride", "perhaps");
        post(wrongType).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.endsWith("creditCodeOverride")));

        Map<String, Object> longName = TicketFixtures.ticket();
        TicketFixtures.nested(longName, "enterprise").put("name", "长".repeat(101));
        post(longName).then().statusCode(400).body("errors.field", hasItem("enterprise.name"));
    }

    private io.restassured.response.Response post(Object body) {
        return given().header("Authorization", operator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets");
    }

    private long count(String table) {
        return pool.query("SELECT count(*) FROM " + table).execute().await().indefinitely()
                .iterator().next().getLong(0);
    }
}
