package org.hotline2110.sla.clock;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Starts clocks and answers questions about them; what happens to them afterwards is {@link ClockLifecycle}. */
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
        return clocks.cancelEarlierAssignments(tx, assigned.ticketId(), assigned.assignment(), assigned.assignedAt())
                .call(() -> Multi.createFrom().iterable(Arrays.asList(Clock.values()))
                        .onItem().transformToUniAndConcatenate(clock -> start(tx, assigned, clock))
                        .collect().last());
    }

    private Uni<Void> start(SqlConnection tx, TicketAssigned assigned, Clock clock) {
        boolean urgent = assigned.urgency() == Urgency.URGENT;
        return clocks.start(tx, new ClockRepository.NewClock(assigned.ticketId(), assigned.ticketNumber(),
                assigned.leadDepartment(), assigned.assignment(), clock, 1, urgent,
                deadlines.window(clock, assigned.urgency(), assigned.assignedAt())));
    }

    public Uni<List<ClockView>> ofTicket(UUID ticketId) {
        return clocks.ofTicket(pool, ticketId).map(this::views);
    }

    public Uni<List<ClockView>> open(String department, AlertLevel light, int page, int size) {
        return clocks.open(pool, department, light, page, size).map(this::views);
    }

    private List<ClockView> views(List<ClockRow> rows) {
        var now = Timestamps.now();
        return rows.stream().map(row -> ClockView.of(row, now)).toList();
    }
}
