package org.hotline2110.sla.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.assessment.ReferenceNames;
import org.hotline2110.sla.assessment.report.TicketReport;
import org.hotline2110.sla.assessment.report.TicketReportResource;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.sla.clock.ClockView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A ticket's timeline and every clock, exactly as the report API gives them (so the page and the API cannot differ,
 * and a department reaches only the tickets it leads or led: another's answers 404).
 */
@TemplateData(target = TicketReport.class)
@Path("/tickets/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
public class TicketPage {

    private final Template ticket;
    private final Template live;
    private final TicketReportResource reports;
    private final ReferenceNames names;
    private final Topics topics;
    private final Caller caller;

    public TicketPage(@Location("sla/ticket.html") Template ticket, @Location("sla/ticket-live.html") Template live,
            TicketReportResource reports, ReferenceNames names, Topics topics, Caller caller) {
        this.ticket = ticket;
        this.live = live;
        this.reports = reports;
        this.names = names;
        this.topics = topics;
        this.caller = caller;
    }

    @GET
    public Uni<TemplateInstance> page(@PathParam("id") UUID id) {
        return view(ticket, id);
    }

    /** The clocks and the timeline, fetched again when the live stream says the board changed. */
    @GET
    @Path("live")
    public Uni<TemplateInstance> live(@PathParam("id") UUID id) {
        return view(live, id);
    }

    private Uni<TemplateInstance> view(Template template, UUID id) {
        return reports.report(id).map(report -> template.data("t", report)
                .data("lead", report.leadDepartment() != null ? names.department(report.leadDepartment())
                        : caller.is(Roles.DEPARTMENT) ? "（已改由其他单位办理）" : "（待派单）")
                .data("topic", topics.name(report.topic()))
                .data("demandType", report.demandType() == null ? "" : names.demandType(report.demandType()))
                .data("clocks", report.clocks().stream().map(this::line).toList())
                .data("events", report.timeline().stream().map(this::event).toList()));
    }

    private ClockLine line(ClockView c) {
        String outcome = c.metAt() == null ? "" : outcome(Duration.between(c.deadline(), c.metAt()));
        String state = switch (c.state()) {
            case RUNNING -> "计时中";
            case PAUSED -> "挂起（暂停计时）";
            case MET -> "已完成";
            case CANCELLED -> "已取消（改派）";
        };
        return new ClockLine(c.clock().name(), Labels.clock(c.clock()) + "时限", c.assignment(), c.round(),
                names.department(c.department()),
                c.startedAt(), c.deadline(), c.metAt(), outcome, c.metAt() != null && c.metAt().isAfter(c.deadline()),
                state, shown(c), c.extensionDays(), c.state() == ClockState.RUNNING || c.state() == ClockState.PAUSED);
    }

    /** Met after the deadline or before it, to the minute; under a minute in seconds, so "0 分" never hides lateness. */
    private static String outcome(Duration late) {
        if (late.isZero()) {
            return "按时";
        }
        Duration size = late.abs();
        String amount = size.toMinutes() > 0 ? size.toMinutes() + " 分"
                : size.toSeconds() > 0 ? size.toSeconds() + " 秒" : "不足 1 秒";
        return (late.isNegative() ? "提前 " : "超时 ") + amount;
    }

    /**
     * A met clock shows green: the cleared alert says the ticket is back in order (domain.md); whether it was met
     * late stays in its own column.
     */
    private static AlertLevel shown(ClockView c) {
        return c.state() == ClockState.MET ? AlertLevel.GREEN : c.light();
    }

    private EventLine event(TicketReport.Entry e) {
        return new EventLine(Labels.event(e.type()), e.at(),
                e.department() == null ? "" : names.department(e.department()),
                e.detail() == null ? "" : e.detail());
    }

    @TemplateData
    public record ClockLine(String kind, String clock, int assignment, int round, String department, Instant startedAt,
            Instant deadline, Instant metAt, String outcome, boolean late, String state, AlertLevel light,
            int extensionDays, boolean open) {
    }

    @TemplateData
    public record EventLine(String what, Instant at, String department, String detail) {
    }
}
