package org.hotline2110.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hotline2110.notification.support.Fixtures.supervisor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class SubscriptionResourceTest {

    private static final String PATH = "/api/v1/subscriptions";

    private static List<String> names() {
        return given().header("Authorization", supervisor()).when().get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("name");
    }

    private static void refused(Map<String, Object> body, String field) {
        String name = (String) body.get("name");
        given().header("Authorization", supervisor()).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hotline2110.org/problems/invalid-request"))
                .body("errors.field", hasItem(startsWith(field)));
        org.assertj.core.api.Assertions.assertThat(names()).doesNotContain(name);
    }

    @Test
    void aWebhookSubscriptionIsCreatedWithItsSecretShownOnce() {
        String name = "webhook " + UUID.randomUUID();
        String id = given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "department", "tax", "levels", List.of("RED", "YELLOW"),
                        "channel", "WEBHOOK", "url", "https://oa.example.gov.cn/hooks/2110", "urging", true))
                .when().post(PATH)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/subscriptions/[0-9a-f-]{36}"))
                .body("secret", matchesPattern("[0-9a-f]{64}"))
                .body("owner", equalTo("supervisor"))
                .body("levels", containsInAnyOrder("RED", "YELLOW"))
                .body("clocks", containsInAnyOrder("CONTACT", "REPLY", "RESOLVE", "DISPATCH"))
                .body("urging", equalTo(true)).body("digest", equalTo(false))
                .extract().path("id");

        given().header("Authorization", supervisor()).when().get(PATH + "/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("secret", nullValue());
        given().header("Authorization", supervisor()).when().get(PATH + "?department=tax&channel=WEBHOOK")
                .then().statusCode(200).body("id", hasItem(id)).body("secret", everyItem(nullValue()));

        given().header("Authorization", "Bearer " + DevStackTestResource.token("admin")).when().delete(PATH + "/" + id)
                .then().statusCode(204);
        given().header("Authorization", supervisor()).when().get(PATH)
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().header("Authorization", supervisor()).when().get(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        given().header("Authorization", supervisor()).when().delete(PATH + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anEmailSubscriptionNeedsAnAddress() {
        given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", "mail " + UUID.randomUUID(), "channel", "EMAIL", "email", "duban@example.gov.cn",
                        "digest", true))
                .when().post(PATH)
                .then().statusCode(201).body("secret", nullValue()).body("department", nullValue())
                .body("email", equalTo("duban@example.gov.cn")).body("id", notNullValue());
        refused(Map.of("name", "mail " + UUID.randomUUID(), "channel", "EMAIL"), "email");
        refused(Map.of("name", "mail " + UUID.randomUUID(), "channel", "EMAIL", "email", "not-an-address"), "email");
    }

    @Test
    void aBadUrlIsRefusedAndNothingIsStored() {
        refused(Map.of("name", "bad " + UUID.randomUUID(), "channel", "WEBHOOK", "url", "ftp://example.com/x"), "url");
        refused(Map.of("name", "bad " + UUID.randomUUID(), "channel", "WEBHOOK", "url", "not a url"), "url");
        refused(Map.of("name", "bad " + UUID.randomUUID(), "channel", "WEBHOOK", "url", "/relative/only"), "url");
        refused(Map.of("name", "bad " + UUID.randomUUID(), "channel", "WEBHOOK"), "url");
        refused(Map.of("name", "bad " + UUID.randomUUID(), "channel", "SSE", "url", "https://example.com"), "url");
    }

    @Test
    void anUnknownDepartmentIsRefused() {
        refused(Map.of("name", "dept " + UUID.randomUUID(), "department", "ministry-of-magic", "channel", "SSE"),
                "department");
    }

    @Test
    void otherMistakesNameTheirField() {
        refused(Map.of("name", "none " + UUID.randomUUID(), "channel", "SSE", "levels", List.of()), "levels");
        given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", "lvl " + UUID.randomUUID(), "channel", "SSE", "levels", List.of("PURPLE")))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("format"));
        refused(Map.of("name", "", "channel", "SSE"), "name");
        refused(Map.of("name", "no channel " + UUID.randomUUID()), "channel");
    }

    @Test
    void onlySupervisorsAndAdminsManageSubscriptions() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", "tax"))
                .contentType(ContentType.JSON).body(Map.of("name", "x", "channel", "SSE"))
                .when().post(PATH).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("operator"))
                .when().get(PATH).then().statusCode(403);
    }
}
