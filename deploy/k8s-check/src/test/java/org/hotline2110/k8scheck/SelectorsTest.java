package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Everything that points at something else finds it: Services their pods, the Ingress its Services, and so on. */
class SelectorsTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceSelectsThePodsOfExactlyOneDeployment(Overlay overlay) {
        Manifests manifests = overlay.manifests();
        for (JsonNode service : manifests.ofKind("Service")) {
            Map<String, String> selector = Manifests.labels(service.path("spec").path("selector"));
            List<String> selected = manifests.ofKind("Deployment").stream()
                    .filter(deployment -> Manifests.selects(selector, Workloads.podLabels(deployment)))
                    .map(Manifests::name).toList();

            assertThat(selector).as("selector of Service %s", Manifests.name(service)).isNotEmpty();
            assertThat(selected).as("Deployments Service %s selects", Manifests.name(service))
                    .containsExactly(Manifests.name(service));
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDeploymentSelectsItsOwnPodTemplate(Overlay overlay) {
        for (JsonNode deployment : overlay.manifests().ofKind("Deployment")) {
            Map<String, String> selector = Manifests.labels(deployment.path("spec").path("selector")
                    .path("matchLabels"));
            assertThat(Manifests.selects(selector, Workloads.podLabels(deployment)))
                    .as("Deployment %s selects its template", Manifests.name(deployment)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theIngressReachesTheFourServicesOnPortsTheyHave(Overlay overlay) {
        Manifests manifests = overlay.manifests();
        List<JsonNode> ingresses = manifests.ofKind("Ingress");
        assertThat(ingresses).hasSize(1);
        JsonNode rules = ingresses.get(0).path("spec").path("rules");
        assertThat(rules).as("one host").hasSize(1);
        List<String> backends = new java.util.ArrayList<>();
        for (JsonNode path : rules.get(0).path("http").path("paths")) {
            JsonNode backend = path.path("backend").path("service");
            JsonNode service = manifests.get("Service", backend.path("name").asText());
            String portName = backend.path("port").path("name").asText();
            assertThat(service.path("spec").path("ports")).extracting(port -> port.path("name").asText())
                    .as("ports of Service %s", Manifests.name(service)).contains(portName);
            backends.add(Manifests.name(service));
        }
        assertThat(backends).containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void scalersBudgetsAndMonitorsPointAtWhatExists(Overlay overlay) {
        Manifests manifests = overlay.manifests();
        for (JsonNode hpa : manifests.ofKind("HorizontalPodAutoscaler")) {
            manifests.get("Deployment", hpa.path("spec").path("scaleTargetRef").path("name").asText());
        }
        for (JsonNode scaled : manifests.ofKind("ScaledObject")) {
            manifests.get("Deployment", scaled.path("spec").path("scaleTargetRef").path("name").asText());
        }
        for (JsonNode budget : manifests.ofKind("PodDisruptionBudget")) {
            assertThat(selectedDeployments(manifests, budget.path("spec").path("selector").path("matchLabels")))
                    .as("PodDisruptionBudget %s", Manifests.name(budget)).hasSize(1);
        }
        for (JsonNode monitor : manifests.ofKind("ServiceMonitor")) {
            Map<String, String> selector = Manifests.labels(monitor.path("spec").path("selector").path("matchLabels"));
            String port = monitor.path("spec").path("endpoints").get(0).path("port").asText();
            List<JsonNode> services = manifests.ofKind("Service").stream()
                    .filter(service -> Manifests.selects(selector, Manifests.labels(service.path("metadata")
                            .path("labels")))).toList();
            assertThat(services).as("Services of ServiceMonitor %s", Manifests.name(monitor)).hasSize(1);
            assertThat(services.get(0).path("spec").path("ports")).extracting(p -> p.path("name").asText())
                    .contains(port);
        }
    }

    private static List<String> selectedDeployments(Manifests manifests, JsonNode matchLabels) {
        Map<String, String> selector = Manifests.labels(matchLabels);
        return manifests.ofKind("Deployment").stream()
                .filter(deployment -> Manifests.selects(selector, Workloads.podLabels(deployment)))
                .map(Manifests::name).toList();
    }
}
