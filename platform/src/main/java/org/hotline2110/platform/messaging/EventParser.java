package org.hotline2110.platform.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotline2110.contracts.EventSchemas;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.HotlineEvent;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** Turns a Kafka record into a checked event, or rejects it with a reason a person can act on. */
@ApplicationScoped
public class EventParser {

    private final ObjectMapper mapper;

    public EventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public IncomingEvent<HotlineEvent> parse(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new RejectedEventException("not a CloudEvent: ce_id, ce_type, ce_source or ce_specversion header missing"));
        EventType type = EventType.ofType(cloudEvent.getType())
                .orElseThrow(() -> new RejectedEventException("unknown event type " + cloudEvent.getType()));
        JsonNode json = readTree(message.getPayload());
        List<String> violations = EventSchemas.violations(type, json);
        if (!violations.isEmpty()) {
            throw new RejectedEventException(type.type() + " breaks its schema: " + String.join("; ", violations));
        }
        OffsetDateTime time = cloudEvent.getTimeStamp()
                .map(stamp -> stamp.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .orElse(null);
        return new IncomingEvent<>(cloudEvent.getId(), type, time, toPayload(json, type));
    }

    private JsonNode readTree(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new RejectedEventException("empty body");
        }
        try {
            return mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("body is not JSON: " + e.getOriginalMessage());
        }
    }

    private HotlineEvent toPayload(JsonNode json, EventType type) {
        try {
            return mapper.treeToValue(json, type.payload());
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("body does not fit " + type.type() + ": " + e.getOriginalMessage());
        }
    }
}
