package org.hotline2110.platform.outbox;

import java.time.Instant;
import java.util.List;
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

    /** One statement for a whole list, inserted in list order so that the relay publishes it in that order. */
    private static final String INSERT_ALL = """
            INSERT INTO outbox_event (event_id, event_type, topic, record_key, payload, occurred_at)
            SELECT event_id, event_type, topic, record_key, payload, $6
            FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
                 AS event (event_id, event_type, topic, record_key, payload, n)
            ORDER BY n""";

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

    /** Adds the events to the transaction of {@code tx} in one statement, in list order; answers their ids in that order. */
    public Uni<List<UUID>> addAll(SqlConnection tx, List<? extends HotlineEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = events.stream().map(event -> UUID.randomUUID()).toList();
        List<EventType> types = events.stream().map(EventType::of).toList();
        Tuple rows = Tuple.of(
                ids.toArray(UUID[]::new),
                types.stream().map(EventType::type).toArray(String[]::new),
                types.stream().map(EventType::topic).toArray(String[]::new),
                events.stream().map(event -> event.ticketId().toString()).toArray(String[]::new),
                events.stream().map(this::json).toArray(String[]::new),
                Timestamps.utc(Timestamps.now()));
        return tx.preparedQuery(INSERT_ALL).execute(rows).replaceWith(ids);
    }

    private String json(HotlineEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be serialised: " + event.getClass().getSimpleName(), e);
        }
    }
}
