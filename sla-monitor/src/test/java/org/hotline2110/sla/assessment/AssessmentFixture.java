package org.hotline2110.sla.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.testing.KafkaProbe;

/**
 * Tickets driven through the real path: each event published as intake and dispatch publish it, at a fixed instant,
 * so that on the seconds-long test policy (CONTACT 2 s, REPLY 3 s, RESOLVE 12 s, REPLY and RESOLVE pausing while
 * suspended) every outcome is certain. Each pattern names what it does to the figures.
 */
final class AssessmentFixture implements AutoCloseable {

    /** Assessment period: March 2025 in Asia/Shanghai, i.e. [2025-02-28T16:00Z, 2025-03-31T16:00Z). */
    static final String FROM = "2025-03-01";
    static final String TO = "2025-03-31";
    static final Instant BASE = Instant.parse("2025-03-10T02:00:00Z");
    /** One second before the period ends: every clock started then falls due after the period. */
    static final Instant LAST_SECOND = Instant.parse("2025-03-31T15:59:59Z");

    /** A ticket of the fixture: its id, number, first lead and the assignment it is on. */
    static final class Ticket {
        final UUID id = UUID.randomUUID();
        final String number;
        final Instant at;
        String department;
        int assignment = 1;

        Ticket(String number, String department, Instant at) {
            this.number = number;
            this.department = department;
            this.at = at;
        }
    }

    private final KafkaProbe.EventWriter writer;
    private final List<UUID> ids = new ArrayList<>();
    private int events;
    private int next;

    AssessmentFixture(KafkaProbe kafka) {
        this.writer = kafka.writer();
    }

    List<UUID> ids() {
        return ids;
    }

    /** Events sent so far; every one of them lands on its ticket's timeline. */
    int events() {
        return events;
    }

    // --- the patterns -------------------------------------------------------------------------------------------

