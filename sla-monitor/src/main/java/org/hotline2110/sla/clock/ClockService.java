package org.hotline2110.sla.clock;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.TicketAssigned;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

@ApplicationScoped
public class ClockService {

    private final Pool pool;
    private final ClockRepository clocks;
    private final Deadlines deadlines;

    public ClockService(Pool pool, ClockRepository clocks, Deadlines deadlines) {
        this.pool = pool;
        this.clocks = clocks;
        this.deadlines = deadlines;
    }

    /** Assignment to a lead department starts its three clocks and ends those of an earlier lead. */
    public Uni<Void> assigned(SqlConnection tx, TicketAssigned assigned) {
        return clocks.cancelEarlierAssignments(tx, assigned.ticketId(), assigned.assignment())
                .call(() -> Multi.createFrom().iterable(Arrays.asList(Clock.values()))
                        .onItem().transformToUniAndConcatenate(clock -> clocks.start(tx, assigned.ticketId(),
                                assigned.ticketNumber(), assigned.leadDepartment(), assigned.assignment(), clock,
                                deadlines.window(clock, assigned.urgency(), assigned.assignedAt())))
                        .collect().last());
    }

    public Uni<List<ClockView>> open(String department, AlertLevel light, int page, int size) {
        return clocks.open(pool, department, light, page, size);
    }

    public Uni<List<ClockView>> ofTicket(UUID ticketId) {
        return clocks.ofTicket(pool, ticketId);
    }
}
