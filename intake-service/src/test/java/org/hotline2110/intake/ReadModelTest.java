package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.sla.SlaClockChanged;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.ContactMethod;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** An operator sees where a ticket is, who has it, its clocks and lights, from the lifecycle and SLA topics alone. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ReadModelTest {

    private static final Instant T0 = Instant.parse("2026-11-24T02:30:00Z");
    private static final String LEAD = "approval-bureau";

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
                new TicketAssigned(ticket, "N", 1, LEAD, List.of("housing-construction"), Urgency.NORMAL, at(0),
                        "R-APPROVALS", TicketState.ASSIGNED),
                new TicketSigned(ticket, 1, LEAD, at(5), LEAD, TicketState.SIGNED),
                new TicketContacted(ticket, 1, LEAD, ContactMethod.PHONE, at(30), LEAD, TicketState.CONTACTED),
                new TicketApprovalRequested(ticket, 1, LEAD, UUID.randomUUID(), ApprovalKind.EXTENSION,
                        "需要现场勘查", 3, null, at(40), LEAD, TicketState.CONTACTED),
                new TicketUrged(ticket, "N", 1, LEAD, "请加快办理", "supervisor", at(50), TicketState.CONTACTED),
                new TicketNoteAdded(ticket, 1, "housing-construction", "已联系企业，正在核实材料清单", at(55), LEAD,
                        TicketState.CONTACTED));

        eventually(id, r -> r.body("status", equalTo("CONTACTED"))
                .body("statusChangedAt", equalTo(at(30).toString()))
                .body("leadDepartment", equalTo(LEAD))
                .body("assistingDepartments", contains("housing-construction"))
                .body("handling.assignment", equalTo(1))
                .body("handling.signedAt", equalTo(at(5).toString()))
                .body("handling.contactedAt", equalTo(at(30).toString()))
                .body("handling.pendingRequest", equalTo("EXTENSION"))
                .body("handling.urgedCount", equalTo(1))
                .body("handling.lastNote", equalTo("已联系企业，正在核实材料清单")));

        LifecycleEvents.send(new TicketExtended(ticket, 1, 3, "需要现场勘查", at(60), LEAD, TicketState.CONTACTED));
        eventually(id, r -> r.body("handling.extendedDays", equalTo(3)).body("handling.pendingRequest", nullValue()));
    }

    @Test
    void eachClockKeepsItsLightAndAReRouteStartsWithNone() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        UUID ticket = UUID.fromString(id);
        LifecycleEvents.send(new TicketAssigned(ticket, "N", 1, "tax", List.of(), Urgency.NORMAL, at(0), "R",
                TicketState.ASSIGNED));
        eventually(id, r -> r.body("status", equalTo("ASSIGNED")));

        LifecycleEvents.send(
                alert(ticket, "tax", Clock.CONTACT, AlertLevel.YELLOW, at(90)),
                alert(ticket, "tax", Clock.REPLY, AlertLevel.RED, at(100)),
                alert(ticket, "tax", Clock.CONTACT, AlertLevel.GREEN, at(110)));
        eventually(id, r -> r.body("clocks.clock", contains("CONTACT", "REPLY"))
                .body("clocks.light", contains("GREEN", "RED"))
                .body("clocks[1].deadline", equalTo(at(120).toString())));

        // a warning that arrives late, raised before the GREEN, does not bring the yellow back
        // (the RESOLVE alert after it shows it has been applied: one ticket's alerts share a partition)
        LifecycleEvents.send(alert(ticket, "tax", Clock.CONTACT, AlertLevel.YELLOW, at(95)),
                alert(ticket, "tax", Clock.RESOLVE, AlertLevel.YELLOW, at(115)));
        eventually(id, r -> r.body("clocks.clock", contains("CONTACT", "REPLY", "RESOLVE"))
                .body("clocks.light", contains("GREEN", "RED", "YELLOW")));

        LifecycleEvents.send(new TicketReturned(ticket, 1, "tax", "非本部门职责", at(120), LEAD, TicketState.ASSIGNED),
                new TicketAssigned(ticket, "N", 2, LEAD, List.of(), Urgency.NORMAL, at(121), null, TicketState.ASSIGNED));
        eventually(id, r -> r.body("leadDepartment", equalTo(LEAD))
                .body("handling.returnedCount", equalTo(1))
                .body("clocks", empty()));
    }

    @Test
    void theOperatorSeesWhenTheEnterpriseWillHearBackAndAnExtensionTurnsTheWarningOff() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        UUID ticket = UUID.fromString(id);
        LifecycleEvents.send(new TicketAssigned(ticket, "N", 1, LEAD, List.of(), Urgency.NORMAL, at(0), "R",
                TicketState.ASSIGNED));
        Instant contactBy = Instant.parse("2026-11-24T04:30:00Z");
        Instant resolveBy = Instant.parse("2026-12-08T09:30:00Z");
        LifecycleEvents.send(
                clock(ticket, Clock.CONTACT, ClockState.RUNNING, AlertLevel.GREEN, Instant.parse("2026-11-24T04:00:00Z"), contactBy, 1),
                clock(ticket, Clock.RESOLVE, ClockState.RUNNING, AlertLevel.GREEN, Instant.parse("2026-12-04T06:00:00Z"), resolveBy, 1));
        eventually(id, r -> r.body("hearBackBy", equalTo(contactBy.toString()))
                .body("clocks.clock", contains("CONTACT", "RESOLVE")));

        // contact made: the next promise is the resolution; then RESOLVE warns
        LifecycleEvents.send(
                clock(ticket, Clock.CONTACT, ClockState.MET, AlertLevel.GREEN, Instant.parse("2026-11-24T04:00:00Z"), contactBy, 1),
                alert(ticket, LEAD, Clock.RESOLVE, AlertLevel.YELLOW, Instant.parse("2026-12-04T06:00:00Z")));
        eventually(id, r -> r.body("hearBackBy", equalTo(resolveBy.toString()))
                .body("clocks.find { it.clock == 'RESOLVE' }.light", equalTo("YELLOW")));

        // an extension moves the deadline past the warning: the light goes out, and the operator reads the new date
        Instant extendedTo = Instant.parse("2026-12-15T09:30:00Z");
        LifecycleEvents.send(clock(ticket, Clock.RESOLVE, ClockState.RUNNING, AlertLevel.GREEN,
                Instant.parse("2026-12-11T06:00:00Z"), extendedTo, 2));
        eventually(id, r -> r.body("hearBackBy", equalTo(extendedTo.toString()))
                .body("clocks.find { it.clock == 'RESOLVE' }.light", nullValue()));
    }

    @Test
    void anEventOfTheOldShapeAndOneWithAnUnknownFieldAreBothConsumed() {
        String id = TicketFixtures.create(TicketFixtures.ticket());
        LifecycleEvents.send(new TicketAssigned(UUID.fromString(id), "N", 1, LEAD, List.of(), Urgency.NORMAL, at(0),
                "R", TicketState.ASSIGNED));
        eventually(id, r -> r.body("status", equalTo("ASSIGNED")));

        // as dispatch-service wrote it before events carried the state: the fact is kept, the state stays
        LifecycleEvents.kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_SIGNED.type(), id, """
                {"ticketId":"%s","assignment":1,"department":"%s","signedAt":"%s"}""".formatted(id, LEAD, at(5)));
        eventually(id, r -> r.body("handling.signedAt", equalTo(at(5).toString())).body("status", equalTo("ASSIGNED")));

        // a field this reader does not know yet is passed over
        LifecycleEvents.kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_CONTACTED.type(), id, """
                {"ticketId":"%s","assignment":1,"department":"%s","method":"PHONE","contactedAt":"%s",
                 "leadDepartment":"%s","state":"CONTACTED","contactedBy":"张科员"}""".formatted(id, LEAD, at(20), LEAD));
        eventually(id, r -> r.body("status", equalTo("CONTACTED")).body("handling.contactedAt", equalTo(at(20).toString())));
    }

    private static SlaAlertRaised alert(UUID ticket, String department, Clock clock, AlertLevel level, Instant raisedAt) {
        return new SlaAlertRaised(UUID.randomUUID(), ticket, "N", department, clock, level,
                clock == Clock.RESOLVE ? Instant.parse("2026-12-08T09:30:00Z") : at(120), 1, raisedAt, true, raisedAt,
                1, 1);
    }

    private static SlaClockChanged clock(UUID ticket, Clock clock, ClockState state, AlertLevel light, Instant warnAt,
            Instant deadline, int version) {
        return new SlaClockChanged(ticket, "N", 1, LEAD, clock, 1, state, light, at(0), warnAt, deadline, version,
                state == ClockState.MET ? at(30) : null, Instant.now());
    }
}