    /** A: contact, reply, resolution on time; called back with {@code satisfaction} (or not, when null). */
    Ticket onTime(String department, String satisfaction) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        replied(t, 2);
        resolved(t, 10);
        if (satisfaction != null) {
            feedback(t, 1, satisfaction, 3_600);
        }
        return t;
    }

    /** L: every clock late (contact at 10 min, reply at 20 min, resolution at 1 h: 9, 19 and 59 minutes late). */
    Ticket allLate(String department) {
        Ticket t = ticket(department, "help");
        contacted(t, 600);
        replied(t, 1_200);
        resolved(t, 3_600);
        feedback(t, 1, "SATISFIED", 7_200);
        return t;
    }

    /** V: contact and reply on time, resolution at 2 min (108 s late); called back basically satisfied. */
    Ticket resolvedLate(String department) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        replied(t, 2);
        resolved(t, 120);
        feedback(t, 1, "BASICALLY_SATISFIED", 3_600);
        return t;
    }

    /** O: assigned and nothing more: all three clocks overdue at the period's end. */
    Ticket overdue(String department) {
        return ticket(department, "help");
    }

    /** N: assigned in the period's last second: no clock is due by its end, none is judged. */
    Ticket notDue(String department, String demandType) {
        return ticket(department, demandType, LAST_SECOND);
    }

    /** S: suspended at 2 s for an hour; REPLY (then 1 s left) met at 3,603 s and RESOLVE at 3,610 s: both on time. */
    Ticket suspended(String department) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        lifecycle(t, EventType.TICKET_SUSPENDED, "\"reason\":\"等待企业补充材料\",\"suspendedAt\":\"%s\"", 2);
        lifecycle(t, EventType.TICKET_RESUMED, "\"resumedAt\":\"%s\"", 3_602);
        replied(t, 3_603);
        resolved(t, 3_610);
        feedback(t, 1, "SATISFIED", 7_200);
        return t;
    }

    /** E: RESOLVE extended by one day at 5 s; resolved at 2 h: on time. */
    Ticket extended(String department) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        replied(t, 2);
        lifecycle(t, EventType.TICKET_EXTENDED, "\"workingDays\":1,\"reason\":\"需现场勘查\",\"grantedAt\":\"%s\"", 5);
        resolved(t, 7_200);
        feedback(t, 1, "SATISFIED", 10_800);
        return t;
    }

    /**
     * R: resolved on time, called back dissatisfied, reopened at 2 h, resolved again at 2 h + {@code secondRound}
     * seconds (RESOLVE runs 12 s), then called back with {@code secondRating}; with {@code secondRound} null the
     * second round never ends (overdue at the period's end).
     */
    Ticket reopened(String department, Integer secondRound, String secondRating) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        replied(t, 2);
        resolved(t, 10);
        feedback(t, 1, "DISSATISFIED", 3_600);
        lifecycle(t, EventType.TICKET_REOPENED, "\"reason\":\"企业回访不满意\",\"reopenedAt\":\"%s\"", 7_200);
        if (secondRound != null) {
            resolved(t, 7_200 + secondRound);
            feedback(t, 2, secondRating, 10_800);
        }
        return t;
    }

    /** T: returned by {@code returner} at 1 s and re-routed at 5 min to {@code lead}, which handles it on time. */
    Ticket returnedAndRerouted(String returner, String lead) {
        Ticket t = ticket(returner, "help");
        returned(t, 1);
        t.department = lead;
        t.assignment = 2;
        assigned(t, 300);
        contacted(t, 301);
        replied(t, 302);
        resolved(t, 310);
        feedback(t, 1, "SATISFIED", 3_600);
        return t;
    }

    /** T2: returned at 1 s and left waiting in the manual queue: it counts for no department. */
    Ticket returnedAndQueued(String returner) {
        Ticket t = ticket(returner, "help");
        returned(t, 1);
        send(Topics.TICKET_LIFECYCLE, EventType.TICKET_PENDING_DISPATCH, t, """
                {"ticketId":"%s","ticketNumber":"%s","reason":"退单待重新派单","queuedAt":"%s"}"""
                .formatted(t.id, t.number, at(t, 2)));
        return t;
    }

    /** G: urged once at 5 s, then everything on time and satisfied. */
    Ticket urgedOnce(String department) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        replied(t, 2);
        urged(t, 5, "请于今日办结");
        resolved(t, 10);
        feedback(t, 1, "SATISFIED", 3_600);
        return t;
    }

    /** G2: urged twice, resolved at 100 s (late), never called back. */
    Ticket urgedTwiceLate(String department) {
        Ticket t = ticket(department, "help");
        contacted(t, 1);
        replied(t, 2);
        urged(t, 20, "第一次督办：请尽快办理");
        urged(t, 40, "第二次督办：已超时");
        resolved(t, 100);
        return t;
    }

    // --- the events ---------------------------------------------------------------------------------------------

    Ticket ticket(String department, String demandType) {
        return ticket(department, demandType, BASE.plus(Duration.ofMinutes(10L * next)));
    }

    Ticket ticket(String department, String demandType, Instant at) {
        next++;
        Ticket t = new Ticket("KH2503-%03d".formatted(next), department, at);
        ids.add(t.id);
        send(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED, t, """
                {"ticketId":"%s","ticketNumber":"%s","receivedAt":"%s","channel":"phone","demandType":"%s",
                 "topic":"approvals","urgency":"NORMAL","town":"xinqiao-town",
                 "enterprise":{"name":"测试企业%03d有限公司","creditCode":"91330782MA28C1X705"},
                 "contactPhoneMasked":"138****5678","summary":"诉求%03d, 含逗号"}"""
                .formatted(t.id, t.number, at.minusSeconds(60), demandType, next, next));
        assigned(t, 0);
        return t;
    }

    private void assigned(Ticket t, long seconds) {
        send(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED, t, """
                {"ticketId":"%s","ticketNumber":"%s","assignment":%d,"leadDepartment":"%s","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":"R-TEST"}"""
                .formatted(t.id, t.number, t.assignment, t.department, at(t, seconds)));
    }

    void contacted(Ticket t, long seconds) {
        lifecycle(t, EventType.TICKET_CONTACTED, "\"department\":\"" + t.department
                + "\",\"method\":\"PHONE\",\"contactedAt\":\"%s\"", seconds);
    }

    void replied(Ticket t, long seconds) {
        lifecycle(t, EventType.TICKET_REPLIED, "\"department\":\"" + t.department + "\",\"repliedAt\":\"%s\"", seconds);
    }

    void resolved(Ticket t, long seconds) {
        lifecycle(t, EventType.TICKET_RESOLVED, "\"department\":\"" + t.department + "\",\"resolvedAt\":\"%s\"", seconds);
    }

    private void returned(Ticket t, long seconds) {
        lifecycle(t, EventType.TICKET_RETURNED, "\"department\":\"" + t.department
                + "\",\"reason\":\"不属于本单位职责\",\"returnedAt\":\"%s\"", seconds);
    }

    private void urged(Ticket t, long seconds, String message) {
        send(Topics.TICKET_LIFECYCLE, EventType.TICKET_URGED, t, """
                {"ticketId":"%s","ticketNumber":"%s","assignment":%d,"leadDepartment":"%s","message":"%s",
                 "urgedBy":"督查室","urgedAt":"%s"}"""
                .formatted(t.id, t.number, t.assignment, t.department, message, at(t, seconds)));
    }

    void feedback(Ticket t, int resolution, String satisfaction, long seconds) {
        send(Topics.TICKET_FEEDBACK, EventType.TICKET_FEEDBACK_RECORDED, t, """
                {"ticketId":"%s","ticketNumber":"%s","resolution":%d,"leadDepartment":"%s","outcome":"RESOLVED",
                 "satisfaction":"%s","recordedAt":"%s"}"""
                .formatted(t.id, t.number, resolution, t.department, satisfaction, at(t, seconds)));
    }

    private void lifecycle(Ticket t, EventType type, String fields, long seconds) {
        send(Topics.TICKET_LIFECYCLE, type, t, ("{\"ticketId\":\"%s\",\"assignment\":%d," + fields + "}")
                .formatted(t.id, t.assignment, at(t, seconds)));
    }

    private void send(String topic, EventType type, Ticket t, String json) {
        writer.sendEvent(topic, type.type(), t.id.toString(), json);
        events++;
    }

    private static Instant at(Ticket t, long seconds) {
        return t.at.plusSeconds(seconds);
    }

    @Override
    public void close() {
        writer.close();
    }
}
