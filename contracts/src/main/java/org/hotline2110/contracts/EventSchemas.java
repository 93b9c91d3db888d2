package org.hotline2110.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks an event body against the JSON Schema of its type ({@code schemas/<ce_type>.json}, the same files
 * {@code asyncapi.yaml} references). Producers check before they write to the outbox, consumers before they act,
 * so a malformed event is refused with a reason a person can act on.
 */
public final class EventSchemas {

    // Loaded once at class initialisation, which the JVM makes thread-safe; the map is never written afterwards
    // and networknt schemas are safe to share once their validators are initialised.
    private static final Map<EventType, JsonSchema> SCHEMAS = loadAll();

    private EventSchemas() {
    }

    /**
     * The ways {@code payload} breaks the schema of {@code type}, as messages naming the offending field
     * (e.g. {@code $.ticketId: does not match the uuid pattern ...}); empty when the payload is valid.
     * A Java {@code null} payload is treated as JSON {@code null} and so reported, not thrown.
     */
    public static List<String> violations(EventType type, JsonNode payload) {
        return SCHEMAS.get(type).validate(payload == null ? NullNode.getInstance() : payload).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static Map<EventType, JsonSchema> loadAll() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                // Draft 2020-12 treats "format" as an annotation only; we want uuid and date-time enforced.
                .formatAssertionsEnabled(true)
                // Messages end up in dead-letter headers and logs: same language on every machine.
                .locale(Locale.ENGLISH)
                .pathType(PathType.JSON_PATH)
                .build();
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            // This class's loader, not the thread's: under Quarkus the context loader may not see this jar first.
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing schema resource " + type.schemaResource());
                }
                JsonSchema schema = factory.getSchema(in, config);
                schema.initializeValidators();
                schemas.put(type, schema);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + type.schemaResource(), e);
            }
        }
        return schemas;
    }
}
