package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Probes ask SmallRye Health on the port the service listens on (quarkus.http.port), and its Service goes there. */
class ProbesAndPortsTest {

    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void probesAreSmallRyeHealthOnTheServicesOwnPort(Overlay overlay) {
        for (String service : ServiceConfig.SERVICES) {
            int port = ServiceConfig.of(service).httpPort();
            JsonNode container = Workloads.container(Workloads.deployment(overlay.manifests(), service));

            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as("port of %s", service)
                    .isEqualTo(port);
            PROBE_PATHS.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.path("path").asText()).as("%s path of %s", probe, service).isEqualTo(path);
                assertThat(resolve(container, get.path("port"))).as("%s port of %s", probe, service).isEqualTo(port);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachServiceForwardsToTheContainersPort(Overlay overlay) {
        for (String service : ServiceConfig.SERVICES) {
            JsonNode container = Workloads.container(Workloads.deployment(overlay.manifests(), service));
            JsonNode servicePort = overlay.manifests().get("Service", service).path("spec").path("ports").get(0);

            assertThat(resolve(container, servicePort.path("targetPort"))).as("targetPort of Service %s", service)
                    .isEqualTo(ServiceConfig.of(service).httpPort());
        }
    }

    /** A port given by number or by the name of one of the container's ports. */
    private static int resolve(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + port.asText());
    }
}
