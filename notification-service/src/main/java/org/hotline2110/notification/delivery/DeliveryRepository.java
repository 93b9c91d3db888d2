package org.hotline2110.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.subscription.Channel;
import org.hotline2110.notification.subscription.SecretCipher;
import org.hotline2110.platform.sql.Timestamps;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deliveries as durable work: written in the transaction that consumes their event, leased when due, closed
 * with their outcome. UNIQUE (source_id, recipient) makes every write here safe to repeat.
 */
@ApplicationScoped
public class DeliveryRepository {

    private static final Logger LOG = Logger.getLogger(DeliveryRepository.class);

    private final SecretCipher cipher;

    public DeliveryRepository(SecretCipher cipher) {
        this.cipher = cipher;
    }

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

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil} and commits: no lock is held while they are
     * sent, other workers pass them over until the lease ends, and a worker that dies lets them come back then. A
     * subscription gets no more than {@code perSubscription} in flight, counting those this worker already has
     * ({@code inFlight}), so a slow receiver's backlog never takes the places of the others.
     */
    public Uni<List<DueDelivery>> claimDue(SqlClient tx, Instant now, Instant leaseUntil, int limit,
            int perSubscription, Map<UUID, Integer> inFlight) {
        UUID[] busy = inFlight.keySet().toArray(UUID[]::new);
        Integer[] counts = Arrays.stream(busy).map(inFlight::get).toArray(Integer[]::new);
        return tx.preparedQuery("""
                        WITH due AS (
                            SELECT d.id, d.next_attempt_at, coalesce(f.in_flight, 0)
                                   + row_number() OVER (PARTITION BY d.subscription_id
                                                        ORDER BY d.next_attempt_at, d.id) AS place
                            FROM delivery d
                            LEFT JOIN unnest($5::uuid[], $6::int[]) AS f (subscription_id, in_flight)
                                   ON f.subscription_id = d.subscription_id
                            WHERE d.status IN ('HELD', 'PENDING', 'RETRYING') AND d.next_attempt_at <= $1
                              AND (d.lease_until IS NULL OR d.lease_until <= $1)
                        ), chosen AS (
                            SELECT d.id FROM delivery d JOIN due ON due.id = d.id
                            WHERE due.place <= $4
                            ORDER BY due.next_attempt_at
                            LIMIT $3
                            FOR UPDATE OF d SKIP LOCKED
                        )
                        UPDATE delivery d SET lease_until = $2
                        FROM chosen, subscription s
                        WHERE d.id = chosen.id AND s.id = d.subscription_id
                        RETURNING d.id, d.source_id, d.kind, d.channel, d.payload, d.attempts, d.due_at,
                                  d.subscription_id, s.url, s.email, s.secret, s.owner, s.active""")
                .execute(Tuple.tuple().addOffsetDateTime(Timestamps.utc(now))
                        .addOffsetDateTime(Timestamps.utc(leaseUntil)).addInteger(limit).addInteger(perSubscription)
                        .addArrayOfUUID(busy).addArrayOfInteger(counts))
                .map(rows -> {
                    List<DueDelivery> due = new ArrayList<>();
                    for (Row row : rows) {
                        UUID subscription = row.getUUID("subscription_id");
                        String secret = row.getString("secret");
                        due.add(new DueDelivery(row.getUUID("id"), row.getUUID("source_id"),
                                Kind.valueOf(row.getString("kind")), Channel.valueOf(row.getString("channel")),
                                row.getString("payload"), row.getInteger("attempts"),
                                row.getOffsetDateTime("due_at").toInstant(), subscription, row.getString("url"),
                                row.getString("email"), reveal(secret, subscription),
                                row.getString("owner"), row.getBoolean("active"), leaseUntil));
                    }
                    return due;
                });
    }

    /** A secret that does not decrypt (another key) fails its own attempts, not every claim. */
    private String reveal(String secret, UUID subscription) {
        try {
            return cipher.reveal(secret, subscription.toString());
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.errorf("The webhook secret of subscription %s does not decrypt with the configured key", subscription);
            return null;
        }
    }

    /**
     * Closes an attempt: the delivery's new state and the attempt's line in the log, only while this worker's lease
     * holds (a worker whose lease ran out, and whose delivery another worker has since claimed, records nothing).
     */
    public Uni<Boolean> record(SqlClient tx, Closing c, Instant leaseUntil) {
        return tx.preparedQuery("""
                        UPDATE delivery SET status = $2, attempts = $3, next_attempt_at = $4, delivered_at = $5,
                                            last_error = $6, lease_until = NULL
                        WHERE id = $1 AND lease_until = $7""")
                .execute(Tuple.tuple().addUUID(c.id()).addString(c.status().name()).addInteger(c.attempt())
                        .addOffsetDateTime(Timestamps.utc(c.nextAttemptAt()))
                        .addOffsetDateTime(Timestamps.utc(c.status() == DeliveryStatus.DELIVERED ? c.at() : null))
                        .addString(c.outcome() == null ? c.note() : c.outcome().error())
                        .addOffsetDateTime(Timestamps.utc(leaseUntil)))
                .flatMap(updated -> {
                    if (updated.rowCount() == 0 || c.outcome() == null) {
                        return Uni.createFrom().item(updated.rowCount() == 1);
                    }
                    return tx.preparedQuery("""
                                    INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, succeeded,
                                                                  status_code, error, duration_ms)
                                    VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                            .execute(Tuple.tuple().addUUID(c.id()).addInteger(c.attempt())
                                    .addOffsetDateTime(Timestamps.utc(c.at())).addBoolean(c.outcome().succeeded())
                                    .addInteger(c.outcome().statusCode()).addString(c.outcome().error())
                                    .addLong(c.outcome().durationMs()))
                            .replaceWith(true);
                });
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
