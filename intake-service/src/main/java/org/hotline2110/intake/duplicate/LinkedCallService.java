package org.hotline2110.intake.duplicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.intake.reference.ReferenceData;
import org.hotline2110.intake.status.ProgressRepository;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Links a repeat call to an open ticket of the same matter. The call is counted on the ticket and kept with its
 * caller's details; no event is published, so the ticket is not dispatched again.
 */
@ApplicationScoped
public class LinkedCallService {

    private final Pool pool;
    private final ProgressRepository progress;
    private final ReferenceData reference;

    public LinkedCallService(Pool pool, ProgressRepository progress, ReferenceData reference) {
        this.pool = pool;
        this.progress = progress;
        this.reference = reference;
    }

    public Uni<LinkedCallView> link(UUID ticketId, LinkedCallRequest request, String operator) {
        reference.requireKnown("channel", request.channel());
        LinkedCallView call = new LinkedCallView(UUID.randomUUID(), ticketId, Timestamps.now(), operator,
                request.channel(), request.contact().name(), request.contact().phone(),
                request.note() == null || request.note().isBlank() ? null : request.note());
        return pool.withTransaction(tx -> progress.lock(tx, ticketId).flatMap(found -> {
            TicketState status = found.orElseThrow(() -> ProblemException.notFound("ticket", ticketId)).status();
            if (status == TicketState.CLOSED) {
                throw ProblemException.conflict("ticket " + ticketId + " is CLOSED; log the new call as a new ticket");
            }
            return tx.preparedQuery("""
                            INSERT INTO ticket_call (id, ticket_id, received_at, received_by, channel, contact_name,
                                                     contact_phone, note)
                            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                    .execute(Tuple.tuple().addUUID(call.id()).addUUID(ticketId)
                            .addOffsetDateTime(Timestamps.utc(call.receivedAt())).addString(operator)
                            .addString(call.channel()).addString(call.contactName()).addString(call.contactPhone())
                            .addString(call.note()))
                    .call(() -> tx.preparedQuery("UPDATE ticket SET linked_calls = linked_calls + 1 WHERE id = $1")
                            .execute(Tuple.of(ticketId)))
                    .replaceWith(call);
        }));
    }

    /** One page of the ticket's repeat calls, oldest first. */
    public Uni<List<LinkedCallView>> ofTicket(UUID ticketId, int page, int size) {
        return pool.withConnection(c -> c.preparedQuery("SELECT 1 FROM ticket WHERE id = $1").execute(Tuple.of(ticketId))
                .flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ProblemException.notFound("ticket", ticketId);
                    }
                    return c.preparedQuery("""
                                    SELECT * FROM ticket_call WHERE ticket_id = $1 ORDER BY received_at, id
                                    LIMIT $2 OFFSET $3""")
                            .execute(Tuple.of(ticketId, size, Paging.offset(page, size)));
                })
                .map(rows -> {
                    List<LinkedCallView> calls = new ArrayList<>();
                    rows.forEach(row -> calls.add(view(row)));
                    return calls;
                }));
    }

    private static LinkedCallView view(Row row) {
        Instant at = row.getOffsetDateTime("received_at").toInstant();
        return new LinkedCallView(row.getUUID("id"), row.getUUID("ticket_id"), at, row.getString("received_by"),
                row.getString("channel"), row.getString("contact_name"), row.getString("contact_phone"),
                row.getString("note"));
    }
}
