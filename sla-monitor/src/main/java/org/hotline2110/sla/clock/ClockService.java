package org.hotline2110.sla.clock;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Starts clocks and answers questions about them; what happens to them afterwards is {@link ClockLifecycle}. */
@ApplicationScoped
public class ClockService {

    /** What the lead department owes; DISPATCH is the dispatch centre's. */
    private static final Set<Clock> LEAD_CLOCKS = EnumSet.of(Clock.CONTACT, Clock.REPLY, Clock.RESOLVE);

    private final Pool pool;
    private final ClockRepository clocks;
    private final Deadlines deadlines;
    private final ClockLifecycle lifecycle;
    private final DispatchCentre dispatchCentre;

    public ClockService(Pool pool, ClockRepository clocks, Deadlines deadlines, ClockLifecycle lifecycle,
            DispatchCentre dispatchCentre) {
        this.pool = pool;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.lifecycle = lifecycle;
        this.dispatchCentre = dispatchCentre;
    }

    /**
     * Assignment to a lead department meets the DISPATCH clock of the manual queue, if the ticket waited there, ends
     * the clocks of an earlier lead and starts the three clocks of the new one.
     */
    public Uni<Void> assigned(SqlConnection tx, TicketAssigned assigned) {
        return lifecycle.routed(tx, assigned.ticketId(), assigned.assignedAt())
                .call(() -> clocks.cancelEarlierAssignments(tx, assigned.ticketId(), assigned.assignment(),
                        assigned.assignedAt()))
                .call(() -> Multi.createFrom().iterable(LEAD_CLOCKS)
                        .onItem().transformToUniAndConcatenate(clock -> start(tx, assigned, clock))
                        .collect().last());
    }

    /**
     * A ticket entering the manual queue starts the dispatch centre's DISPATCH clock, numbered with the assignment it
     * waits for: one more than the ticket's last, or 1 when no rule ever routed it.
     */
    public Uni<Void> queued(SqlConnection tx, TicketPendingDispatch queued) {
        Urgency urgency = queued.urgency() == null ? Urgency.NORMAL : queued.urgency();
        return clocks.lastAssignment(tx, queued.ticketId())
                .flatMap(last -> clocks.start(tx, new ClockRepository.NewClock(queued.ticketId(), queued.ticketNumber(),
                        dispatchCentre.id(), last + 1, Clock.DISPATCH, 1, urgency == Urgency.URGENT,
                        deadlines.window(Clock.DISPATCH, urgency, queued.queuedAt()))));
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
