package org.hotline2110.contracts;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.hotline2110.contracts.feedback.CallbackOutcome;
import org.hotline2110.contracts.feedback.Satisfaction;
import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.sla.SlaClockChanged;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.ContactMethod;
import org.hotline2110.contracts.ticket.Enterprise;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.contracts.ticket.Urgency;

/** One realistic payload per event type, and an ObjectMapper set up the way Quarkus sets up its own. */
final class EventSamples {

    static final UUID TICKET = UUID.fromString("0b6f4c1e-8d2a-4f57-9a3e-2c1d5e7f9a10");

    // Quarkus registers the JSR-310 module, writes dates as ISO strings and ignores unknown properties.
    static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    // Map.ofEntries, not Map.of: Map.of stops at ten pairs.
    static final Map<EventType, HotlineEvent> ALL = Map.ofEntries(
            entry(EventType.TICKET_RECEIVED, new TicketReceived(TICKET, "2110-20261124-0001",
                    Instant.parse("2026-11-24T02:30:00Z"), "phone", "complaint", "policy-fulfilment",
                    Urgency.NORMAL, "chengdong-street",
                    new Enterprise("温岭市东方机电有限公司", "91331081MA2K3LPQ74", null), "138****5678",
                    "企业反映技改补助已公示三个月仍未兑现，请求尽快拨付。")),
            entry(EventType.TICKET_ASSIGNED, new TicketAssigned(TICKET, "2110-20261124-0001", 1, "commerce-bureau",
                    List.of("finance-bureau", "chengdong-street"), Urgency.URGENT,
                    // Fractional seconds: Jackson writes them when the clock has them.
                    Instant.parse("2026-11-24T02:30:05.123456Z"), "rule-policy-fulfilment", TicketState.ASSIGNED)),
            entry(EventType.TICKET_PENDING_DISPATCH, new TicketPendingDispatch(TICKET, "2110-20261124-0001",
                    "no routing rule for topic policy-fulfilment in town chengdong-street",
                    Instant.parse("2026-11-24T02:30:05Z"), Urgency.NORMAL, 0, null, TicketState.PENDING_DISPATCH)),
            entry(EventType.TICKET_CONTACTED, new TicketContacted(TICKET, 1, "commerce-bureau", ContactMethod.ON_SITE,
                    Instant.parse("2026-11-24T03:10:00Z"), "commerce-bureau", TicketState.CONTACTED)),
            entry(EventType.TICKET_REPLIED, new TicketReplied(TICKET, 1, "commerce-bureau",
                    Instant.parse("2026-11-24T08:45:12.5Z"), "commerce-bureau", TicketState.REPLIED)),
            entry(EventType.TICKET_RESOLVED, new TicketResolved(TICKET, 2, "finance-bureau",
                    Instant.parse("2026-12-01T07:20:00Z"), "finance-bureau", TicketState.RESOLVED)),
            entry(EventType.TICKET_SUSPENDED, new TicketSuspended(TICKET, 1,
                    "补助资金需待市财政局下一批预算下达，经调度中心批准挂起",
                    Instant.parse("2026-11-26T02:00:00Z"), "commerce-bureau", TicketState.SUSPENDED)),
            entry(EventType.TICKET_RESUMED, new TicketResumed(TICKET, 1, Instant.parse("2026-11-30T01:30:00Z"), "commerce-bureau",
                    TicketState.REPLIED)),
            entry(EventType.TICKET_EXTENDED, new TicketExtended(TICKET, 1, 5,
                    "subsidy payment needs the finance bureau's next budget release",
                    Instant.parse("2026-12-03T06:00:00Z"), "commerce-bureau", TicketState.REPLIED)),
            entry(EventType.TICKET_REOPENED, new TicketReopened(TICKET, 1,
                    "回访不满意：补助仅拨付一半，余款无时间表",
                    Instant.parse("2026-12-10T02:15:00Z"), "commerce-bureau", TicketState.REOPENED)),
            entry(EventType.SLA_ALERT_RAISED, new SlaAlertRaised(UUID.fromString("5d0c2b9e-3f41-4a8b-b6e2-7c9a1f3d2e44"),
                    TICKET, "2110-20261124-0001", "commerce-bureau", Clock.REPLY, AlertLevel.YELLOW,
                    Instant.parse("2026-11-25T09:30:00Z"), 1, Instant.parse("2026-11-25T06:22:30Z"), true,
                    Instant.parse("2026-11-25T06:22:30Z"), 1, 1)),
            entry(EventType.TICKET_SIGNED, new TicketSigned(TICKET, 1, "commerce-bureau",
                    Instant.parse("2026-11-24T02:40:00Z"), "commerce-bureau", TicketState.SIGNED)),
            entry(EventType.TICKET_APPROVAL_REQUESTED, new TicketApprovalRequested(TICKET, 1, "commerce-bureau",
                    UUID.fromString("7a1e4c2d-9b3f-4e8a-a5d6-1c2b3d4e5f60"), ApprovalKind.EXTENSION,
                    "补助资金需待市财政局下一批预算下达", 5, null, Instant.parse("2026-12-03T05:00:00Z"), "commerce-bureau",
                    TicketState.REPLIED)),
            entry(EventType.TICKET_APPROVAL_REJECTED, new TicketApprovalRejected(TICKET, 1,
                    UUID.fromString("7a1e4c2d-9b3f-4e8a-a5d6-1c2b3d4e5f60"), ApprovalKind.RETURN,
                    "属本单位职责范围，请继续办理", Instant.parse("2026-11-24T03:10:00Z"), "commerce-bureau",
                    TicketState.SIGNED)),
            entry(EventType.TICKET_RETURNED, new TicketReturned(TICKET, 1, "commerce-bureau",
                    "不属于本单位职责：厂房产权登记归自然资源和规划局", Instant.parse("2026-11-24T03:10:00Z"), null,
                    TicketState.PENDING_DISPATCH)),
            entry(EventType.TICKET_URGED, new TicketUrged(TICKET, "2110-20261124-0001", 1, "commerce-bureau",
                    "请于今日内联系企业并反馈办理进度", "营商办 王科长", Instant.parse("2026-11-25T01:00:00Z"),
                    TicketState.CONTACTED)),
            entry(EventType.TICKET_NOTE_ADDED, new TicketNoteAdded(TICKET, 1, "finance-bureau",
                    "协办意见：补助资金已列入下一批预算", Instant.parse("2026-11-26T06:00:00Z"),
                    "commerce-bureau", TicketState.REPLIED)),
            entry(EventType.TICKET_FEEDBACK_RECORDED, new TicketFeedbackRecorded(TICKET, "2110-20261124-0001", 1,
                    "commerce-bureau", CallbackOutcome.PARTLY_RESOLVED, Satisfaction.DISSATISFIED,
                    Instant.parse("2026-12-09T02:00:00Z"))),
            entry(EventType.SLA_CLOCK_CHANGED, new SlaClockChanged(TICKET, "2110-20261124-0001", 1, "commerce-bureau",
                    Clock.RESOLVE, 1, ClockState.RUNNING, AlertLevel.GREEN, Instant.parse("2026-11-24T02:30:05Z"),
                    Instant.parse("2026-12-08T06:00:00Z"), Instant.parse("2026-12-15T09:30:00Z"), 2, null,
                    Instant.parse("2026-12-03T06:00:00Z"))));

    private EventSamples() {
    }
}
