package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every overlay renders with kubectl's kustomize, into the kinds the issue asks for, each with a name. */
class OverlaysRenderTest {

    private static final List<String> EVERY_OVERLAY_HAS = List.of("Namespace", "Kafka", "KafkaNodePool",
            "KafkaTopic", "Cluster", "ConfigMap", "Deployment", "Service", "Ingress", "NetworkPolicy");

    private static final List<String> PRODUCTION_ALSO_HAS = List.of("HorizontalPodAutoscaler", "ScaledObject",
            "PodDisruptionBudget", "ServiceMonitor", "PodMonitor", "PrometheusRule");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void rendersTheWholeSystem(Overlay overlay) {
        Manifests manifests = overlay.manifests();

        assertThat(manifests.documents()).extracting(doc -> doc.path("kind").asText())
                .containsAll(EVERY_OVERLAY_HAS);
        if (overlay == Overlay.PRODUCTION) {
            assertThat(manifests.documents()).extracting(doc -> doc.path("kind").asText())
                    .containsAll(PRODUCTION_ALSO_HAS);
        }
        for (JsonNode doc : manifests.documents()) {
            assertThat(Manifests.name(doc)).as("a %s without a name", doc.path("kind").asText()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyNamespacedResourceLandsInTheSystemsNamespace(Overlay overlay) {
        for (JsonNode doc : overlay.manifests().documents()) {
            if (!doc.path("kind").asText().equals("Namespace")) {
                assertThat(doc.path("metadata").path("namespace").asText())
                        .as("namespace of %s %s", doc.path("kind").asText(), Manifests.name(doc))
                        .isEqualTo("hotline2110");
            }
        }
    }
}
