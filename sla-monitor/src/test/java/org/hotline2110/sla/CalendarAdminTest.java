package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class CalendarAdminTest {

    /** A made-up year, so the test does not depend on the State Council's real 2028 notice. */
    private static final String YEAR_2028 = """
            {"holidays": [{"date": "2028-01-03", "name": "元旦"}, {"date": "2028-01-04", "name": "元旦"}],
             "makeupWorkdays": [{"date": "2028-01-08", "name": "元旦"}]}""";

    private static RequestSpecification as(String role) {
        return given().header("Authorization", "Bearer " + DevStackTestResource.token(role));
    }

    private static RequestSpecification preview(String start, int workingDays) {
        return as("operator").queryParam("start", start).queryParam("workingDays", workingDays);
    }

    @Test
    void anAdministratorLoadsAYearAndDeadlinesFollowItAtOnce() {
        preview("2027-12-31T10:00:00+08:00", 1).when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(200)
                .body("deadline", equalTo("2028-01-03T17:30:00+08:00"))
                .body("calendarComplete", equalTo(false));

        as("admin").contentType(ContentType.JSON).body(YEAR_2028)
                .when().put("/api/v1/calendars/default/years/2028")
                .then().statusCode(200)
                .body("holidayYears", hasItem(2028));

        // Monday and Tuesday are now days off; the deadline moves to Wednesday
        preview("2027-12-31T10:00:00+08:00", 1).when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(200)
                .body("deadline", equalTo("2028-01-05T17:30:00+08:00"));
        // the make-up Saturday counts as a working day
        preview("2028-01-07T10:00:00+08:00", 1).when().get("/api/v1/calendars/default/deadline")
                .then().statusCode(200)
                .body("deadline", equalTo("2028-01-08T17:30:00+08:00"));
        as("supervisor").when().get("/api/v1/calendars").then().statusCode(200)
                .body("find { it.name == 'default' }.holidayYears", hasItem(2028));
    }

    @Test
    void onlyAnAdministratorLoadsYearsAndABadYearChangesNothing() {
        as("supervisor").contentType(ContentType.JSON).body(YEAR_2028)
                .when().put("/api/v1/calendars/default/years/2029").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).body(YEAR_2028)
                .when().put("/api/v1/calendars/lunar/years/2028").then().statusCode(404).contentType("application/problem+json");
        // a make-up day on a weekday, a day of another year, a date that does not exist
        String[] bad = {
                "{\"holidays\": [], \"makeupWorkdays\": [{\"date\": \"2029-01-03\", \"name\": \"x\"}]}",
                "{\"holidays\": [{\"date\": \"2030-01-01\", \"name\": \"元旦\"}], \"makeupWorkdays\": []}",
                "{\"holidays\": [{\"date\": \"2029-13-45\", \"name\": \"元旦\"}], \"makeupWorkdays\": []}",
                "{\"holidays\": [{\"date\": \"soon\", \"name\": \"元旦\"}], \"makeupWorkdays\": []}",
                "{\"holidays\": []}" };
        for (String body : bad) {
            as("admin").contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/calendars/default/years/2029")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        as("operator").when().get("/api/v1/calendars").then().statusCode(200)
                .body("find { it.name == 'default' }.holidayYears", org.hamcrest.Matchers.not(hasItem(2029)));
    }
}
