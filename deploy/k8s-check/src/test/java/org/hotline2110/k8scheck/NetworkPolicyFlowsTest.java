package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hotline2110.k8scheck.NetworkFlows.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The NetworkPolicies allow exactly the flows of architecture.md and nothing else. The expected flows are written
 * out here from that document; the policies are evaluated against every kind of endpoint a pod could reach.
 */
class NetworkPolicyFlowsTest {

    /** Each service and its database cluster. */
    private static final Map<String, String> DATABASE = Map.of("intake-service", "intake-db",
            "dispatch-service", "dispatch-db", "sla-monitor", "sla-db", "notification-service", "notification-db");

    private static final List<String> WEBHOOK_AND_MAIL_PORTS = List.of("80/TCP", "443/TCP", "25/TCP", "465/TCP",
            "587/TCP");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesReachOnlyDnsTheirDatabaseAndKafkaAndNotificationAlsoTheCalendarAndTheInternet(Overlay overlay) {
        NetworkFlows flows = flows(overlay);
        for (String service : ServiceConfig.SERVICES) {
            Set<String> expected = new TreeSet<>(List.of(
                    service + " -> dns:53/UDP",
                    service + " -> dns:53/TCP",
                    service + " -> " + DATABASE.get(service) + ":5432/TCP",
                    service + " -> kafka-broker:9092/TCP"));
            if (service.equals("notification-service")) {
                expected.add(service + " -> sla-monitor:8093/TCP");
                WEBHOOK_AND_MAIL_PORTS.forEach(port -> expected.add(service + " -> internet:" + port));
            }
            assertThat(flows.egress(endpoint(overlay, service))).as("out of %s", service)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesTakeOnlyTheIngressControllerPrometheusAndForSlaMonitorNotification(Overlay overlay) {
        NetworkFlows flows = flows(overlay);
        for (String service : ServiceConfig.SERVICES) {
            String port = ServiceConfig.of(service).httpPort() + "/TCP";
            Set<String> expected = new TreeSet<>(List.of(
                    "ingress-controller -> " + service + ":" + port,
                    "prometheus -> " + service + ":" + port));
            if (service.equals("sla-monitor")) {
                expected.add("notification-service -> sla-monitor:" + port);
            }
            assertThat(flows.ingress(endpoint(overlay, service))).as("into %s", service)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachDatabaseTakesItsOwnServiceItsInstancesTheOperatorAndPrometheusOnly(Overlay overlay) {
        NetworkFlows flows = flows(overlay);
        for (Map.Entry<String, String> owned : DATABASE.entrySet()) {
            String db = owned.getValue();
            assertThat(flows.ingress(endpoint(overlay, db))).as("into %s", db).containsExactlyInAnyOrder(
                    owned.getKey() + " -> " + db + ":5432/TCP",
                    db + " -> " + db + ":5432/TCP",
                    db + " -> " + db + ":8000/TCP",
                    "cnpg-operator -> " + db + ":5432/TCP",
                    "cnpg-operator -> " + db + ":8000/TCP",
                    "prometheus -> " + db + ":9187/TCP");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void kafkasListenerTakesTheServicesAndKedaOnly(Overlay overlay) {
        JsonNode listener = overlay.manifests().ofKind("Kafka").get(0).path("spec").path("kafka")
                .path("listeners").get(0);
        List<String> admitted = new ArrayList<>();
        for (Endpoint endpoint : endpoints(overlay)) {
            for (JsonNode peer : listener.path("networkPolicyPeers")) {
                boolean namespace = !peer.has("namespaceSelector") || Manifests.selects(Manifests.labels(peer
                        .path("namespaceSelector").path("matchLabels")), Map.of("kubernetes.io/metadata.name",
                        endpoint.namespace()));
                boolean pods = peer.has("podSelector") ? NetworkFlows.NAMESPACE.equals(endpoint.namespace())
                        && Manifests.selects(Manifests.labels(peer.path("podSelector").path("matchLabels")),
                        endpoint.labels()) : peer.has("namespaceSelector");
                if (namespace && pods && !admitted.contains(endpoint.name())) {
                    admitted.add(endpoint.name());
                }
            }
        }
        List<String> expected = new ArrayList<>(ServiceConfig.SERVICES);
        expected.add("keda-operator");
        assertThat(admitted).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static NetworkFlows flows(Overlay overlay) {
        return new NetworkFlows(overlay.manifests(), endpoints(overlay));
    }

    private static Endpoint endpoint(Overlay overlay, String name) {
        return endpoints(overlay).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** The services' pods as rendered, and stand-ins with the labels the operators and the cluster give theirs. */
    private static List<Endpoint> endpoints(Overlay overlay) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String service : ServiceConfig.SERVICES) {
            endpoints.add(Endpoint.pod(service, NetworkFlows.NAMESPACE,
                    Workloads.podLabels(Workloads.deployment(overlay.manifests(), service))));
        }
        for (JsonNode cluster : overlay.manifests().ofKind("Cluster")) {
            endpoints.add(Endpoint.pod(Manifests.name(cluster), NetworkFlows.NAMESPACE, Map.of(
                    "cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/instanceRole", "primary",
                    "cnpg.io/podRole", "instance")));
        }
        String kafka = Manifests.name(overlay.manifests().ofKind("Kafka").get(0));
        endpoints.add(Endpoint.pod("kafka-broker", NetworkFlows.NAMESPACE, Map.of("strimzi.io/cluster", kafka,
                "strimzi.io/kind", "Kafka", "strimzi.io/name", kafka + "-kafka", "strimzi.io/pool-name", "dual-role",
                "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true")));
        endpoints.add(Endpoint.pod("kafka-entity-operator", NetworkFlows.NAMESPACE, Map.of("strimzi.io/cluster",
                kafka, "strimzi.io/kind", "Kafka", "strimzi.io/name", kafka + "-entity-operator")));
        endpoints.add(Endpoint.pod("other-pod-of-the-namespace", NetworkFlows.NAMESPACE, Map.of("app", "other")));
        endpoints.add(Endpoint.pod("ingress-controller", "ingress-nginx",
                Map.of("app.kubernetes.io/name", "ingress-nginx")));
        endpoints.add(Endpoint.pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        endpoints.add(Endpoint.pod("dns", "kube-system", Map.of("k8s-app", "kube-dns")));
        endpoints.add(Endpoint.pod("metrics-server", "kube-system", Map.of("k8s-app", "metrics-server")));
        endpoints.add(Endpoint.pod("cnpg-operator", "cnpg-system",
                Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        endpoints.add(Endpoint.pod("keda-operator", "keda", Map.of("app", "keda-operator")));
        endpoints.add(Endpoint.pod("pod-of-another-namespace", "default", Map.of("app", "other")));
        endpoints.add(new Endpoint("internet", "", null, "203.0.113.10"));
        endpoints.add(new Endpoint("private-address", "", null, "192.168.1.20"));
        return endpoints;
    }
}
