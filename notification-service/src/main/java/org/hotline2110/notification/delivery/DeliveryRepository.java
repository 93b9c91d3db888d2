package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.subscription.Channel;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deliveries as durable work: written in the transaction that consumes their event, claimed when due, closed
 * with their outcome. UNIQUE (source_id, recipient) makes every write here safe to repeat.
 */
@ApplicationScoped
public class DeliveryRepository {

    private static final String COLUMNS = """
            INSERT INTO delivery (id, source_id, kind, ticket_id, ticket_number, department, clock, level, deadline,
                                  raised_at, payload, due_at, recipient, channel, subscription_id, status,
                                  next_attempt_at, delivered_at, created_at)""";

    /** The department's supervisors' inbox, read over the delivery log: delivered as soon as it is written. */
    public Uni<Void> toInbox(SqlClient tx, NewDelivery d, Instant now) {
        return tx.preparedQuery(COLUMNS + """
                         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
                                 'supervisors:' || $5::text, 'INBOX', NULL, 'DELIVERED', NULL, $12, $12)
                        ON CONFLICT (source_id, recipient) DO NOTHING""")
                .execute(common(d).addOffsetDateTime(Timestamps.utc(now)))
                .replaceWithVoid();
    }

    /**
     * One delivery per active subscription that {@code audience} selects ($5 is the department, $6 the clock,
     * $7 the level), HELD until {@code dueAt} when that is later than now.
     */
    public Uni<Integer> toSubscriptions(SqlClient tx, NewDelivery d, Audience audience, Instant now) {
        return tx.preparedQuery(COLUMNS + """
                         SELECT gen_random_uuid(), $1::uuid, $2::text, $3::uuid, $4::text, $5::text, $6::text, $7::text,
                                $8::timestamptz, $9::timestamptz, $10::text, $11::timestamptz,
                                'subscription:' || s.id, s.channel, s.id,
                                CASE WHEN $11::timestamptz > $12::timestamptz THEN 'HELD' ELSE 'PENDING' END,
                                $11::timestamptz, NULL::timestamptz, $12::timestamptz
                        FROM subscription s WHERE s.active AND (""" + audience.condition() + """
                        ) ON CONFLICT (source_id, recipient) DO NOTHING""")
                .execute(common(d).addOffsetDateTime(Timestamps.utc(now)))
                .map(result -> result.rowCount());
    }

    /**
     * Cancels the warnings still HELD for a clock that has since gone red or been met: what they would say is no
     * longer true, and a YELLOW must never follow its RED. Only warnings raised before {@code raisedAt}: a newer one
     * (a deadline moved since) still stands.
     */
    public Uni<Integer> cancelHeldWarnings(SqlClient tx, UUID ticketId, String clock, String supersededBy,
            Instant raisedAt) {
        return tx.preparedQuery("""
                        UPDATE delivery SET status = 'CANCELLED', next_attempt_at = NULL,
                                            last_error = 'superseded by ' || $3 || ' before working hours'
                        WHERE ticket_id = $1 AND clock = $2 AND level = 'YELLOW' AND status = 'HELD'
                          AND raised_at <= $4""")
                .execute(Tuple.of(ticketId, clock, supersededBy, Timestamps.utc(raisedAt)))
                .map(result -> result.rowCount());
    }

    /**
     * Cancels held warnings whose deadline has come: by then their clock has gone red or been met, even should that
     * alert not have arrived yet. A working-time deadline lies within working hours, so such a warning is due too.
     */
    public Uni<Integer> dropStaleWarnings(SqlClient tx, Instant now) {
        return tx.preparedQuery("""
                        UPDATE delivery SET status = 'CANCELLED', next_attempt_at = NULL,
                                            last_error = 'its deadline came before working hours'
                        WHERE status = 'HELD' AND level = 'YELLOW' AND next_attempt_at <= $1 AND deadline <= $1""")
                .execute(Tuple.of(Timestamps.utc(now)))
                .map(result -> result.rowCount());
    }

