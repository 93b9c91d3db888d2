package org.hotline2110.sla.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The assessment reads over JDBC, a connection each for as long as it runs: summaries past their limit are refused at
 * once with 429 and Retry-After rather than queueing for the pool, and an export still gets a connection.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class AssessmentConcurrencyTest {

    private static final String PERIOD = "from=2025-01-01&to=2025-12-31";

    @Inject
    AssessmentStore store;

    @Test
    void aSummaryPastTheLimitIs429AndAnExportStillGetsAConnection() {
        Period period = Period.of("2025-01-01", "2025-12-31", Instant.now());
        // Two summaries in flight, each holding its snapshot (and its connection) open.
        try (AssessmentStore.Snapshot first = store.open(period, false);
                AssessmentStore.Snapshot second = store.open(period, false)) {
            given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                    .when().get("/api/v1/assessments?" + PERIOD)
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://hotline2110.org/problems/too-busy"));

            given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                    .when().get("/api/v1/assessments/export?" + PERIOD + "&format=csv")
                    .then().statusCode(200).contentType("text/csv");
        }
        given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/assessments?" + PERIOD)
                .then().statusCode(200);
    }

    @Test
    void anExportPastTheLimitIs429WhileSummariesGoOn() {
        Period period = Period.of("2025-01-01", "2025-12-31", Instant.now());
        try (AssessmentStore.Snapshot first = store.open(period, true);
                AssessmentStore.Snapshot second = store.open(period, true)) {
            given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                    .when().get("/api/v1/assessments/export?" + PERIOD + "&format=json")
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());

            given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                    .when().get("/api/v1/assessments?" + PERIOD)
                    .then().statusCode(200);
        }
    }
}
