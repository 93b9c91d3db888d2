package org.hotline2110.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline2110.dispatch.Desk.act;
import static org.hotline2110.dispatch.Desk.as;
import static org.hotline2110.dispatch.Desk.awaitRouted;
import static org.hotline2110.dispatch.Desk.department;
import static org.hotline2110.dispatch.Desk.etag;
import static org.hotline2110.dispatch.Desk.kafka;
import static org.hotline2110.dispatch.Desk.outboxed;
import static org.hotline2110.dispatch.Desk.receive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.contracts.ticket.TicketState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every action a state does not allow, tried in that state by someone who may take it otherwise: 409 with a problem
 * document, and the ticket, its log and its events as they were.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ForbiddenTransitionsTest {

    private static final String LEAD = "approval-bureau";

    /** The request each action is tried with: its path under the ticket and a valid body. */
    private static final Map<Action, String[]> TRIED = Map.ofEntries(
            Map.entry(Action.SIGN, new String[] { "sign", "{}" }),
            Map.entry(Action.CONTACT, new String[] { "contact", "{\"method\":\"ON_SITE\"}" }),
            Map.entry(Action.REPLY, new String[] { "reply", "{\"text\":\"初步意见\"}" }),
            Map.entry(Action.RESOLVE, new String[] { "resolution", "{\"result\":\"已办结\"}" }),
            Map.entry(Action.REQUEST_RETURN, new String[] { "return-request", "{\"reason\":\"非本单位职责\"}" }),
            Map.entry(Action.REQUEST_SUSPENSION, new String[] { "suspension-request", "{\"reason\":\"等待材料\"}" }),
            Map.entry(Action.REQUEST_EXTENSION, new String[] { "extension-request", "{\"workingDays\":3,\"reason\":\"需协调\"}" }),
            Map.entry(Action.ADD_NOTE, new String[] { "notes", "{\"note\":\"备注\"}" }),
            Map.entry(Action.RESUME, new String[] { "resume", "{}" }),
            Map.entry(Action.ROUTE, new String[] { "route", "{\"lead\":\"tax\"}" }),
            Map.entry(Action.REROUTE, new String[] { "reroute", "{\"lead\":\"tax\"}" }),
            Map.entry(Action.URGE, new String[] { "urge", "{\"message\":\"请尽快办理\"}" }),
            Map.entry(Action.REOPEN, new String[] { "reopen", "{\"reason\":\"回访不满意\"}" }));

    @Inject
    Pool pool;

    @Test
    void everyForbiddenActionInEveryStateIsAConflictThatChangesNothing() {
        List<String> tried = new ArrayList<>();
        // RECEIVED is intake's: a ticket is routed or queued as dispatch takes it
        for (TicketState state : EnumSet.complementOf(EnumSet.of(TicketState.RECEIVED))) {
            String id = ticketIn(state);
            String version = etag(id);
            long events = outboxed(pool, id);
            for (Map.Entry<Action, String[]> entry : TRIED.entrySet()) {
                Action action = entry.getKey();
                if (Transitions.of(action).from().contains(state)) {
                    continue;
                }
                // a ticket in the manual queue has no lead: no department reaches it
                boolean byDepartment = Transitions.who(action) == Actor.LEAD || Transitions.who(action) == Actor.LEAD_OR_ASSISTING
                        || Transitions.who(action) == Actor.LEAD_OR_DISPATCHER;
                int expected = state == TicketState.PENDING_DISPATCH && byDepartment ? 404 : 409;
                act(actor(action), id, entry.getValue()[0], entry.getValue()[1], version)
                        .then().statusCode(expected).contentType("application/problem+json");
                tried.add(state + " " + action);
            }
            assertThat(etag(id)).as("version of a ticket in " + state).isEqualTo(version);
            assertThat(outboxed(pool, id)).as("events of a ticket in " + state).isEqualTo(events);
        }
        assertThat(tried).hasSizeGreaterThan(70);
    }

    @Test
    void aReturnAskedBeforeContactCannotBeApprovedOnceTheEnterpriseWasContacted() {
        String id = ticketIn(TicketState.SIGNED);
        String request = act(department(LEAD), id, "return-request", "{\"reason\":\"非本单位职责\"}")
                .then().statusCode(200).extract().path("pendingRequest.id");
        act(department(LEAD), id, "contact", "{\"method\":\"PHONE\"}").then().statusCode(200);
        act(as("dispatcher"), id, "requests/" + request + "/approve", "{\"lead\":\"tax\"}")
                .then().statusCode(409).body("detail", containsString("CONTACTED"));
    }

    @Test
    void onlyADissatisfiedCallBackCanBeReopened() {
        String id = ticketIn(TicketState.CLOSED);
        act(as("supervisor"), id, "reopen", "{\"reason\":\"复查\"}")
                .then().statusCode(409).body("detail", containsString("SATISFIED"));
    }

    @Test
    void anExtensionIsGrantedOncePerAssignment() {
        String id = ticketIn(TicketState.REPLIED);
        String request = act(department(LEAD), id, "extension-request", "{\"workingDays\":3,\"reason\":\"需协调\"}")
                .then().statusCode(200).extract().path("pendingRequest.id");
        act(as("dispatcher"), id, "requests/" + request + "/approve", null).then().statusCode(200);
        act(department(LEAD), id, "extension-request", "{\"workingDays\":2,\"reason\":\"再次延期\"}")
                .then().statusCode(409).body("detail", containsString("extension"));
    }

    private static RequestSpecification actor(Action action) {
        return switch (Transitions.who(action)) {
            case LEAD, LEAD_OR_ASSISTING, LEAD_OR_DISPATCHER -> department(LEAD);
            case DISPATCHER -> as("dispatcher");
            case DISPATCHER_OR_SUPERVISOR, SYSTEM -> as("supervisor");
        };
    }

    /** A new ticket driven to {@code state} the way people would drive it there. */
    static String ticketIn(TicketState state) {
        if (state == TicketState.PENDING_DISPATCH) {
            String id = receive("other", "hi-tech-park", "增设公交线路");
            awaitRouted(id);
            return id;
        }
        String id = receive("approvals", "xinqiao-town", "消防验收材料");
        awaitRouted(id);
        List<String[]> steps = switch (state) {
            case ASSIGNED -> List.of();
            case SIGNED -> List.<String[]>of(step("sign"));
            case CONTACTED -> List.of(step("sign"), step("contact", "{\"method\":\"PHONE\"}"));
            case REPLIED, SUSPENDED, RESOLVED, CLOSED, REOPENED -> List.of(step("sign"),
                    step("contact", "{\"method\":\"PHONE\"}"), step("reply", "{\"text\":\"初步意见\"}"));
            case RECEIVED, PENDING_DISPATCH -> throw new IllegalStateException();
        };
        steps.forEach(s -> act(department(LEAD), id, s[0], s[1]).then().statusCode(200));
        if (state == TicketState.SUSPENDED) {
            String request = act(department(LEAD), id, "suspension-request", "{\"reason\":\"等待材料\"}")
                    .then().statusCode(200).extract().path("pendingRequest.id");
            act(as("dispatcher"), id, "requests/" + request + "/approve", null).then().statusCode(200);
        }
        if (state == TicketState.RESOLVED || state == TicketState.CLOSED || state == TicketState.REOPENED) {
            act(department(LEAD), id, "resolution", "{\"result\":\"已办结\"}").then().statusCode(200);
        }
        if (state == TicketState.CLOSED || state == TicketState.REOPENED) {
            String satisfaction = state == TicketState.CLOSED ? "SATISFIED" : "DISSATISFIED";
            kafka().sendEvent(Topics.TICKET_FEEDBACK, EventType.TICKET_FEEDBACK_RECORDED.type(), id, """
                    {"ticketId":"%s","ticketNumber":"T-1","resolution":1,"leadDepartment":"%s","outcome":"RESOLVED",
                     "satisfaction":"%s","recordedAt":"2026-12-09T02:00:00Z"}""".formatted(id, LEAD, satisfaction));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("dispatcher").get("/api/v1/tickets/" + id)
                    .then().body("state", equalTo("CLOSED")));
        }
        if (state == TicketState.REOPENED) {
            act(as("supervisor"), id, "reopen", "{\"reason\":\"回访不满意\"}").then().statusCode(200);
        }
        as("dispatcher").get("/api/v1/tickets/" + id).then().body("state", equalTo(state.name()));
        return id;
    }

    private static String[] step(String path) {
        return new String[] { path, "{}" };
    }

    private static String[] step(String path, String body) {
        return new String[] { path, body };
    }
}
