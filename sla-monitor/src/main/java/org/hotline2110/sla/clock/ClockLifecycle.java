package org.hotline2110.sla.clock;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.platform.messaging.RejectedEventException;
import org.hotline2110.platform.sql.Timestamps;
import org.hotline2110.sla.alert.Alerts;
import org.hotline2110.sla.policy.SlaPolicy;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What the lifecycle does to a ticket's clocks: stops (a reply implies contact, a resolution implies both),
 * suspension and resumption, extension and reopening. Each event is checked against the clocks as they stand,
 * under a lock on them; one that does not fit (unknown ticket, superseded assignment, nothing to stop, resume or
 * extend) is rejected to the dead-letter topic and changes nothing.
 */
@ApplicationScoped
public class ClockLifecycle {

    private static final Set<Clock> CONTACT = EnumSet.of(Clock.CONTACT);
    private static final Set<Clock> REPLY = EnumSet.of(Clock.CONTACT, Clock.REPLY);
    private static final Set<Clock> RESOLVE = EnumSet.of(Clock.CONTACT, Clock.REPLY, Clock.RESOLVE);

    private final ClockRepository clocks;
    private final Deadlines deadlines;
    private final SlaPolicy policy;
    private final Alerts alerts;

    public ClockLifecycle(ClockRepository clocks, Deadlines deadlines, SlaPolicy policy, Alerts alerts) {
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.policy = policy;
        this.alerts = alerts;
    }

    public Uni<Void> contacted(SqlConnection tx, TicketContacted event) {
        return stop(tx, event.ticketId(), event.assignment(), Clock.CONTACT, CONTACT, event.contactedAt());
    }

    public Uni<Void> replied(SqlConnection tx, TicketReplied event) {
        return stop(tx, event.ticketId(), event.assignment(), Clock.REPLY, REPLY, event.repliedAt());
    }

    public Uni<Void> resolved(SqlConnection tx, TicketResolved event) {
        return stop(tx, event.ticketId(), event.assignment(), Clock.RESOLVE, RESOLVE, event.resolvedAt());
    }

    public Uni<Void> suspended(SqlConnection tx, TicketSuspended event) {
        return current(tx, event.ticketId(), event.assignment()).flatMap(current -> {
            List<ClockRow> pausing = current.stream()
                    .filter(c -> c.state() == ClockState.RUNNING && policy.clock(c.kind()).pauses())
                    .toList();
            if (pausing.isEmpty()) {
                throw rejected(event.ticketId(), "is suspended, but no clock that pauses is running");
            }
            return saveAll(tx, pausing, c -> c.pausedAt(event.suspendedAt()));
        });
    }

    public Uni<Void> resumed(SqlConnection tx, TicketResumed event) {
        return current(tx, event.ticketId(), event.assignment()).flatMap(current -> {
            List<ClockRow> paused = current.stream().filter(c -> c.state() == ClockState.PAUSED).toList();
            if (paused.isEmpty()) {
                throw rejected(event.ticketId(), "is resumed, but it was not suspended");
            }
            Instant now = Timestamps.now();
            return saveAll(tx, paused, c -> {
                if (event.resumedAt().isBefore(c.pausedAt())) {
                    throw rejected(event.ticketId(), "is resumed at " + event.resumedAt() + ", before its suspension");
                }
                ClockRow running = c.resumed(deadlines.counted(c, c.pausedAt(), event.resumedAt()));
                return running.scheduled(deadlines.schedule(running), now);
            });
        });
    }

    public Uni<Void> extended(SqlConnection tx, TicketExtended event) {
        return current(tx, event.ticketId(), event.assignment()).flatMap(current -> {
            ClockRow resolve = latest(current, Clock.RESOLVE);
            if (resolve == null || !resolve.state().isOpen()) {
                throw rejected(event.ticketId(), "is extended, but its RESOLVE clock is not running");
            }
            ClockRow extended = resolve.extendedBy(event.workingDays());
            return clocks.save(tx, extended.scheduled(deadlines.schedule(extended), Timestamps.now()));
        });
    }

