package org.hotline2110.k8scheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The CRD schemas copied into k8s/schemas/ ({@code <group>/<kind>_<version>.json}), looked up by a document's
 * apiVersion and kind. The operators' CRDs are OpenAPI v3 schemas; their keywords are a subset of draft 4/7, and the
 * {@code x-kubernetes-*} extensions are ignored here as they are by any JSON Schema validator.
 */
final class CustomResourceSchemas {

    /** Groups whose kinds are custom resources of the operators, not Kubernetes' own. */
    static final Set<String> OPERATOR_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "keda.sh",
            "monitoring.coreos.com");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<Path, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private CustomResourceSchemas() {
    }

    static boolean isCustomResource(JsonNode doc) {
        return OPERATOR_GROUPS.contains(group(doc));
    }

    /** The schema file for {@code doc}, or empty when k8s/schemas/ has none. */
    static Optional<Path> schemaFile(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        Path file = Repository.k8s().resolve("schemas").resolve(group(doc))
                .resolve(doc.path("kind").asText().toLowerCase(Locale.ROOT) + "_" + version + ".json");
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    static Set<ValidationMessage> violations(Path schemaFile, JsonNode doc) {
        return LOADED.computeIfAbsent(schemaFile, CustomResourceSchemas::load).validate(doc);
    }

    private static String group(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    private static JsonSchema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
