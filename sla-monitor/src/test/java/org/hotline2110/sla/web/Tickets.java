package org.hotline2110.sla.web;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;

/** Tickets put on the board the way intake and dispatch announce them, on the real broker. */
final class Tickets implements AutoCloseable {

    private final KafkaProbe.EventWriter writer = new KafkaProbe(DevStackTestResource.kafkaBootstrap()).writer();
    private Instant lastAssignedAt;

    /** Received and assigned to {@code department} now; its clocks start on the seconds-long test policy. */
    String logged(String department, String enterprise) {
        String id = UUID.randomUUID().toString();
        String number = "KH-" + id.substring(0, 8);
        Instant now = Instant.now();
        lastAssignedAt = now;
        writer.sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, """
                {"ticketId":"%s","ticketNumber":"%s","receivedAt":"%s","channel":"phone","demandType":"help",
                 "topic":"approvals","urgency":"NORMAL","town":"xinqiao-town",
                 "enterprise":{"name":"%s","creditCode":"91330782MA28C1X705"},
                 "contactPhoneMasked":"138****5678","summary":"新建厂房消防验收材料反复退回"}"""
                .formatted(id, number, now, enterprise));
        writer.sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), id, """
                {"ticketId":"%s","ticketNumber":"%s","assignment":1,"leadDepartment":"%s","assistingDepartments":[],
                 "urgency":"NORMAL","assignedAt":"%s","ruleId":"R-TEST"}"""
                .formatted(id, number, department, now));
        writer.flush();
        return id;
    }

    /** When the last ticket logged was assigned: its clocks start then. */
    Instant lastAssignedAt() {
        return lastAssignedAt;
    }

    void resolved(String id, String department) {
        writer.sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_RESOLVED.type(), id, """
                {"ticketId":"%s","assignment":1,"department":"%s","resolvedAt":"%s"}"""
                .formatted(id, department, Instant.now()));
        writer.flush();
    }

    @Override
    public void close() {
        writer.close();
    }
}