    /** A reopened ticket runs its RESOLVE clock again, in full, as a new round for the same lead department. */
    public Uni<Void> reopened(SqlConnection tx, TicketReopened event) {
        return current(tx, event.ticketId(), event.assignment()).flatMap(current -> {
            ClockRow resolve = latest(current, Clock.RESOLVE);
            if (resolve == null || resolve.state() != ClockState.MET) {
                throw rejected(event.ticketId(), "is reopened, but it was not resolved");
            }
            return clocks.start(tx, new ClockRepository.NewClock(resolve.ticketId(), resolve.ticketNumber(),
                    resolve.department(), resolve.assignment(), Clock.RESOLVE, resolve.round() + 1, resolve.urgent(),
                    deadlines.window(Clock.RESOLVE, Urgency.NORMAL, event.reopenedAt())));
        });
    }

    /**
     * Routing a ticket out of the manual queue meets its DISPATCH clock (GREEN when it had warned). A ticket that a
     * rule routed at once has none, and nothing happens.
     */
    public Uni<Void> routed(SqlConnection tx, UUID ticketId, Instant at) {
        return clocks.lockTicket(tx, ticketId).flatMap(all -> {
            List<ClockRow> waiting = all.stream()
                    .filter(c -> c.kind() == Clock.DISPATCH && c.state().isOpen())
                    .toList();
            return meetAll(tx, waiting, at);
        });
    }

    /** An approved return (退单) ends the assignment's open clocks as CANCELLED: they belong to no one. */
    public Uni<Void> returned(SqlConnection tx, TicketReturned event) {
        return current(tx, event.ticketId(), event.assignment())
                .flatMap(current -> clocks.cancelAssignment(tx, event.ticketId(), event.assignment(), event.returnedAt()));
    }

    /**
     * Meets {@code clock} and the clocks it implies. The named clock must be open; an implied one already met stays
     * as it was. A clock met while yellow or red raises GREEN: the ticket is back in order.
     */
    private Uni<Void> stop(SqlConnection tx, UUID ticketId, int assignment, Clock clock, Set<Clock> implied, Instant at) {
        return current(tx, ticketId, assignment).flatMap(current -> {
            ClockRow named = latest(current, clock);
            if (named == null || !named.state().isOpen()) {
                throw rejected(ticketId, "reports " + clock + " met, but that clock is not running");
            }
            List<ClockRow> stopping = implied.stream()
                    .map(kind -> latest(current, kind))
                    .filter(c -> c != null && c.state().isOpen())
                    .toList();
            return meetAll(tx, stopping, at);
        });
    }

    private Uni<Void> meetAll(SqlConnection tx, List<ClockRow> meeting, Instant at) {
        return Multi.createFrom().iterable(meeting)
                .onItem().transformToUniAndConcatenate(c -> clocks.save(tx, c.met(at))
                        .call(() -> c.light() == AlertLevel.GREEN ? Uni.createFrom().voidItem()
                                : alerts.raise(tx, c.due(), AlertLevel.GREEN, at)))
                .collect().last().replaceWithVoid();
    }

    /** The clocks of the ticket's current assignment; an event about any other assignment is out of order. */
    private Uni<List<ClockRow>> current(SqlConnection tx, UUID ticketId, int assignment) {
        return clocks.lockTicket(tx, ticketId).map(all -> {
            if (all.isEmpty()) {
                throw new RejectedEventException("unknown ticket " + ticketId + ": it has no clocks");
            }
            int latest = all.get(all.size() - 1).assignment();
            if (assignment != latest) {
                throw rejected(ticketId, "names assignment " + assignment + ", but the current one is " + latest);
            }
            return all.stream().filter(c -> c.assignment() == latest).toList();
        });
    }

    private Uni<Void> saveAll(SqlConnection tx, List<ClockRow> rows, Function<ClockRow, ClockRow> change) {
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(c -> clocks.save(tx, change.apply(c)))
                .collect().last().replaceWithVoid();
    }

    /** The clock of that kind in its latest round (RESOLVE has more than one after a reopen). */
    private static ClockRow latest(List<ClockRow> clocks, Clock kind) {
        return clocks.stream().filter(c -> c.kind() == kind).reduce((first, second) -> second).orElse(null);
    }

    private static RejectedEventException rejected(UUID ticketId, String what) {
        return new RejectedEventException("out of order: ticket " + ticketId + " " + what);
    }
}
