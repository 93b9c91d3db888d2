package org.hotline2110.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hotline2110.dispatch.Desk.act;
import static org.hotline2110.dispatch.Desk.as;
import static org.hotline2110.dispatch.Desk.department;
import static org.hotline2110.dispatch.Desk.etag;
import static org.hotline2110.dispatch.Desk.outboxed;

import java.time.Instant;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.contracts.ticket.TicketState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;

/** Who may act, on which version, with what: each refusal is a problem document and leaves no trace. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class GuardsTest {

    private static final String LEAD = "approval-bureau";
    private static final String ASSISTING = "market-regulation";

    @Test
    void anotherDepartmentCanNeitherSeeNorActOnTheTicket() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.ASSIGNED);
        String version = etag(id);
        department("tax").get("/api/v1/tickets/" + id).then().statusCode(404).contentType("application/problem+json");
        act(department("tax"), id, "sign", null, version).then().statusCode(404).contentType("application/problem+json");
        act(department("tax"), id, "notes", "{\"note\":\"x\"}", version).then().statusCode(404);
        assertUnchanged(id, version, 1);
    }

    @Test
    void anAssistingDepartmentSeesAndNotesButCannotDriveTheTicket() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.REPLIED);
        department(ASSISTING).get("/api/v1/tickets/" + id).then().statusCode(200);
        department(ASSISTING).get("/api/v1/tickets?assisting=true&state=REPLIED&size=200").then().statusCode(200).body("id", hasItem(id));
        act(department(ASSISTING), id, "resolution", "{\"result\":\"已办结\"}")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("assisting"));
        act(department(ASSISTING), id, "extension-request", "{\"workingDays\":2,\"reason\":\"x\"}").then().statusCode(403);
        act(department(ASSISTING), id, "notes", "{\"note\":\"协办意见：已核查企业资质\"}")
                .then().statusCode(200).body("handlingLog[-1].department", equalTo(ASSISTING));
    }

    @Test
    void rolesOutsideTheWorkflowAreRefused() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.ASSIGNED);
        String version = etag(id);
        act(as("operator"), id, "sign", null, version).then().statusCode(403).contentType("application/problem+json");
        act(as("dispatcher"), id, "sign", null, version).then().statusCode(403);
        act(department(LEAD), id, "urge", "{\"message\":\"自己督办自己\"}", version).then().statusCode(403);
        act(as("supervisor"), id, "reroute", "{\"lead\":\"tax\"}", version).then().statusCode(403);
        act(io.restassured.RestAssured.given(), id, "sign", null, version).then().statusCode(401);
        assertUnchanged(id, version, 1);
    }

    @Test
    void anActionNeedsTheCurrentVersion() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.ASSIGNED);
        String version = etag(id);
        act(department(LEAD), id, "sign", null, null)
                .then().statusCode(428).contentType("application/problem+json").body("detail", containsString(version));
        act(department(LEAD), id, "sign", null, "\"999\"").then().statusCode(412).contentType("application/problem+json");
        String signed = act(department(LEAD), id, "sign", null, version).then().statusCode(200).extract().header("ETag");
        assertThat(signed).isNotEqualTo(version);
        // a second clerk who read the ticket before it was signed
        act(department(LEAD), id, "contact", "{\"method\":\"PHONE\"}", version).then().statusCode(412);
        act(department(LEAD), id, "contact", "{\"method\":\"PHONE\"}", "W/" + signed).then().statusCode(200);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndStoresNothing() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.SIGNED);
        String version = etag(id);
        act(department(LEAD), id, "contact", "{\"note\":\"没有方式\"}", version)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(containsString("method")));
        act(department(LEAD), id, "contact", "{\"method\":\"CARRIER_PIGEON\"}", version)
                .then().statusCode(400).contentType("application/problem+json");
        act(department(LEAD), id, "contact", "{\"method\":\"PHONE\",\"contactedAt\":\"" + Instant.now().plusSeconds(3600) + "\"}", version)
                .then().statusCode(400).body("errors.field", hasItem("contactedAt"));
        act(department(LEAD), id, "contact", "{\"method\":\"PHONE\",\"contactedAt\":\"2020-01-01T00:00:00Z\"}", version)
                .then().statusCode(400).body("errors.field", hasItem("contactedAt"));
        act(department(LEAD), id, "contact", "{\"method\":", version).then().statusCode(400).contentType("application/problem+json");
        act(department(LEAD), id, "reply", "{\"text\":\"" + "长".repeat(4001) + "\"}", version)
                .then().statusCode(400).body("errors.field", hasItem(containsString("text")));
        act(department(LEAD), id, "extension-request", "{\"workingDays\":11,\"reason\":\"x\"}", version)
                .then().statusCode(400).body("errors.field", hasItem(containsString("workingDays")));
        act(department(LEAD), id, "reply", "{\"text\":\"" + "x".repeat(70_000) + "\"}", version)
                .then().statusCode(413).contentType("application/problem+json");
        act(as("dispatcher"), id, "reroute", "{\"lead\":\"no-such-bureau\"}", version)
                .then().statusCode(400).body("errors.field", hasItem("lead"));
        act(as("dispatcher"), id, "reroute", "{\"lead\":\"dispatch-centre\"}", version)
                .then().statusCode(400).body("errors.field", hasItem("lead"));
        act(as("dispatcher"), id, "reroute", "{\"lead\":\"tax\",\"assisting\":[\"tax\"]}", version)
                .then().statusCode(400).body("errors.field", hasItem("assisting"));
        // script and SQL are text like any other: kept verbatim, harmless
        String note = "<script>alert(1)</script>'; DROP TABLE ticket; --";
        act(department(LEAD), id, "notes", "{\"note\":\"" + note.replace("\"", "\\\"") + "\"}", version)
                .then().statusCode(200).body("handlingLog[-1].note", equalTo(note));
        assertThat(outboxed(pool, id)).isEqualTo(3); // assigned, signed, the note
    }

    @Test
    void aPageBeyondWhatCanBeOffsetIs400NamingThePage() {
        for (String list : new String[] { "/api/v1/tickets", "/api/v1/approvals" }) {
            as("dispatcher").get(list + "?page=2147483647&size=200")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("page"));
            as("dispatcher").get(list + "?page=100000&size=200").then().statusCode(200);
        }
    }

    @Inject
    Pool pool;

    private void assertUnchanged(String id, String version, int events) {
        assertThat(etag(id)).isEqualTo(version);
        assertThat(outboxed(pool, id)).isEqualTo(events);
    }
}
