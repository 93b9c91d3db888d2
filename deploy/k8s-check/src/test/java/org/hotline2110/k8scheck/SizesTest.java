package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Local is one of everything; production survives the loss of any one node, and scales within its partitions. */
class SizesTest {

    /** Which topics each service reads: architecture.md's table, written out here. */
    private static final Map<String, List<String>> CONSUMES = Map.of(
            "intake-service", List.of("hotline.ticket.lifecycle.v1", "hotline.sla.alert.v1"),
            "dispatch-service", List.of("hotline.ticket.received.v1", "hotline.ticket.feedback.v1",
                    "hotline.sla.alert.v1"),
            "sla-monitor", List.of("hotline.ticket.received.v1", "hotline.ticket.lifecycle.v1",
                    "hotline.ticket.feedback.v1"),
            "notification-service", List.of("hotline.sla.alert.v1", "hotline.ticket.lifecycle.v1"));

    @Test
    void localRunsOneOfEverything() {
        Manifests local = Overlay.LOCAL.manifests();

        assertThat(local.ofKind("KafkaNodePool")).extracting(pool -> pool.path("spec").path("replicas").asInt())
                .containsExactly(1);
        assertThat(local.ofKind("Cluster")).extracting(cluster -> cluster.path("spec").path("instances").asInt())
                .containsOnly(1).hasSize(4);
        assertThat(local.ofKind("Deployment")).extracting(SizesTest::replicas).containsOnly(1);
        assertThat(local.ofKind("KafkaTopic")).extracting(topic -> topic.path("spec").path("replicas").asInt())
                .containsOnly(1);
    }

    @Test
    void productionKafkaKeepsWritingWithOneNodeDown() {
        Manifests production = Overlay.PRODUCTION.manifests();
        JsonNode pool = production.ofKind("KafkaNodePool").get(0);
        JsonNode config = production.ofKind("Kafka").get(0).path("spec").path("kafka").path("config");

        assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(pool.path("spec").path("roles")).extracting(JsonNode::asText).contains("controller", "broker");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("transaction.state.log.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("transaction.state.log.min.isr").asInt()).isEqualTo(2);
        for (JsonNode topic : production.ofKind("KafkaTopic")) {
            assertThat(topic.path("spec").path("replicas").asInt()).as(Manifests.name(topic)).isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt())
                    .as(Manifests.name(topic)).isEqualTo(2);
        }
    }

    @Test
    void productionRunsThreeDatabaseInstancesAndTwoOrMoreOfEveryServiceUnderABudget() {
        Manifests production = Overlay.PRODUCTION.manifests();

        assertThat(production.ofKind("Cluster")).extracting(c -> c.path("spec").path("instances").asInt())
                .containsOnly(3).hasSize(4);
        for (JsonNode deployment : production.ofKind("Deployment")) {
            assertThat(replicas(deployment)).as(Manifests.name(deployment)).isGreaterThanOrEqualTo(2);
            Map<String, String> pods = Workloads.podLabels(deployment);
            assertThat(production.ofKind("PodDisruptionBudget")).as("budget of %s", Manifests.name(deployment))
                    .anyMatch(budget -> Manifests.selects(Manifests.labels(budget.path("spec").path("selector")
                            .path("matchLabels")), pods) && budget.path("spec").path("minAvailable").asInt() >= 1);
        }
    }

    @Test
    void everyServiceScalesFromTwoUpToThePartitionsItReads() {
        Manifests production = Overlay.PRODUCTION.manifests();
        for (String service : ServiceConfig.SERVICES) {
            JsonNode scaler = scalerOf(production, service);
            int fewestPartitions = CONSUMES.get(service).stream().mapToInt(topic -> partitions(production, topic))
                    .min().orElseThrow();
            int min = scaler.path("spec").path(scaler.path("kind").asText().equals("ScaledObject")
                    ? "minReplicaCount" : "minReplicas").asInt();
            int max = scaler.path("spec").path(scaler.path("kind").asText().equals("ScaledObject")
                    ? "maxReplicaCount" : "maxReplicas").asInt();

            assertThat(min).as("minimum replicas of %s", service).isGreaterThanOrEqualTo(2);
            assertThat(max).as("maximum replicas of %s, reading %s", service, CONSUMES.get(service))
                    .isBetween(min, fewestPartitions);
        }
        assertThat(scalerOf(production, "intake-service").path("kind").asText()).isEqualTo("HorizontalPodAutoscaler");
    }

    @Test
    void lagScalersWatchEveryConsumerGroupOfTheirService() {
        Manifests production = Overlay.PRODUCTION.manifests();
        for (JsonNode scaled : production.ofKind("ScaledObject")) {
            String service = scaled.path("spec").path("scaleTargetRef").path("name").asText();
            Set<String> groups = new TreeSet<>();
            scaled.path("spec").path("triggers").forEach(t -> groups.add(t.path("metadata").path("consumerGroup")
                    .asText()));
            assertThat(groups).as("groups %s scales on", service)
                    .containsExactlyInAnyOrderElementsOf(ServiceConfig.of(service).consumerGroups());
        }
    }

    private static JsonNode scalerOf(Manifests manifests, String service) {
        return manifests.documents().stream()
                .filter(doc -> Set.of("HorizontalPodAutoscaler", "ScaledObject").contains(doc.path("kind").asText()))
                .filter(doc -> service.equals(doc.path("spec").path("scaleTargetRef").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("nothing scales " + service));
    }

    private static int partitions(Manifests manifests, String topic) {
        return manifests.ofKind("KafkaTopic").stream()
                .filter(t -> topic.equals(t.path("spec").path("topicName").asText()))
                .mapToInt(t -> t.path("spec").path("partitions").asInt()).findFirst().orElseThrow();
    }

    private static int replicas(JsonNode deployment) {
        return deployment.path("spec").path("replicas").asInt(1);
    }
}
