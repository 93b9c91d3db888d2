package org.hotline2110.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hotline2110.notification.support.Fixtures.supervisor;

import java.util.List;
import java.util.Map;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A subscription belongs to the supervisor who made it. Another supervisor (another token subject) sees it with its
 * URL cut to scheme and host, since robot URLs carry their token in the query, and cannot end it; an admin can.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class SubscriptionOwnershipTest {

    private static final String PATH = "/api/v1/subscriptions";
    private static final String ROBOT = "https://oapi.dingtalk.com/robot/send?access_token=0f1e2d3c4b5a69788796a5b4";

    /** A supervisor other than {@code Fixtures.supervisor()}: the subject supervisor@tax. */
    private static String otherSupervisor() {
        return "Bearer " + DevStackTestResource.token("supervisor", "tax");
    }

    private static String admin() {
        return "Bearer " + DevStackTestResource.token("admin");
    }

    private static String robotSubscription() {
        return given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", "钉钉机器人", "department", "public-security", "levels", List.of("RED"),
                        "channel", "WEBHOOK", "url", ROBOT))
                .when().post(PATH).then().statusCode(201).body("url", equalTo(ROBOT)).extract().path("id");
    }

    @Test
    void anotherSupervisorSeesTheUrlWithoutItsPathOrToken() {
        String id = robotSubscription();

        given().header("Authorization", otherSupervisor()).when().get(PATH + "/" + id)
                .then().statusCode(200).body("url", equalTo("https://oapi.dingtalk.com"))
                .body("owner", equalTo("supervisor"));
        List<Map<String, Object>> listed = given().header("Authorization", otherSupervisor())
                .when().get(PATH + "?department=public-security&size=500")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(listed).filteredOn(s -> id.equals(s.get("id"))).singleElement()
                .satisfies(s -> assertThat(s.get("url")).isEqualTo("https://oapi.dingtalk.com"));
        assertThat(listed.toString()).doesNotContain("access_token");

        given().header("Authorization", supervisor()).when().get(PATH + "/" + id)
                .then().statusCode(200).body("url", equalTo(ROBOT));
        given().header("Authorization", admin()).when().delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void anotherSupervisorCannotEndItAndNothingChanges() {
        String id = robotSubscription();

        given().header("Authorization", otherSupervisor()).when().delete(PATH + "/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", supervisor()).when().get(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(true));
        given().header("Authorization", supervisor()).when().get(PATH + "?department=public-security&size=500")
                .then().statusCode(200).body("id", hasItem(id));

        given().header("Authorization", supervisor()).when().delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void anAdminEndsAnyonesSubscription() {
        String id = robotSubscription();

        given().header("Authorization", admin()).when().delete(PATH + "/" + id).then().statusCode(204);
        given().header("Authorization", supervisor()).when().get(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void theListIsPagedWithAMaximumPageSize() {
        robotSubscription();
        robotSubscription();

        given().header("Authorization", supervisor()).when().get(PATH + "?department=public-security&size=1")
                .then().statusCode(200).body("size()", equalTo(1));
        given().header("Authorization", supervisor()).when().get(PATH + "?size=501")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", supervisor()).when().get(PATH + "?page=100001")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", supervisor()).when().get(PATH + "?page=-1")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
