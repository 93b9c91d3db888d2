package org.hotline2110.intake.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.sql.Timestamps;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * PIPL: personal information is kept no longer than needed. A ticket closed for longer than the retention period
 * loses its contact's name and phone, and those of its repeat calls; the ticket, its number, enterprise, figures
 * and events stay, and {@code contact_erased_at} says when. Small batches, each its own transaction, skipping rows
 * another instance is erasing. A ticket reopened meanwhile is not CLOSED, so it keeps its contact.
 */
@ApplicationScoped
public class ContactErasure {

    private static final Logger LOG = Logger.getLogger(ContactErasure.class);

    private final Pool pool;
    private final ContactRetentionConfig config;

    public ContactErasure(Pool pool, ContactRetentionConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Scheduled(every = "${hotline.intake.contact-erasure.every}", delayed = "${hotline.intake.contact-erasure.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return eraseDue(Timestamps.now()).invoke(erased -> {
            if (erased > 0) {
                LOG.infof("Erased the contact details of %d tickets closed over %s ago", erased, config.retention());
            }
        }).replaceWithVoid();
    }

    /** Erases batch after batch until none is due as of {@code now}; how many tickets were erased. */
    public Uni<Integer> eraseDue(Instant now) {
        return batch(now.minus(config.retention()), now)
                .flatMap(erased -> erased < config.erasure().batch()
                        ? Uni.createFrom().item(erased)
                        : eraseDue(now).map(more -> erased + more));
    }

    private Uni<Integer> batch(Instant closedBefore, Instant now) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        UPDATE ticket SET contact_name = NULL, contact_phone = NULL, contact_erased_at = $3
                        WHERE id IN (SELECT id FROM ticket
                                     WHERE status = 'CLOSED' AND closed_at < $1 AND contact_erased_at IS NULL
                                     ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED)
                        RETURNING id""")
                .execute(Tuple.of(Timestamps.utc(closedBefore), config.erasure().batch(), Timestamps.utc(now)))
                .flatMap(rows -> {
                    List<UUID> erased = new ArrayList<>();
                    rows.forEach(row -> erased.add(row.getUUID("id")));
                    if (erased.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return tx.preparedQuery("""
                                    UPDATE ticket_call SET contact_name = NULL, contact_phone = NULL
                                    WHERE ticket_id = ANY($1)""")
                            .execute(Tuple.of(erased.toArray(UUID[]::new)))
                            .replaceWith(erased.size());
                }));
    }
}