    /** Locks up to {@code limit} due deliveries; other instances skip them until this transaction ends. */
    public Uni<List<DueDelivery>> claimDue(SqlClient tx, Instant now, int limit) {
        return tx.preparedQuery("""
                        SELECT d.id, d.source_id, d.kind, d.channel, d.payload, d.attempts, d.due_at,
                               s.url, s.email, s.secret, s.owner, s.active
                        FROM delivery d JOIN subscription s ON s.id = d.subscription_id
                        WHERE d.status IN ('HELD', 'PENDING', 'RETRYING') AND d.next_attempt_at <= $1
                        ORDER BY d.next_attempt_at
                        LIMIT $2
                        FOR UPDATE OF d SKIP LOCKED""")
                .execute(Tuple.of(Timestamps.utc(now), limit))
                .map(rows -> {
                    List<DueDelivery> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new DueDelivery(row.getUUID("id"), row.getUUID("source_id"),
                                Kind.valueOf(row.getString("kind")), Channel.valueOf(row.getString("channel")),
                                row.getString("payload"), row.getInteger("attempts"),
                                row.getOffsetDateTime("due_at").toInstant(), row.getString("url"),
                                row.getString("email"), row.getString("secret"), row.getString("owner"),
                                row.getBoolean("active")));
                    }
                    return due;
                });
    }

    /** Closes an attempt: the delivery's new state and the attempt's line in the log. */
    public Uni<Void> record(SqlClient tx, List<Closing> closings) {
        if (closings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> updates = new ArrayList<>();
        List<Tuple> attempts = new ArrayList<>();
        for (Closing c : closings) {
            updates.add(Tuple.tuple().addUUID(c.id()).addString(c.status().name()).addInteger(c.attempt())
                    .addOffsetDateTime(Timestamps.utc(c.nextAttemptAt()))
                    .addOffsetDateTime(Timestamps.utc(c.status() == DeliveryStatus.DELIVERED ? c.at() : null))
                    .addString(c.outcome() == null ? c.note() : c.outcome().error()));
            if (c.outcome() != null) {
                attempts.add(Tuple.tuple().addUUID(c.id()).addInteger(c.attempt())
                        .addOffsetDateTime(Timestamps.utc(c.at())).addBoolean(c.outcome().succeeded())
                        .addInteger(c.outcome().statusCode()).addString(c.outcome().error())
                        .addLong(c.outcome().durationMs()));
            }
        }
        Uni<Void> updated = tx.preparedQuery("""
                        UPDATE delivery SET status = $2, attempts = $3, next_attempt_at = $4, delivered_at = $5,
                                            last_error = $6
                        WHERE id = $1""")
                .executeBatch(updates).replaceWithVoid();
        if (attempts.isEmpty()) {
            return updated;
        }
        return updated.flatMap(ignored -> tx.preparedQuery("""
                        INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, succeeded, status_code, error,
                                                      duration_ms)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .executeBatch(attempts).replaceWithVoid());
    }

    private static Tuple common(NewDelivery d) {
        return Tuple.tuple().addUUID(d.sourceId()).addString(d.kind().name()).addUUID(d.ticketId())
                .addString(d.ticketNumber()).addString(d.department())
                .addString(d.clock() == null ? null : d.clock().name())
                .addString(d.level() == null ? null : d.level().name())
                .addOffsetDateTime(Timestamps.utc(d.deadline())).addOffsetDateTime(Timestamps.utc(d.raisedAt()))
                .addString(d.payload()).addOffsetDateTime(Timestamps.utc(d.dueAt()));
    }

    /** The new state of a claimed delivery; {@code outcome} is null when it was closed without an attempt. */
    public record Closing(UUID id, DeliveryStatus status, int attempt, Instant at, Instant nextAttemptAt,
            Outcome outcome, String note) {
    }
}
