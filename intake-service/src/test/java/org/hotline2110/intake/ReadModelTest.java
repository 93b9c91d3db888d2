package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.ContactMethod;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** An operator sees where a ticket is, who has it and its lights, from the lifecycle and alert topics alone. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ReadModelTest {

    private static final Instant T0 = Instant.parse("2026-11-24T02:30:00Z");

    @BeforeAll
    static void contract() {
        OpenApiContract.install();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static void eventually(String id, java.util.function.Consumer<ValidatableResponse> expectation) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> expectation.accept(
                given().header("Authorization", TicketFixtures.bearer("supervisor")).when().get("/api/v1/tickets/" + id)
                        .then().statusCode(200)));
    }

    @Test
    void theOperatorSeesWhoHasTheTicketWhatWasDoneAndWhatWaitsForADecision() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        UUID ticket = UUID.fromString(id);
        LifecycleEvents.send(
                new TicketAssigned(ticket, "N", 1, "approval-bureau", List.of("housing-construction"), Urgency.NORMAL, at(0), "R-APPROVALS"),
                new TicketSigned(ticket, 1, "approval-bureau", at(5)),
                new TicketContacted(ticket, 1, "approval-bureau", ContactMethod.PHONE, at(30)),
                new TicketApprovalRequested(ticket, 1, "approval-bureau", UUID.randomUUID(), ApprovalKind.EXTENSION,
                        "需要现场勘查", 3, null, at(40)),
                new TicketUrged(ticket, "N", 1, "approval-bureau", "请加快办理", "supervisor", at(50)),
                new TicketNoteAdded(ticket, 1, "housing-construction", "已联系企业，正在核实材料清单", at(55)));

        eventually(id, r -> r.body("status", equalTo("CONTACTED"))
                .body("leadDepartment", equalTo("approval-bureau"))
                .body("assistingDepartments", contains("housing-construction"))
                .body("handling.assignment", equalTo(1))
                .body("handling.signedAt", equalTo(at(5).toString()))
                .body("handling.contactedAt", equalTo(at(30).toString()))
                .body("handling.pendingRequest", equalTo("EXTENSION"))
                .body("handling.urgedCount", equalTo(1))
                .body("handling.lastNote", equalTo("已联系企业，正在核实材料清单")));

        LifecycleEvents.send(new TicketExtended(ticket, 1, 3, "需要现场勘查", at(60)));
        eventually(id, r -> r.body("handling.extendedDays", equalTo(3)).body("handling.pendingRequest", nullValue()));
    }

    @Test
    void eachClockKeepsItsLatestLightAndAReRouteStartsWithNone() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        UUID ticket = UUID.fromString(id);
        LifecycleEvents.send(new TicketAssigned(ticket, "N", 1, "tax", List.of(), Urgency.NORMAL, at(0), "R"));
        eventually(id, r -> r.body("status", equalTo("ASSIGNED")));

        LifecycleEvents.send(
                alert(ticket, "tax", Clock.CONTACT, AlertLevel.YELLOW, at(90)),
                alert(ticket, "tax", Clock.REPLY, AlertLevel.RED, at(100)),
                alert(ticket, "tax", Clock.CONTACT, AlertLevel.GREEN, at(110)));
        eventually(id, r -> r.body("lights.clock", contains("CONTACT", "REPLY"))
                .body("lights.level", contains("GREEN", "RED"))
                .body("lights[1].deadline", notNullValue()));

        // an alert that arrives late, raised before the GREEN, does not bring the yellow back
        // (the RESOLVE alert after it shows it has been applied: one ticket's alerts share a partition)
        LifecycleEvents.send(alert(ticket, "tax", Clock.CONTACT, AlertLevel.YELLOW, at(95)),
                alert(ticket, "tax", Clock.RESOLVE, AlertLevel.YELLOW, at(115)));
        eventually(id, r -> r.body("lights.clock", contains("CONTACT", "REPLY", "RESOLVE"))
                .body("lights.level", contains("GREEN", "RED", "YELLOW")));

        LifecycleEvents.send(new TicketReturned(ticket, 1, "tax", "非本部门职责", at(120)),
                new TicketAssigned(ticket, "N", 2, "approval-bureau", List.of(), Urgency.NORMAL, at(121), null));
        eventually(id, r -> r.body("leadDepartment", equalTo("approval-bureau"))
                .body("handling.returnedCount", equalTo(1))
                .body("lights", org.hamcrest.Matchers.empty()));
    }

    private static SlaAlertRaised alert(UUID ticket, String department, Clock clock, AlertLevel level, Instant raisedAt) {
        return new SlaAlertRaised(UUID.randomUUID(), ticket, "N", department, clock, level, at(120), 1, raisedAt,
                true, raisedAt);
    }
}
