package org.hotline2110.notification.notice;

import java.time.Instant;
import java.util.UUID;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

import io.quarkus.qute.TemplateData;

/** The body of an SLA alert as a webhook receives it and an e-mail shows it. */
@TemplateData
public record AlertNotice(String kind, UUID alertId, UUID ticketId, String ticketNumber, String department,
        String departmentName, Clock clock, AlertLevel level, Instant deadline, Instant raisedAt) {

    public static final String KIND = "sla-alert";
}
