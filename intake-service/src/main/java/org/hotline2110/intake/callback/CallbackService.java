package org.hotline2110.intake.callback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.intake.status.ProgressRepository;
import org.hotline2110.intake.status.TicketProgress;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records the call-back of a resolved ticket, once per resolution, and publishes it as TicketFeedbackRecorded in the
 * same transaction. dispatch-service closes the ticket on that event, so the read model shows it CLOSED at once.
 */
@ApplicationScoped
public class CallbackService {

    private final Pool pool;
    private final ProgressRepository progress;
    private final CallbackRepository callbacks;
    private final Outbox outbox;

    public CallbackService(Pool pool, ProgressRepository progress, CallbackRepository callbacks, Outbox outbox) {
        this.pool = pool;
        this.progress = progress;
        this.callbacks = callbacks;
        this.outbox = outbox;
    }

    public Uni<CallbackView> record(UUID ticketId, CallbackRequest request, String operator) {
        Instant now = Timestamps.now();
        return pool.withTransaction(tx -> progress.lock(tx, ticketId).flatMap(found -> {
            TicketProgress current = found.orElseThrow(() -> ProblemException.notFound("ticket", ticketId));
            if (current.status() != TicketState.RESOLVED) {
                throw ProblemException.conflict("ticket " + ticketId + " is " + current.status()
                        + "; a call-back is recorded once per resolution, when the ticket is RESOLVED");
            }
            CallbackView callback = new CallbackView(ticketId, current.resolution(), current.leadDepartment(),
                    request.outcomeValue(), request.satisfactionValue(), blankToNull(request.note()), operator, now);
            return callbacks.insert(tx, callback)
                    .call(() -> progress.save(tx, ticketId, current.closed(now)))
                    .call(() -> number(tx, ticketId).flatMap(number -> outbox.add(tx, feedback(callback, number))))
                    .replaceWith(callback);
        }));
    }

    public Uni<List<CallbackView>> ofTicket(UUID ticketId) {
        return pool.withConnection(connection -> connection.preparedQuery("SELECT 1 FROM ticket WHERE id = $1")
                .execute(Tuple.of(ticketId))
                .flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ProblemException.notFound("ticket", ticketId);
                    }
                    return callbacks.ofTicket(connection, ticketId);
                }));
    }

    private static Uni<String> number(SqlConnection tx, UUID ticketId) {
        return tx.preparedQuery("SELECT number FROM ticket WHERE id = $1").execute(Tuple.of(ticketId))
                .map(rows -> rows.iterator().next().getString("number"));
    }

    private static TicketFeedbackRecorded feedback(CallbackView callback, String number) {
        return new TicketFeedbackRecorded(callback.ticketId(), number, callback.resolution(),
                callback.leadDepartment(), callback.outcome(), callback.satisfaction(), callback.recordedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
