package org.hotline2110.intake.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.contracts.ticket.Enterprise;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.intake.enterprise.CreditCode;
import org.hotline2110.intake.enterprise.PhoneMask;
import org.hotline2110.intake.idempotency.IdempotencyKeys;
import org.hotline2110.intake.idempotency.RequestFingerprint;
import org.hotline2110.intake.reference.ReferenceData;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

@ApplicationScoped
public class TicketService {

    /** The ticket a create request answers with; {@code created} is false for a replay of an idempotency key. */
    public record Created(TicketView ticket, boolean created) {
    }

    private final Pool pool;
    private final TicketRepository tickets;
    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final ReferenceData reference;
    private final ObjectMapper mapper;
    private final Timer transactions;

    public TicketService(Pool pool, TicketRepository tickets, IdempotencyKeys keys, Outbox outbox,
            ReferenceData reference, ObjectMapper mapper, MeterRegistry registry) {
        this.pool = pool;
        this.tickets = tickets;
        this.keys = keys;
        this.outbox = outbox;
        this.reference = reference;
        this.mapper = mapper;
        // the database's share of a create, next to http_server_requests_seconds: where the time goes
        this.transactions = Timer.builder("hotline.intake.create.transaction")
                .description("Ticket creation's database transaction, from taking a connection to commit")
                .register(registry);
    }

    /**
     * Stores the ticket, its TicketReceived event and the idempotency key (when given) in one transaction. A key
     * used before answers the ticket it made, if the body is the same, and 422 if not.
     */
    public Uni<Created> create(CreateTicketRequest request, String operator, String idempotencyKey) {
        check(request);
        UUID id = UUID.randomUUID();
        Instant now = Timestamps.now();
        if (idempotencyKey == null) {
            return timed(pool.withTransaction(tx -> insert(tx, id, request, operator, now)).map(t -> new Created(t, true)));
        }
        IdempotencyKeys.requireWellFormed(idempotencyKey);
        String hash = RequestFingerprint.of(mapper, request);
        return timed(pool.withTransaction(tx -> keys.claim(tx, operator, idempotencyKey, hash, id, now)
                .flatMap(claimed -> claimed
                        ? insert(tx, id, request, operator, now).map(t -> new Created(t, true))
                        : replay(tx, operator, idempotencyKey, hash))));
    }

    private <T> Uni<T> timed(Uni<T> transaction) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return transaction.onTermination().invoke(() -> transactions.record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
        });
    }

    public Uni<Optional<TicketView>> find(UUID id) {
        return tickets.find(pool, id);
    }

    public Uni<List<TicketView>> search(TicketSearch search, int page, int size) {
        return tickets.search(pool, search, page, size);
    }

    public Uni<Long> count(TicketSearch search) {
        return tickets.count(pool, search);
    }

    private Uni<TicketView> insert(SqlConnection tx, UUID id, CreateTicketRequest request, String operator, Instant now) {
        return tickets.insert(tx, id, request, operator, now).call(ticket -> outbox.add(tx, received(ticket)));
    }

    private Uni<Created> replay(SqlConnection tx, String operator, String key, String hash) {
        return keys.used(tx, operator, key).flatMap(used -> {
            if (!used.requestHash().equals(hash)) {
                return Uni.createFrom().failure(IdempotencyKeys.reusedWithAnotherBody());
            }
            return tickets.find(tx, used.ticketId())
                    .map(found -> new Created(found.orElseThrow(), false));
        });
    }

    private void check(CreateTicketRequest request) {
        reference.requireKnown("channel", request.channel());
        reference.requireKnown("demandType", request.demandType());
        reference.requireKnown("topic", request.topic());
        reference.requireKnown("town", request.town());
        var enterprise = request.enterprise();
        if (enterprise.creditCodeOverride()) {
            if (enterprise.creditCodeOverrideReason() == null || enterprise.creditCodeOverrideReason().isBlank()) {
                throw ProblemException.invalid("enterprise.creditCodeOverrideReason",
                        "an accepted code that fails its check needs the reason it was accepted");
            }
        } else if (!CreditCode.hasValidCheck(enterprise.creditCode())) {
            throw ProblemException.invalid("enterprise.creditCode",
                    "check character does not match; if the enterprise's code is an early one that fails the check, "
                            + "confirm it and set creditCodeOverride with creditCodeOverrideReason");
        }
    }

    private static TicketReceived received(TicketView ticket) {
        return new TicketReceived(ticket.id(), ticket.number(), ticket.receivedAt(), ticket.channel(),
                ticket.demandType(), ticket.topic(), ticket.urgency(), ticket.town(),
                new Enterprise(ticket.enterpriseName(), ticket.creditCode(), ticket.creditCodeOverrideReason()),
                PhoneMask.mask(ticket.contactPhone()), ticket.summary());
    }
}
