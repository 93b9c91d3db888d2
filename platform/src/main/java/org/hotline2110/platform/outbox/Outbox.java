package org.hotline2110.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records an event in the caller's transaction. The event reaches Kafka through {@link OutboxRelay} once the
 * transaction commits, and never if it rolls back: no dual write.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, event_type, topic, record_key, payload, occurred_at)
            VALUES ($1, $2, $3, $4, $5, $6)""";

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Adds the event to the transaction of {@code tx}; answers the event's id (its {@code ce_id}). */
    public Uni<UUID> add(SqlConnection tx, HotlineEvent event) {
        EventType type = EventType.of(event);
        UUID eventId = UUID.randomUUID();
        Instant now = Timestamps.now();
        Tuple row = Tuple.of(eventId, type.type(), type.topic(), event.ticketId().toString(), json(event))
                .addOffsetDateTime(Timestamps.utc(now));
        return tx.preparedQuery(INSERT).execute(row).replaceWith(eventId);
    }

    private String json(HotlineEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be serialised: " + event.getClass().getSimpleName(), e);
        }
    }
}
