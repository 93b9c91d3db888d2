package org.hotline2110.intake.idempotency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.problem.Problem;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The {@code Idempotency-Key}s of ticket creation, one per caller and key, written in the ticket's transaction.
 * Of concurrent requests with the same key, PostgreSQL lets one insert the key; the others wait on its row lock
 * and, once it commits, find its ticket.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 100;

    /** A key already used: the ticket it made and the fingerprint of the body that made it. */
    public record Used(UUID ticketId, String requestHash) {
    }

    /** Refuses a key that is blank, too long or not printable ASCII (a UUID is the usual choice). */
    public static void requireWellFormed(String key) {
        if (key.isBlank() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }

    /** True when this request claimed the key for {@code ticketId}; false when the key was already used. */
    public Uni<Boolean> claim(SqlClient tx, String caller, String key, String requestHash, UUID ticketId, Instant now) {
        return tx.preparedQuery("""
                        INSERT INTO idempotency_key (caller, key, request_hash, ticket_id, created_at)
                        VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING""")
                .execute(Tuple.of(caller, key, requestHash, ticketId, Timestamps.utc(now)))
                .map(result -> result.rowCount() == 1);
    }

    public Uni<Used> used(SqlClient tx, String caller, String key) {
        return tx.preparedQuery("SELECT ticket_id, request_hash FROM idempotency_key WHERE caller = $1 AND key = $2")
                .execute(Tuple.of(caller, key))
                .map(rows -> {
                    // a claim that lost has waited for the winner's commit, so the row is there
                    Row row = rows.iterator().next();
                    return new Used(row.getUUID("ticket_id"), row.getString("request_hash"));
                });
    }

    /** 422: the key was used for a different ticket body, so this cannot be a retry of it. */
    public static ProblemException reusedWithAnotherBody() {
        String message = "was already used with a different request body; use a new key for a new ticket";
        return new ProblemException(422, "idempotency-key-reused", "Idempotency key reused", HEADER + ": " + message,
                List.of(new Problem.FieldError(HEADER, message)));
    }
}
