package org.hotline2110.k8scheck;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/** The documents one overlay renders to, looked up by kind and name. */
record Manifests(List<JsonNode> documents) {

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(doc -> name.equals(name(doc))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    /** A label map ({@code matchLabels}, a pod template's labels) as a Java map. */
    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> result = new TreeMap<>();
        labels.fields().forEachRemaining(entry -> result.put(entry.getKey(), entry.getValue().asText()));
        return result;
    }

    /** True when every pair of {@code selector} is in {@code labels}: how matchLabels selects. */
    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return labels.entrySet().containsAll(selector.entrySet());
    }
}
