package org.hotline2110.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** asyncapi.yaml is written by hand; these checks tie it to Topics, EventType and the schema files. */
class AsyncApiDocumentTest {

    private static JsonNode doc;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertEquals("3.0.0", doc.path("asyncapi").asText());
    }

    @Test
    void everyTopicIsAChannelAndNoOtherIs() {
        Set<String> addresses = stream(doc.get("channels")).map(c -> c.get("address").asText()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Topics.ALL), addresses);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsAMessageOnItsTopicWithItsSchemaAndCeType(EventType type) {
        JsonNode channel = stream(doc.get("channels"))
                .filter(c -> c.get("address").asText().equals(type.topic()))
                .findFirst().orElseThrow(() -> new AssertionError("no channel for " + type.topic()));
        JsonNode message = stream(channel.get("messages"))
                .map(m -> resolve(m.get("$ref").asText()))
                .filter(m -> m.get("name").asText().equals(type.type()))
                .findFirst().orElseThrow(() -> new AssertionError("no message " + type.type() + " on " + type.topic()));

        assertEquals("./" + type.schemaResource(), message.at("/payload/$ref").asText());
        assertTrue(refs(message.get("headers")).contains("#/components/schemas/cloudEventHeaders"), "CloudEvents headers");
        assertTrue(stream(message.at("/headers/allOf"))
                .anyMatch(s -> s.at("/properties/ce_type/const").asText().equals(type.type())), "ce_type fixed to " + type.type());
    }

    @Test
    void everySchemaFileIsReferencedAndEveryReferencedFileExists() throws IOException, URISyntaxException {
        Path dir = Path.of(EventSchemas.class.getClassLoader().getResource("schemas").toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(f -> "./schemas/" + f.getFileName()).collect(Collectors.toSet());
        }
        Set<String> referenced = refs(doc).stream().filter(r -> r.startsWith("./")).collect(Collectors.toSet());
        assertEquals(files, referenced);
    }

    @Test
    void everyInternalReferenceResolves() {
        for (String ref : refs(doc)) {
            if (ref.startsWith("#")) {
                assertFalse(resolve(ref).isMissingNode(), "unresolved " + ref);
            }
        }
    }

    @Test
    void operationsSendOrReceiveOnlyMessagesOfTheirChannel() {
        stream(doc.get("operations")).forEach(op -> {
            String channel = op.at("/channel/$ref").asText();
            assertTrue(Set.of("send", "receive").contains(op.get("action").asText()));
            op.get("messages").forEach(m -> assertTrue(m.get("$ref").asText().startsWith(channel + "/messages/"),
                    m + " is not on " + channel));
        });
    }

    private static JsonNode resolve(String ref) {
        return doc.at(ref.substring(1));
    }

    private static Stream<JsonNode> stream(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    private static Set<String> refs(JsonNode node) {
        List<String> found = new ArrayList<>();
        collectRefs(node, found);
        return new HashSet<>(found);
    }

    private static void collectRefs(JsonNode node, List<String> found) {
        if (node.has("$ref")) {
            found.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, found));
    }
}
