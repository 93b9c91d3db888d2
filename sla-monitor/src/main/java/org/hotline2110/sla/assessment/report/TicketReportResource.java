package org.hotline2110.sla.assessment.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.clock.ClockService;
import org.hotline2110.sla.clock.ClockView;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

@Path("/api/v1/tickets/{ticketId}/report")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TicketReportResource {

    private final Pool pool;
    private final ClockService clocks;
    private final Caller caller;

    public TicketReportResource(Pool pool, ClockService clocks, Caller caller) {
        this.pool = pool;
        this.clocks = clocks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A ticket's timeline and clocks (a department: the part of a ticket it leads or led only)")
    public Uni<TicketReport> report(@PathParam("ticketId") UUID ticketId) {
        Uni<RowSet<Row>> ticket = pool.preparedQuery("SELECT * FROM assessment_ticket WHERE ticket_id = $1")
                .execute(Tuple.of(ticketId));
        Uni<RowSet<Row>> timeline = pool.preparedQuery(
                "SELECT * FROM ticket_event WHERE ticket_id = $1 ORDER BY at, event_id").execute(Tuple.of(ticketId));
        return Uni.combine().all().unis(ticket, timeline, clocks.ofTicket(ticketId)).asTuple().map(all -> {
            Row row = all.getItem1().iterator().hasNext() ? all.getItem1().iterator().next() : null;
            String lead = row == null ? null : row.getString("lead_department");
            List<ClockView> clockViews = all.getItem3().stream().filter(c -> caller.mayReach(c.department())).toList();
            Set<Integer> own = new HashSet<>();
            clockViews.forEach(c -> own.add(c.assignment()));
            if (lead != null && caller.mayReach(lead)) {
                own.add(row.getInteger("lead_assignment"));
            }
            if (own.isEmpty()) {
                throw ProblemException.notFound("ticket", ticketId);
            }
            List<TicketReport.Entry> entries = new ArrayList<>();
            all.getItem2().forEach(e -> {
                if (visible(e, own)) {
                    entries.add(new TicketReport.Entry(e.getString("type"), instant(e, "at"),
                            e.getInteger("assignment"), e.getString("department"), e.getString("detail")));
                }
            });
            return row == null
                    ? new TicketReport(ticketId, clockViews.get(0).ticketNumber(), null, null, null, null, null, null,
                            null, entries, clockViews)
                    : new TicketReport(ticketId, row.getString("ticket_number"),
                            // who leads it now is the new lead's part: a department it was taken from is not told
                            lead != null && caller.mayReach(lead) ? lead : null, instant(row, "first_assigned_at"),
                            row.getString("demand_type"), row.getString("topic"), row.getString("enterprise_name"),
                            row.getString("credit_code"), row.getString("summary"), entries, clockViews);
        });
    }

    /**
     * A department sees the assignments it led, as it sees their clocks, and what belongs to no assignment (the
     * ticket as received, its queueing) unless it names another department (a call-back on another's work).
     */
    private boolean visible(Row entry, Set<Integer> own) {
        Integer assignment = entry.getInteger("assignment");
        if (assignment != null) {
            return own.contains(assignment);
        }
        String department = entry.getString("department");
        return department == null || caller.mayReach(department);
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
