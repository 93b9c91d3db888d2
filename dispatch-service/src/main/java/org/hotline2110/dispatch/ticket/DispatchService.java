package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.dispatch.routing.Router;
import org.hotline2110.dispatch.routing.RoutingRequest;
import org.hotline2110.dispatch.routing.RoutingRule;
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
    private final Router router;
    private final Outbox outbox;

    public DispatchService(Pool pool, TicketRepository tickets, Router router, Outbox outbox) {
        this.pool = pool;
        this.tickets = tickets;
        this.router = router;
        this.outbox = outbox;
    }

    /**
     * Takes a newly logged ticket, routes it by the rules and announces the result, all in the caller's
     * transaction. A ticket already known is left as it is.
     */
    public Uni<Void> receive(SqlConnection tx, TicketReceived received) {
        Optional<RoutingRule> rule = router.route(new RoutingRequest(received.topic(), received.demandType(),
                received.town(), received.summary()));
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
                .call(assignment -> tickets.log(tx, received.ticketId(), now, ROUTING_ACTOR, "ASSIGNED",
                        "rule " + rule.id() + ": lead " + rule.lead()
                                + (rule.assisting().isEmpty() ? "" : ", assisting " + String.join(", ", rule.assisting()))))
                .call(assignment -> outbox.add(tx, new TicketAssigned(received.ticketId(), received.ticketNumber(),
                        assignment, rule.lead(), rule.assisting(), received.urgency(), now, rule.id())))
                .replaceWithVoid();
    }

    private Uni<Void> queue(SqlConnection tx, TicketReceived received, Instant now) {
        String reason = "no routing rule matches topic " + received.topic() + ", demand type "
                + received.demandType() + ", town " + received.town();
        return tickets.log(tx, received.ticketId(), now, ROUTING_ACTOR, "PENDING_DISPATCH", reason)
                .call(() -> outbox.add(tx, new TicketPendingDispatch(received.ticketId(), received.ticketNumber(),
                        reason, now)))
                .replaceWithVoid();
    }

    public Uni<Optional<DispatchTicket>> find(UUID id) {
        return tickets.find(pool, id).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<DispatchTicket>empty());
            }
            return tickets.handlingLog(pool, id).map(log -> Optional.of(found.get().withLog(log)));
        });
    }

    public Uni<List<DispatchTicket>> list(String department, TicketState state, int page, int size) {
        return tickets.list(pool, department, state, page, size);
    }
}
