package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class DeadlinePreviewTest {

    private static RequestSpecification operator() {
        return given().header("Authorization", "Bearer " + DevStackTestResource.token("operator"));
    }

    @Test
    void previewsWorkingHoursAndWorkingDaysInTheCalendarsOffset() {
        operator().queryParam("start", "2026-11-24T02:30:00Z").queryParam("workingHours", "2")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(200)
                .body("start", equalTo("2026-11-24T10:30:00+08:00"))
                .body("deadline", equalTo("2026-11-24T14:00:00+08:00"))
                .body("calendarComplete", equalTo(true));

        operator().queryParam("start", "2026-09-30T16:00:00+08:00").queryParam("workingDays", "10")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(200)
                .body("deadline", equalTo("2026-10-20T17:30:00+08:00"));
    }

    @Test
    void aYearWithoutHolidayDataIsAnsweredButFlagged() {
        operator().queryParam("start", "2027-03-01T10:00:00+08:00").queryParam("workingDays", "1")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(200)
                .body("deadline", equalTo("2027-03-02T17:30:00+08:00"))
                .body("calendarComplete", equalTo(false));
    }

    @Test
    void badQuestionsGetProblemDocuments() {
        operator().queryParam("start", "2026-11-24T10:30:00+08:00").queryParam("workingHours", "2")
                .when().get("/api/v1/calendars/lunar/deadline")
                .then().statusCode(404).contentType("application/problem+json");
        operator().queryParam("start", "next tuesday").queryParam("workingHours", "2")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("start"));
        operator().queryParam("start", "2026-11-24T10:30:00+08:00").queryParam("workingHours", "-2")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(400).body("errors.field", hasItem("workingHours"));
        operator().queryParam("start", "2026-11-24T10:30:00+08:00").queryParam("workingDays", "-1")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(400).body("errors.field", hasItem("workingDays"));
        operator().queryParam("start", "2026-11-24T10:30:00+08:00").queryParam("workingDays", "1").queryParam("workingHours", "1")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("start", "2026-11-24T10:30:00+08:00").queryParam("workingHours", "2")
                .when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(401);
    }
}
