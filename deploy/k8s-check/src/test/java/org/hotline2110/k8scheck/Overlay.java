package org.hotline2110.k8scheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The overlays of k8s/, each rendered once per test run. */
enum Overlay {

    LOCAL("overlays/local"),
    PRODUCTION("overlays/production");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<Overlay, Manifests> RENDERED = new ConcurrentHashMap<>();

    private final String dir;

    Overlay(String dir) {
        this.dir = dir;
    }

    String dir() {
        return dir;
    }

    Manifests manifests() {
        return RENDERED.computeIfAbsent(this, overlay -> new Manifests(parse(Kubectl.kustomize(
                Repository.k8s().resolve(overlay.dir)))));
    }

    static List<JsonNode> parse(String yaml) {
        try {
            return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll().stream()
                    .filter(node -> node != null && !node.isNull() && !node.isMissingNode())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendered YAML does not parse", e);
        }
    }
}
