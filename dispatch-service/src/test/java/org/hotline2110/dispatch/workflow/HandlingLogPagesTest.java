package org.hotline2110.dispatch.workflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hotline2110.dispatch.Desk.act;
import static org.hotline2110.dispatch.Desk.as;
import static org.hotline2110.dispatch.Desk.department;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 办理记录 a page at a time: notes may pile up, and no answer grows with them. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class HandlingLogPagesTest {

    private static final String LEAD = "approval-bureau";

    @Test
    void theHandlingLogComesAPageAtATimeOldestFirst() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.ASSIGNED);
        for (int i = 1; i <= 3; i++) {
            act(department(LEAD), id, "notes", "{\"note\":\"第" + i + "次记录\"}").then().statusCode(200);
        }
        String log = "/api/v1/tickets/" + id + "/handling-log";
        // routing's step, then the three notes
        as("dispatcher").get(log + "?size=2").then().statusCode(200).header("X-Total-Count", "4")
                .body("$", hasSize(2)).body("[1].note", equalTo("第1次记录"));
        as("dispatcher").get(log + "?size=2&page=1").then().statusCode(200)
                .body("note", contains("第2次记录", "第3次记录"));
        department(LEAD).get(log).then().statusCode(200).body("$", hasSize(4));
    }

    @Test
    void badPagingIs400AndAnotherDepartmentSeesNothing() {
        String id = ForbiddenTransitionsTest.ticketIn(TicketState.ASSIGNED);
        String log = "/api/v1/tickets/" + id + "/handling-log";
        as("dispatcher").get(log + "?page=100001").then().statusCode(400).contentType("application/problem+json");
        as("dispatcher").get(log + "?size=201").then().statusCode(400).contentType("application/problem+json");
        department("tax").get(log).then().statusCode(404).contentType("application/problem+json");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + DevStackTestResource.token("operator"))
                .get(log).then().statusCode(403);
    }
}
