package org.hotline2110.notification.notice;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

/** The body of an urging (督办) as a webhook receives it and an e-mail shows it. */
@TemplateData
public record UrgingNotice(String kind, UUID ticketId, String ticketNumber, String department, String departmentName,
        String message, String urgedBy, Instant urgedAt) {

    public static final String KIND = "urging";
}
