package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class CalendarDaysTest {

    /** No token: other services ask without credentials of their own. */
    private static RequestSpecification anyone() {
        return given();
    }

    @Test
    void nationalDayWeekAndItsMakeUpSaturday() {
        anyone().queryParam("from", "2026-09-30").queryParam("to", "2026-10-10")
                .when().get("/api/v1/calendars/default/days")
                .then().statusCode(200)
                .body("date", contains("2026-09-30", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04",
                        "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10"))
                .body("workingDay", contains(true, false, false, false, false, false, false, false, true, true, true))
                .body("complete", hasItem(true));
    }

    @Test
    void aYearWithoutDataIsFlagged() {
        anyone().queryParam("from", "2027-01-04").queryParam("to", "2027-01-04")
                .when().get("/api/v1/calendars/default/days")
                .then().statusCode(200).body("complete", contains(false)).body("workingDay", contains(true));
    }

    @Test
    void badRangesGetProblemDocuments() {
        anyone().queryParam("from", "2026-10-10").queryParam("to", "2026-10-01")
                .when().get("/api/v1/calendars/default/days")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
        anyone().queryParam("from", "2026-01-01").queryParam("to", "2027-06-01")
                .when().get("/api/v1/calendars/default/days")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        anyone().queryParam("from", "yesterday").queryParam("to", "2026-10-01")
                .when().get("/api/v1/calendars/default/days")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        anyone().queryParam("from", "2026-10-01").queryParam("to", "2026-10-01")
                .when().get("/api/v1/calendars/lunar/days")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
