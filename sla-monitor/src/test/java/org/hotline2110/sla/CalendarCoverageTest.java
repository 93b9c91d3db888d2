package org.hotline2110.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The service says when the year to come has no holidays loaded: the metric, the readiness details (which stay up)
 * and the calendar API; loading the year clears all three. Its own profile warns from 1 January, so the test does not
 * depend on the month it runs in, and its own database, so the years it loads touch no other test.
 */
@QuarkusTest
@TestProfile(CalendarCoverageTest.WarnAllYear.class)
@WithTestResource(DevStackTestResource.class)
class CalendarCoverageTest {

    public static class WarnAllYear implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotline.sla.calendar.next-year-warning-from", "01-01");
        }
    }

    /** A made-up year, valid for any year: New Year's Day only. */
    private static String newYearsDayOnly(int year) {
        return """
                {"holidays": [{"date": "%d-01-01", "name": "元旦"}], "makeupWorkdays": []}""".formatted(year);
    }

    private static String admin() {
        return "Bearer " + DevStackTestResource.token("admin");
    }

    private static double gauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("hotline_sla_calendar_next_year_missing{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no hotline_sla_calendar_next_year_missing"));
    }

    @Test
    void aMissingNextYearIsSaidUntilItIsLoaded() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        // the seeds cover 2024-2026: unless both this year and the next are among them, the next is missing
        boolean seeded = thisYear + 1 <= 2026;
        assertThat(gauge()).isEqualTo(seeded ? 0.0 : 1.0);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'calendar-coverage' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'calendar-coverage' }.data.nextYearMissing", equalTo(!seeded));

        for (int year = Math.max(thisYear, 2027); year <= thisYear + 1; year++) {
            given().header("Authorization", admin()).contentType(ContentType.JSON).body(newYearsDayOnly(year))
                    .when().put("/api/v1/calendars/default/years/" + year).then().statusCode(200);
        }

        assertThat(gauge()).isEqualTo(0.0);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'calendar-coverage' }.data.nextYearMissing", equalTo(false))
                .body("checks.find { it.name == 'calendar-coverage' }.data.lastCoveredDay",
                        equalTo((thisYear + 1) + "-12-31"));
        given().header("Authorization", admin()).when().get("/api/v1/calendars").then().statusCode(200)
                .body("find { it.name == 'default' }.nextYearMissing", equalTo(false))
                .body("find { it.name == 'default' }.lastCoveredDay", equalTo((thisYear + 1) + "-12-31"))
                .body("find { it.name == 'default' }.nextYear", equalTo(thisYear + 2));
    }
}
