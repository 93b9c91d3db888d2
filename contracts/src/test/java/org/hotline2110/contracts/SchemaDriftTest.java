package org.hotline2110.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas are written by hand; these checks keep them from drifting away from the records. */
class SchemaDriftTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesExactlyTheRecordsComponents(EventType type) throws IOException {
        assertDescribes(type.payload(), schema(type), type.schemaResource());
    }

    private static void assertDescribes(Class<?> record, JsonNode schema, String where) {
        List<RecordComponent> components = List.of(record.getRecordComponents());
        assertEquals(components.stream().map(RecordComponent::getName).collect(Collectors.toSet()),
                names(schema.get("properties").fieldNames()), where + ": record components vs schema properties");
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(name -> required.add(name.asText()));

        for (RecordComponent component : components) {
            String name = component.getName();
            JsonNode property = schema.get("properties").get(name);
            String at = where + " " + record.getSimpleName() + "." + name;
            assertTrue(property.hasNonNull("description"), at + ": no description");
            // a field added to a v1 event is optional (EVOLVING.md): nullable, or a primitive with the default readers take
            assertEquals(!allowsNull(property) && !property.has("default"), required.contains(name),
                    at + ": required exactly when neither nullable nor given a default");
            assertEquals(jsonType(component.getType()), mainType(property), at + ": JSON type");
            if (component.getType().isRecord()) {
                assertDescribes(component.getType(), property, where);
            } else if (component.getType().isEnum()) {
                assertEquals(
                        Arrays.stream(component.getType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList(),
                        // a nullable enum lists null too, or validation would refuse it
                        StreamSupport.stream(property.get("enum").spliterator(), false).filter(v -> !v.isNull())
                                .map(JsonNode::asText).toList(),
                        at + ": enum values");
            }
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type == UUID.class || type == Instant.class || type.isEnum()) {
            return "string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isRecord()) {
            return "object";
        }
        throw new AssertionError("No JSON type known for " + type + ": extend this test with the new component type");
    }

    private static boolean allowsNull(JsonNode property) {
        return property.get("type").isArray()
                && StreamSupport.stream(property.get("type").spliterator(), false).anyMatch(t -> t.asText().equals("null"));
    }

    private static String mainType(JsonNode property) {
        JsonNode type = property.get("type");
        return type.isArray()
                ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText).filter(t -> !t.equals("null")).findFirst().orElseThrow()
                : type.asText();
    }

    private static Set<String> names(Iterator<String> names) {
        Set<String> set = new HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    static JsonNode schema(EventType type) throws IOException {
        try (InputStream in = SchemaDriftTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            return EventSamples.MAPPER.readTree(in);
        }
    }
}
