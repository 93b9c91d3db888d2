package org.hotline2110.dispatch.routing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hotline2110.dispatch.Desk.as;
import static org.hotline2110.dispatch.Desk.awaitRouted;
import static org.hotline2110.dispatch.Desk.receive;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The dispatch centre's rules: seeded, validated, changed without a release, with every version kept. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class RoutingRuleAdminTest {

    private static final String RULE = """
            {"id":"R-TEST-BUS","priority":300,"match":{"topic":"other","keywords":["公交"]},
             "lead":"transport","assisting":["chengguan-street"]}""";

    @Test
    void aNewRuleRoutesWhatUsedToWaitForTheDispatchCentreAndItsHistoryIsKept() {
        as("dispatcher").get("/api/v1/routing-rules").then().statusCode(200).body("rule.id", hasItem("R-APPROVALS"));
        String before = receive("other", "hi-tech-park", "增设公交站点");
        awaitRouted(before);
        as("dispatcher").get("/api/v1/tickets/" + before).then().body("state", equalTo("PENDING_DISPATCH"));

        as("admin").contentType("application/json").body(RULE).put("/api/v1/routing-rules/R-TEST-BUS")
                .then().statusCode(200).body("version", equalTo(1)).body("updatedBy", equalTo("admin"));
        String after = receive("other", "hi-tech-park", "增设公交站点");
        awaitRouted(after);
        as("dispatcher").get("/api/v1/tickets/" + after).then()
                .body("state", equalTo("ASSIGNED")).body("leadDepartment", equalTo("transport")).body("ruleId", equalTo("R-TEST-BUS"));

        as("admin").contentType("application/json").body(RULE.replace("300", "310")).put("/api/v1/routing-rules/R-TEST-BUS")
                .then().statusCode(200).body("version", equalTo(2)).body("rule.priority", equalTo(310));
        as("admin").delete("/api/v1/routing-rules/R-TEST-BUS").then().statusCode(204);
        as("dispatcher").get("/api/v1/routing-rules/R-TEST-BUS/history").then().statusCode(200)
                .body("change", equalTo(java.util.List.of("CREATED", "UPDATED", "DELETED")))
                .body("changedBy", hasItem("admin"));
        // the history is read a page at a time; a page past its end is empty, not "no such rule"
        as("dispatcher").get("/api/v1/routing-rules/R-TEST-BUS/history?size=1&page=1").then().statusCode(200)
                .body("change", equalTo(java.util.List.of("UPDATED")));
        as("dispatcher").get("/api/v1/routing-rules/R-TEST-BUS/history?size=2&page=3").then().statusCode(200)
                .body("$", hasSize(0));
        as("dispatcher").get("/api/v1/routing-rules/R-TEST-BUS/history?size=201").then().statusCode(400)
                .contentType("application/problem+json");
        as("dispatcher").get("/api/v1/routing-rules?size=1").then().statusCode(200).body("$", hasSize(1));
        as("dispatcher").get("/api/v1/routing-rules/R-TEST-BUS").then().statusCode(404);
    }

    @Test
    void anInvalidRuleIsRefusedFieldByFieldAndNothingChanges() {
        String bad = RULE.replace("R-TEST-BUS", "R-TEST-BAD");
        String[][] cases = {
                { bad.replace("\"transport\"", "\"no-such-bureau\""), "lead" },
                { bad.replace("\"chengguan-street\"", "\"transport\""), "assisting" },
                { bad.replace("\"other\"", "\"astrology\""), "match.topic" },
                { bad.replace("\"topic\":\"other\"", "\"town\":\"atlantis\""), "match.town" },
                { bad.replace("\"topic\":\"other\",\"keywords\":[\"公交\"]", ""), "match" },
                { bad.replace("\"lead\":\"transport\"", "\"lead\":\"dispatch-centre\""), "lead" },
        };
        for (String[] c : cases) {
            as("admin").contentType("application/json").body(c[0]).put("/api/v1/routing-rules/R-TEST-BAD")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(c[1]));
        }
        as("admin").contentType("application/json").body(bad).put("/api/v1/routing-rules/R-OTHER-ID")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        as("dispatcher").contentType("application/json").body(bad).put("/api/v1/routing-rules/R-TEST-BAD").then().statusCode(403);
        as("dispatcher").get("/api/v1/routing-rules/R-TEST-BAD/history").then().statusCode(404);
        as("dispatcher").get("/api/v1/routing-rules").then().body("findAll { it.rule.id == 'R-TEST-BAD' }", hasSize(0));
    }
}
