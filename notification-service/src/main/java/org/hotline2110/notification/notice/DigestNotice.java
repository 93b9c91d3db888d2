package org.hotline2110.notification.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hotline2110.contracts.sla.Clock;

import io.quarkus.qute.TemplateData;

/** The working-day morning digest: every ticket with a red clock, per lead department. */
@TemplateData
public record DigestNotice(String kind, LocalDate day, int redTickets, List<DepartmentSection> departments) {

    public static final String KIND = "digest";

    @TemplateData
    public record DepartmentSection(String department, String departmentName, List<RedTicket> tickets) {
    }

    @TemplateData
    public record RedTicket(UUID ticketId, String ticketNumber, List<Clock> clocks, Instant firstDeadline) {
    }
}
