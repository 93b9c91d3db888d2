package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.dispatch.approval.ApprovalRepository;
import org.hotline2110.dispatch.light.Clocks;
import org.hotline2110.dispatch.routing.Router;
import org.hotline2110.dispatch.routing.RoutingRequest;
import org.hotline2110.dispatch.routing.RoutingRule;
import org.hotline2110.dispatch.routing.RuleRepository;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

@ApplicationScoped
public class DispatchService {

    static final String ROUTING_ACTOR = "routing";

    private final Pool pool;
    private final TicketRepository tickets;
    private final HandlingLogRepository log;
    private final Clocks clocks;
    private final ApprovalRepository approvals;
    private final RuleRepository rules;
    private final Outbox outbox;

    public DispatchService(Pool pool, TicketRepository tickets, HandlingLogRepository log, Clocks clocks,
            ApprovalRepository approvals, RuleRepository rules, Outbox outbox) {
        this.pool = pool;
        this.tickets = tickets;
        this.log = log;
        this.clocks = clocks;
        this.approvals = approvals;
        this.rules = rules;
        this.outbox = outbox;
    }

    /**
     * Takes a newly logged ticket, routes it by the rules and announces the result, all in the caller's
     * transaction. A ticket already known is left as it is.
     */
    public Uni<Void> receive(SqlConnection tx, TicketReceived received) {
        return rules.all(tx).flatMap(inForce -> receive(tx, received, Router.route(inForce,
                new RoutingRequest(received.topic(), received.demandType(), received.town(), received.summary()))));
    }

    private Uni<Void> receive(SqlConnection tx, TicketReceived received, Optional<RoutingRule> rule) {
        TicketState state = rule.isPresent() ? TicketState.ASSIGNED : TicketState.PENDING_DISPATCH;
        Instant now = Timestamps.now();
        return tickets.insertReceived(tx, received, state).flatMap(isNew -> {
            if (!isNew) {
                return Uni.createFrom().voidItem();
            }
            return rule.map(r -> assign(tx, received, r, now)).orElseGet(() -> queue(tx, received, now));
        });
    }

    private Uni<Void> assign(SqlConnection tx, TicketReceived received, RoutingRule rule, Instant now) {
        return tickets.assign(tx, received.ticketId(), rule.lead(), rule.assisting(), rule.id(), now)
                .call(assignment -> log.append(tx, received.ticketId(), new HandlingStep(now, ROUTING_ACTOR, null,
                        "ASSIGNED", "rule " + rule.id() + ": lead " + rule.lead()
                                + (rule.assisting().isEmpty() ? "" : ", assisting " + String.join(", ", rule.assisting())),
                        Map.of("rule", rule.id(), "lead", rule.lead(), "assisting", rule.assisting(), "assignment", assignment))))
                .call(assignment -> outbox.add(tx, new TicketAssigned(received.ticketId(), received.ticketNumber(),
                        assignment, rule.lead(), rule.assisting(), received.urgency(), now, rule.id(), TicketState.ASSIGNED)))
                .replaceWithVoid();
    }

    private Uni<Void> queue(SqlConnection tx, TicketReceived received, Instant now) {
        String reason = "no routing rule matches topic " + received.topic() + ", demand type "
                + received.demandType() + ", town " + received.town();
        return log.append(tx, received.ticketId(), new HandlingStep(now, ROUTING_ACTOR, null, "PENDING_DISPATCH", reason, null))
                .call(() -> outbox.add(tx, new TicketPendingDispatch(received.ticketId(), received.ticketNumber(),
                        reason, now, received.urgency(), 0, null, TicketState.PENDING_DISPATCH)))
                .replaceWithVoid();
    }

    /** The ticket with its lights, the request awaiting a decision and the handling log. */
    public Uni<Optional<DispatchTicket>> find(UUID id) {
        return tickets.find(pool, id).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<DispatchTicket>empty());
            }
            return Uni.combine().all().unis(clocks.of(pool, found.get()), approvals.pending(pool, id), log.of(pool, id))
                    .with((clocks, pending, steps) -> Optional.of(found.get().withDetail(clocks, pending.orElse(null), steps)));
        });
    }

    /** The ticket as {@code action} left it, once it has committed. */
    public Uni<DispatchTicket> after(Uni<Void> action, UUID id) {
        return action.flatMap(done -> find(id)).map(Optional::orElseThrow);
    }

    /** One page of the ticket's whole handling log, oldest first, and how many steps it has in all. */
    public Uni<HandlingLogPage> handlingLog(UUID id, int page, int size) {
        return Uni.combine().all().unis(log.page(pool, id, page, size), log.count(pool, id))
                .with(HandlingLogPage::new);
    }

    public record HandlingLogPage(List<HandlingStep> steps, long total) {
    }

    public Uni<List<DispatchTicket>> list(TicketQuery query) {
        return tickets.list(pool, query);
    }
}
