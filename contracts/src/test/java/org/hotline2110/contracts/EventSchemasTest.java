package org.hotline2110.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.ticket.TicketLifecycleEvent;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventSchemasTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void whatJacksonWritesForEachRecordValidatesAndReadsBack(EventType type) throws Exception {
        HotlineEvent event = EventSamples.ALL.get(type);
        ObjectNode json = EventSamples.MAPPER.valueToTree(event);

        assertEquals(List.of(), EventSchemas.violations(type, json), json.toString());
        assertEquals(event, EventSamples.MAPPER.treeToValue(json, type.payload()));
    }

    @Test
    void manualRoutingHasNoRuleWhetherWrittenAsNullOrLeftOut() {
        ObjectNode json = sample(EventType.TICKET_ASSIGNED);
        json.putNull("ruleId");
        assertEquals(List.of(), EventSchemas.violations(EventType.TICKET_ASSIGNED, json));
        json.remove("ruleId");
        assertEquals(List.of(), EventSchemas.violations(EventType.TICKET_ASSIGNED, json));
    }

    @Test
    void unknownFieldsAreToleratedSoProducersCanAddOptionalOnes() {
        ObjectNode alert = sample(EventType.SLA_ALERT_RAISED);
        alert.put("raisedInWorkingHours", true);
        ObjectNode received = sample(EventType.TICKET_RECEIVED);
        ((ObjectNode) received.get("enterprise")).put("industry", "machinery");

        assertEquals(List.of(), EventSchemas.violations(EventType.SLA_ALERT_RAISED, alert));
        assertEquals(List.of(), EventSchemas.violations(EventType.TICKET_RECEIVED, received));
    }

    /** A consumer upgraded before its producer reads events of the old shape (EVOLVING.md). */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventsWrittenBeforeTheOptionalFieldsExistedStillValidateAndRead(EventType type) throws Exception {
        ObjectNode old = sample(type);
        if (TicketLifecycleEvent.class.isAssignableFrom(type.payload())) {
            old.remove("state");
            if (type != EventType.TICKET_ASSIGNED && type != EventType.TICKET_URGED) {
                old.remove("leadDepartment");
            }
        }
        if (type == EventType.TICKET_PENDING_DISPATCH) {
            old.remove("assignment");
            old.remove("urgency");
        }
        if (type == EventType.SLA_ALERT_RAISED) {
            old.remove(List.of("assignment", "round", "duringWorkingHours", "nextWorkingInstant"));
        }

        assertEquals(List.of(), EventSchemas.violations(type, old), old.toString());
        HotlineEvent read = EventSamples.MAPPER.treeToValue(old, type.payload());
        if (read instanceof TicketLifecycleEvent lifecycle) {
            assertNull(lifecycle.state(), "a reader keeps the state it had");
        }
        if (read instanceof TicketPendingDispatch queued) {
            assertEquals(0, queued.assignment());
        }
        if (read instanceof SlaAlertRaised alert) {
            assertNull(alert.assignment());
            assertNull(alert.round());
        }
    }

    static Stream<Arguments> malformations() {
        return Stream.of(
                bad("missing ticketId", EventType.TICKET_RECEIVED, j -> j.remove("ticketId"), "ticketId", "required"),
                bad("unknown urgency", EventType.TICKET_ASSIGNED, j -> j.put("urgency", "HIGH"), "$.urgency", "enum"),
                bad("unknown alert level", EventType.SLA_ALERT_RAISED, j -> j.put("level", "ORANGE"), "$.level", "enum"),
                bad("ticketId not a uuid", EventType.TICKET_PENDING_DISPATCH, j -> j.put("ticketId", "T-0001"), "$.ticketId", "uuid"),
                bad("alertId a uuid with one digit short", EventType.SLA_ALERT_RAISED,
                        j -> j.put("alertId", "5d0c2b9e-3f41-4a8b-b6e2-7c9a1f3d2e4"), "$.alertId", "uuid"),
                bad("instant without zone", EventType.TICKET_ASSIGNED, j -> j.put("assignedAt", "2026-11-24T10:30:00"), "$.assignedAt", "date-time"),
                bad("instant as epoch seconds", EventType.SLA_ALERT_RAISED, j -> j.put("deadline", 1795599000), "$.deadline", "integer"),
                bad("instant not a date", EventType.TICKET_PENDING_DISPATCH, j -> j.put("queuedAt", "yesterday"), "$.queuedAt", "date-time"),
                bad("phone in clear", EventType.TICKET_RECEIVED, j -> j.put("contactPhoneMasked", "13812345678"), "$.contactPhoneMasked", "pattern"),
                bad("credit code with O", EventType.TICKET_RECEIVED,
                        j -> ((ObjectNode) j.get("enterprise")).put("creditCode", "91331081MA2K3LPQ7O"), "$.enterprise.creditCode", "pattern"),
                bad("department not a slug", EventType.TICKET_ASSIGNED, j -> j.put("leadDepartment", "Commerce Bureau"), "$.leadDepartment", "pattern"),
                bad("assisting department not a slug", EventType.TICKET_ASSIGNED,
                        j -> j.putArray("assistingDepartments").add("财政局"), "$.assistingDepartments[0]", "pattern"),
                bad("assignment zero", EventType.TICKET_ASSIGNED, j -> j.put("assignment", 0), "$.assignment", "minimum"),
                bad("summary too long", EventType.TICKET_RECEIVED, j -> j.put("summary", "长".repeat(201)), "$.summary", "200"),
                bad("enterprise missing", EventType.TICKET_RECEIVED, j -> j.remove("enterprise"), "enterprise", "required"),
                bad("unknown contact method", EventType.TICKET_CONTACTED, j -> j.put("method", "EMAIL"), "$.method", "enum"),
                bad("contact without assignment", EventType.TICKET_CONTACTED, j -> j.remove("assignment"), "assignment", "required"),
                bad("contact department not a slug", EventType.TICKET_CONTACTED, j -> j.put("department", "商务局"), "$.department", "pattern"),
                bad("reply assignment zero", EventType.TICKET_REPLIED, j -> j.put("assignment", 0), "$.assignment", "minimum"),
                bad("resolution without department", EventType.TICKET_RESOLVED, j -> j.remove("department"), "department", "required"),
                bad("resolution instant without zone", EventType.TICKET_RESOLVED,
                        j -> j.put("resolvedAt", "2026-12-01T15:20:00"), "$.resolvedAt", "date-time"),
                bad("suspension with empty reason", EventType.TICKET_SUSPENDED, j -> j.put("reason", ""), "$.reason", "at least 1"),
                bad("resumption without assignment", EventType.TICKET_RESUMED, j -> j.remove("assignment"), "assignment", "required"),
                bad("extension of zero working days", EventType.TICKET_EXTENDED, j -> j.put("workingDays", 0), "$.workingDays", "minimum"),
                bad("extension beyond the policy's ten working days", EventType.TICKET_EXTENDED,
                        j -> j.put("workingDays", 11), "$.workingDays", "maximum"),
                bad("extension in working days as text", EventType.TICKET_EXTENDED, j -> j.put("workingDays", "5"), "$.workingDays", "integer"),
                bad("reopen reason too long", EventType.TICKET_REOPENED, j -> j.put("reason", "长".repeat(501)), "$.reason", "500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformations")
    void malformedPayloadIsRefusedWithAMessageNamingTheField(String what, EventType type, Consumer<ObjectNode> breakIt,
            String field, String why) {
        ObjectNode json = sample(type);
        breakIt.accept(json);

        List<String> violations = EventSchemas.violations(type, json);

        // One break may fail two keywords (a bad uuid fails its pattern and its format): all must name the field.
        assertFalse(violations.isEmpty(), what + " passed");
        assertTrue(violations.stream().allMatch(v -> v.contains(field)), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains(why)), violations.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "138****5678", "0576****1234", "****1234", "****432", "057****8023" })
    void maskedPhonesInTheAgreedStyleAreAccepted(String phone) {
        ObjectNode json = sample(EventType.TICKET_RECEIVED);
        json.put("contactPhoneMasked", phone);
        assertEquals(List.of(), EventSchemas.violations(EventType.TICKET_RECEIVED, json));
    }

    @ParameterizedTest
    @ValueSource(strings = { "138-1234-5678", "138*5678", "0576-88881234", "138****567a" })
    void phonesNotMaskedInThatStyleAreRefused(String phone) {
        ObjectNode json = sample(EventType.TICKET_RECEIVED);
        json.put("contactPhoneMasked", phone);
        assertFalse(EventSchemas.violations(EventType.TICKET_RECEIVED, json).isEmpty(), phone);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 10 })
    void extensionsFromOneUpToThePolicysTenWorkingDaysAreAccepted(int workingDays) {
        ObjectNode json = sample(EventType.TICKET_EXTENDED);
        json.put("workingDays", workingDays);
        assertEquals(List.of(), EventSchemas.violations(EventType.TICKET_EXTENDED, json));
    }

    @Test
    void aBodyThatIsNotAnObjectIsAViolationNotAnException() {
        assertFalse(EventSchemas.violations(EventType.TICKET_RECEIVED, null).isEmpty());
        assertFalse(EventSchemas.violations(EventType.TICKET_RECEIVED, EventSamples.MAPPER.createArrayNode()).isEmpty());
    }

    private static Arguments bad(String what, EventType type, Consumer<ObjectNode> breakIt, String field, String why) {
        return Arguments.of(what, type, breakIt, field, why);
    }

    private static ObjectNode sample(EventType type) {
        return EventSamples.MAPPER.valueToTree(EventSamples.ALL.get(type));
    }
}
