package org.hotline2110.intake.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.Enterprise;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.intake.enterprise.CreditCode;
import org.hotline2110.intake.enterprise.PhoneMask;
import org.hotline2110.intake.reference.ReferenceData;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

@ApplicationScoped
public class TicketService {

    private final Pool pool;
    private final TicketRepository tickets;
    private final Outbox outbox;
    private final ReferenceData reference;

    public TicketService(Pool pool, TicketRepository tickets, Outbox outbox, ReferenceData reference) {
        this.pool = pool;
        this.tickets = tickets;
        this.outbox = outbox;
        this.reference = reference;
    }

    /** Stores the ticket and its TicketReceived event in one transaction: both or neither. */
    public Uni<TicketView> create(CreateTicketRequest request, String operator) {
        check(request);
        UUID id = UUID.randomUUID();
        Instant now = Timestamps.now();
        return pool.withTransaction(tx -> tickets.insert(tx, id, request, operator, now)
                .call(ticket -> outbox.add(tx, received(ticket))));
    }

    public Uni<Optional<TicketView>> find(UUID id) {
        return tickets.find(pool, id);
    }

    public Uni<List<TicketView>> page(TicketStatus status, int page, int size) {
        return tickets.page(pool, status, page, size);
    }

    private void check(CreateTicketRequest request) {
        reference.requireKnown("channel", request.channel());
        reference.requireKnown("demandType", request.demandType());
        reference.requireKnown("topic", request.topic());
        reference.requireKnown("town", request.town());
        var enterprise = request.enterprise();
        if (!enterprise.creditCodeOverride() && !CreditCode.hasValidCheck(enterprise.creditCode())) {
            throw ProblemException.invalid("enterprise.creditCode",
                    "check character does not match; if the enterprise's code is an early one that fails the check, "
                            + "confirm it and set creditCodeOverride");
        }
    }

    private static TicketReceived received(TicketView ticket) {
        return new TicketReceived(ticket.id(), ticket.number(), ticket.receivedAt(), ticket.channel(),
                ticket.demandType(), ticket.topic(), ticket.urgency(), ticket.town(),
                new Enterprise(ticket.enterpriseName(), ticket.creditCode()),
                PhoneMask.mask(ticket.contactPhone()), ticket.summary());
    }
}
