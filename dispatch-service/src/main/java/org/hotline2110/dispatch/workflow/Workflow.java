package org.hotline2110.dispatch.workflow;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.dispatch.ticket.DispatchTicket;
import org.hotline2110.dispatch.ticket.HandlingLogRepository;
import org.hotline2110.dispatch.ticket.HandlingStep;
import org.hotline2110.dispatch.ticket.TicketRepository;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The one way an action happens to a ticket, in one transaction: lock the ticket, check who may act (another
 * department's ticket is 404), the caller's version (412), the state (409), then let the action do its part, move the
 * state, write the handling log and put the events in the outbox. Anything refused leaves nothing behind.
 */
@ApplicationScoped
public class Workflow {

    /**
     * The work of one action, given the locked ticket as it stands and the state the action leads to by
     * {@link Transitions}, which its events announce. Routing and an approved return decide the state themselves.
     */
    @FunctionalInterface
    public interface Step {
        Uni<Outcome> apply(SqlConnection tx, DispatchTicket ticket, Instant now, TicketState next);
    }

    private final Pool pool;
    private final TicketRepository tickets;
    private final HandlingLogRepository log;
    private final Outbox outbox;

    public Workflow(Pool pool, TicketRepository tickets, HandlingLogRepository log, Outbox outbox) {
        this.pool = pool;
        this.tickets = tickets;
        this.log = log;
        this.outbox = outbox;
    }

    /** Runs {@code step} as {@code action} by {@code who}; {@code ifMatch} is required of people, not of events. */
    public Uni<Void> act(UUID id, Action action, Who who, String ifMatch, Step step) {
        return pool.withTransaction(tx -> act(tx, id, action, who, ifMatch, step));
    }

    /** The same, in the caller's transaction (a consumer's). */
    public Uni<Void> act(SqlConnection tx, UUID id, Action action, Who who, String ifMatch, Step step) {
        return tickets.lock(tx, id).flatMap(found -> {
            DispatchTicket ticket = found.orElseThrow(() -> ProblemException.notFound("ticket", id));
            Permissions.check(action, who, ticket);
            if (who != Who.CALL_BACK) {
                Preconditions.check(ifMatch, ticket);
            }
            Transitions.check(action, ticket.state());
            Instant now = Timestamps.now();
            TicketState next = Transitions.target(action, ticket.state(), ticket.suspendedFrom());
            return step.apply(tx, ticket, now, next)
                    .flatMap(outcome -> record(tx, ticket, action, who, now, next, outcome));
        });
    }

    private Uni<Void> record(SqlConnection tx, DispatchTicket ticket, Action action, Who who, Instant now,
            TicketState next, Outcome outcome) {
        Uni<Void> move;
        if (action == Action.ROUTE || action == Action.REROUTE || action == Action.APPROVE_RETURN) {
            move = Uni.createFrom().voidItem(); // the step assigned or queued the ticket itself
        } else {
            TicketState suspendedFrom = next == TicketState.SUSPENDED ? ticket.state() : null;
            move = tickets.moveTo(tx, ticket.id(), next, suspendedFrom, now);
        }
        HandlingStep step = new HandlingStep(now, who.name(), who.department(), action.name(), outcome.note(),
                outcome.details());
        return move.call(() -> log.append(tx, ticket.id(), step))
                .call(() -> outbox.addAll(tx, outcome.events()))
                .replaceWithVoid();
    }
}
