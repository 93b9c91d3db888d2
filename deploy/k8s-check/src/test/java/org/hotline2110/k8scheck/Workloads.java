package org.hotline2110.k8scheck;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a service's Deployment: its container, the environment it gets, its pods' labels. */
final class Workloads {

    private Workloads() {
    }

    static JsonNode deployment(Manifests manifests, String service) {
        return manifests.get("Deployment", service);
    }

    static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    static Map<String, String> podLabels(JsonNode deployment) {
        return Manifests.labels(deployment.path("spec").path("template").path("metadata").path("labels"));
    }

    /** Variable names set by {@code env} and by every ConfigMap of {@code envFrom}, which must exist. */
    static Set<String> environment(Manifests manifests, JsonNode container) {
        Set<String> names = new TreeSet<>();
        container.path("env").forEach(variable -> names.add(variable.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("secretRef")) {
                throw new AssertionError("envFrom secretRef hides which variables a Secret sets: use secretKeyRef");
            }
            String configMap = source.path("configMapRef").path("name").asText();
            manifests.get("ConfigMap", configMap).path("data").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
