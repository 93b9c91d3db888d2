package org.hotline2110.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hotline2110.dispatch.Desk.act;
import static org.hotline2110.dispatch.Desk.as;
import static org.hotline2110.dispatch.Desk.awaitRouted;
import static org.hotline2110.dispatch.Desk.department;
import static org.hotline2110.dispatch.Desk.kafka;
import static org.hotline2110.dispatch.Desk.lifecycle;
import static org.hotline2110.dispatch.Desk.lifecycleTypes;
import static org.hotline2110.dispatch.Desk.receive;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventSchemas;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A ticket's whole life through the workbench and the dispatch centre, and what sla-monitor hears of it. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class TicketLifeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEAD = "approval-bureau";

    @Test
    void assignedSignedContactedRepliedSuspendedResumedExtendedResolvedReopenedResolvedAgain() throws Exception {
        String id = receive("approvals", "xinqiao-town", "新建厂房消防验收材料反复退回");
        awaitRouted(id);
        var clerk = department(LEAD);

        act(department(LEAD), id, "sign", null).then().statusCode(200).body("state", equalTo("SIGNED"));
        act(department(LEAD), id, "contact", "{\"method\":\"PHONE\",\"note\":\"已电话联系企业王经理\"}")
                .then().statusCode(200).body("state", equalTo("CONTACTED"));
        act(department(LEAD), id, "reply", "{\"text\":\"已受理，正在协调消防验收材料清单\"}")
                .then().statusCode(200).body("state", equalTo("REPLIED"));

        String suspension = act(department(LEAD), id, "suspension-request", "{\"reason\":\"等待企业补交土地证明材料\"}")
                .then().statusCode(200).body("state", equalTo("REPLIED")).body("pendingRequest.kind", equalTo("SUSPENSION"))
                .extract().path("pendingRequest.id");
        as("dispatcher").get("/api/v1/approvals").then().statusCode(200).body("id", hasItem(suspension));
        act(as("dispatcher"), id, "requests/" + suspension + "/approve", "{}")
                .then().statusCode(200).body("state", equalTo("SUSPENDED")).body("suspendedFrom", equalTo("REPLIED"))
                .body("pendingRequest", nullValue());
        act(department(LEAD), id, "resume", "{\"note\":\"企业已补交材料\"}")
                .then().statusCode(200).body("state", equalTo("REPLIED"));

        String extension = act(department(LEAD), id, "extension-request", "{\"workingDays\":5,\"reason\":\"需待下一批预算下达\"}")
                .then().statusCode(200).extract().path("pendingRequest.id");
        act(as("dispatcher"), id, "requests/" + extension + "/approve", null)
                .then().statusCode(200).body("state", equalTo("REPLIED")).body("extensionsGranted", equalTo(1));
        act(department(LEAD), id, "resolution", "{\"result\":\"已一次性告知所需材料，企业已通过验收\",\"attachments\":[\"doc-7781\"]}")
                .then().statusCode(200).body("state", equalTo("RESOLVED"));

        // the call-back from intake: dissatisfied, so a supervisor may reopen
        kafka().sendEvent(Topics.TICKET_FEEDBACK, EventType.TICKET_FEEDBACK_RECORDED.type(), id, """
                {"ticketId":"%s","ticketNumber":"T-1","resolution":1,"leadDepartment":"%s","outcome":"PARTLY_RESOLVED",
                 "satisfaction":"DISSATISFIED","recordedAt":"2026-12-09T02:00:00Z"}""".formatted(id, LEAD));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("supervisor").get("/api/v1/tickets/" + id)
                .then().body("state", equalTo("CLOSED")).body("satisfaction", equalTo("DISSATISFIED")));
        act(as("supervisor"), id, "reopen", "{\"reason\":\"回访不满意：补助仅拨付一半\"}")
                .then().statusCode(200).body("state", equalTo("REOPENED"));
        act(clerk, id, "resolution", "{\"result\":\"余款已拨付\"}").then().statusCode(200).body("state", equalTo("RESOLVED"));

        List<ConsumerRecord<String, String>> events = lifecycle(id, 12);
        assertThat(events).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(
                EventType.TICKET_ASSIGNED.type(), EventType.TICKET_SIGNED.type(), EventType.TICKET_CONTACTED.type(),
                EventType.TICKET_REPLIED.type(), EventType.TICKET_APPROVAL_REQUESTED.type(),
                EventType.TICKET_SUSPENDED.type(), EventType.TICKET_RESUMED.type(),
                EventType.TICKET_APPROVAL_REQUESTED.type(), EventType.TICKET_EXTENDED.type(),
                EventType.TICKET_RESOLVED.type(), EventType.TICKET_REOPENED.type(), EventType.TICKET_RESOLVED.type());
        for (ConsumerRecord<String, String> event : events) {
            EventType type = EventType.ofType(KafkaProbe.header(event, "ce_type")).orElseThrow();
            JsonNode body = JSON.readTree(event.value());
            assertThat(EventSchemas.violations(type, body)).as(type.type()).isEmpty();
            assertThat(body.get("assignment").asInt()).as(type.type()).isEqualTo(1);
        }
        assertThat(JSON.readTree(events.get(8).value()).get("workingDays").asInt()).isEqualTo(5);

        as("dispatcher").get("/api/v1/tickets/" + id).then().statusCode(200)
                .body("handlingLog.action", equalTo(List.of("ASSIGNED", "SIGN", "CONTACT", "REPLY", "REQUEST_SUSPENSION",
                        "APPROVE_SUSPENSION", "RESUME", "REQUEST_EXTENSION", "APPROVE_EXTENSION", "RESOLVE", "CALL_BACK",
                        "REOPEN", "RESOLVE")))
                .body("handlingLog[1].actor", not(nullValue()))
                .body("handlingLog[1].department", equalTo(LEAD))
                .body("handlingLog[2].details.method", equalTo("PHONE"))
                .body("handlingLog[9].details.attachments", equalTo(List.of("doc-7781")));
    }

    @Test
    void anApprovedReturnEndsTheAssignmentAndGivesTheTicketToItsNewLead() throws Exception {
        String id = receive("property-rights", "hexi-town", "厂房产权证办理遗留问题");
        awaitRouted(id);
        String request = act(department("natural-resources"), id, "return-request", "{\"reason\":\"属住建局职责\"}")
                .then().statusCode(200).extract().path("pendingRequest.id");
        // the returning department cannot approve its own return
        act(department("natural-resources"), id, "requests/" + request + "/approve", "{\"lead\":\"housing-construction\"}")
                .then().statusCode(403).contentType("application/problem+json");
        act(as("dispatcher"), id, "requests/" + request + "/approve", "{\"lead\":\"housing-construction\",\"assisting\":[\"natural-resources\"]}")
                .then().statusCode(200).body("state", equalTo("ASSIGNED")).body("assignment", equalTo(2))
                .body("leadDepartment", equalTo("housing-construction"));

        List<ConsumerRecord<String, String>> events = lifecycle(id, 4);
        assertThat(events).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(
                EventType.TICKET_ASSIGNED.type(), EventType.TICKET_APPROVAL_REQUESTED.type(),
                EventType.TICKET_RETURNED.type(), EventType.TICKET_ASSIGNED.type());
        JsonNode returned = JSON.readTree(events.get(2).value());
        assertThat(returned.get("department").asText()).isEqualTo("natural-resources");
        assertThat(returned.get("assignment").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(events.get(3).value()).get("assignment").asInt()).isEqualTo(2);

        department("housing-construction").get("/api/v1/tickets/" + id).then().statusCode(200);
        // the former lead assists now, so it still sees the ticket but cannot drive it
        act(department("natural-resources"), id, "sign", null).then().statusCode(403);
        act(department("natural-resources"), id, "notes", "{\"note\":\"产权档案已移交\"}").then().statusCode(200);
    }

    @Test
    void aReturnApprovedWithoutANewLeadGoesToTheManualQueueAndIsRoutedByHand() {
        String id = receive("talent", "hexi-town", "人才公寓申请");
        awaitRouted(id);
        String request = act(department("human-resources"), id, "return-request", "{\"reason\":\"不属于本单位职责\"}")
                .then().statusCode(200).extract().path("pendingRequest.id");
        act(as("dispatcher"), id, "requests/" + request + "/approve", null)
                .then().statusCode(200).body("state", equalTo("PENDING_DISPATCH")).body("leadDepartment", nullValue());
        department("human-resources").get("/api/v1/tickets/" + id).then().statusCode(404);
        as("dispatcher").get("/api/v1/tickets?state=PENDING_DISPATCH&size=200").then().body("id", hasItem(id));

        act(as("dispatcher"), id, "route", "{\"lead\":\"housing-construction\",\"note\":\"人才公寓由住建局负责\"}")
                .then().statusCode(200).body("state", equalTo("ASSIGNED")).body("assignment", equalTo(2));
        assertThat(lifecycleTypes(id, 5)).containsExactly(EventType.TICKET_ASSIGNED.type(),
                EventType.TICKET_APPROVAL_REQUESTED.type(), EventType.TICKET_RETURNED.type(),
                EventType.TICKET_PENDING_DISPATCH.type(), EventType.TICKET_ASSIGNED.type());
    }

    @Test
    void aRejectedRequestChangesNothingButIsAnnouncedAndLogged() {
        String id = receive("financing", "hexi-town", "贷款贴息");
        awaitRouted(id);
        act(department("finance"), id, "sign", null).then().statusCode(200);
        String request = act(department("finance"), id, "return-request", "{\"reason\":\"应由发改局办理\"}")
                .then().statusCode(200).extract().path("pendingRequest.id");
        // one request at a time
        act(department("finance"), id, "return-request", "{\"reason\":\"再次申请\"}").then().statusCode(409);
        act(as("dispatcher"), id, "requests/" + request + "/reject", "{\"reason\":\"属本单位职责范围，请继续办理\"}")
                .then().statusCode(200).body("state", equalTo("SIGNED")).body("leadDepartment", equalTo("finance"))
                .body("pendingRequest", nullValue());
        act(as("dispatcher"), id, "requests/" + request + "/approve", null).then().statusCode(409);
        assertThat(lifecycleTypes(id, 4)).containsExactly(EventType.TICKET_ASSIGNED.type(),
                EventType.TICKET_SIGNED.type(), EventType.TICKET_APPROVAL_REQUESTED.type(),
                EventType.TICKET_APPROVAL_REJECTED.type());
    }

    @Test
    void urgingIsAnnouncedToTheLeadAndCounted() throws Exception {
        String id = receive("arrears", "chengguan-street", "工程款拖欠");
        awaitRouted(id);
        act(as("supervisor"), id, "urge", "{\"message\":\"请于今日内联系企业并反馈办理进度\"}")
                .then().statusCode(200).body("urged", equalTo(1)).body("state", equalTo("ASSIGNED"));
        JsonNode urged = JSON.readTree(lifecycle(id, 2).get(1).value());
        assertThat(EventSchemas.violations(EventType.TICKET_URGED, urged)).isEmpty();
        assertThat(urged.get("leadDepartment").asText()).isEqualTo("industry-it");
        assertThat(urged.get("message").asText()).isEqualTo("请于今日内联系企业并反馈办理进度");
    }
}
