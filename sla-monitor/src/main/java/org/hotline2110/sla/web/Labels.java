package org.hotline2110.sla.web;

import java.util.Map;

import org.hotline2110.contracts.sla.Clock;

/** The Chinese words pages use for clock kinds and timeline events; an unknown one shows as itself. */
final class Labels {

    private static final Map<String, String> CLOCKS = Map.of("CONTACT", "联系", "REPLY", "答复", "RESOLVE", "办结",
            "DISPATCH", "派单");

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("TICKET_RECEIVED", "受理"), Map.entry("TICKET_ASSIGNED", "派单"),
            Map.entry("TICKET_PENDING_DISPATCH", "待人工派单"), Map.entry("TICKET_SIGNED", "签收"),
            Map.entry("TICKET_CONTACTED", "联系企业"), Map.entry("TICKET_REPLIED", "初步答复"),
            Map.entry("TICKET_RESOLVED", "办结"), Map.entry("TICKET_APPROVAL_REQUESTED", "提出申请"),
            Map.entry("TICKET_APPROVAL_REJECTED", "申请被驳回"), Map.entry("TICKET_RETURNED", "退单"),
            Map.entry("TICKET_SUSPENDED", "挂起"), Map.entry("TICKET_RESUMED", "恢复办理"),
            Map.entry("TICKET_EXTENDED", "延期"), Map.entry("TICKET_URGED", "督办"),
            Map.entry("TICKET_NOTE_ADDED", "备注"), Map.entry("TICKET_REOPENED", "重办"),
            Map.entry("FEEDBACK_RECORDED", "回访"));

    private Labels() {
    }

    static String clock(Clock clock) {
        return CLOCKS.getOrDefault(clock.name(), clock.name());
    }

    static String event(String type) {
        return EVENTS.getOrDefault(type, type);
    }
}
