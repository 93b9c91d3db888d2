package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Brokers refuse to create topics on first use (auto.create.topics.enable=false), so every topic the code names must
 * be a KafkaTopic: those the services' channels read and dead-letter to, and those the outbox publishes to.
 */
class TopicsTest {

    /** Every topic the code names: channels in application.properties, the contracts' topic of every event type. */
    static Set<String> topicsTheCodeNames() {
        Set<String> topics = new TreeSet<>(Topics.ALL);
        Arrays.stream(EventType.values()).map(EventType::topic).forEach(topics::add);
        ServiceConfig.SERVICES.stream().map(ServiceConfig::of).map(ServiceConfig::channelTopics)
                .forEach(topics::addAll);
        return topics;
    }

    static Set<String> kafkaTopics(Manifests manifests) {
        Set<String> topics = new TreeSet<>();
        manifests.ofKind("KafkaTopic").forEach(topic -> topics.add(topic.path("spec").path("topicName").asText()));
        return topics;
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyTopicTheCodeNamesIsAKafkaTopicAndNoOtherIs(Overlay overlay) {
        Set<String> named = topicsTheCodeNames();

        assertThat(named).as("sanity: the four event topics and their dead-letter topics").hasSizeGreaterThan(10);
        assertThat(kafkaTopics(overlay.manifests())).as("KafkaTopics of %s", overlay)
                .containsExactlyInAnyOrderElementsOf(named);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyKafkaTopicBelongsToTheSystemsKafkaCluster(Overlay overlay) {
        String cluster = Manifests.name(overlay.manifests().ofKind("Kafka").get(0));
        overlay.manifests().ofKind("KafkaTopic").forEach(topic -> assertThat(
                topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                .as("strimzi.io/cluster of %s", Manifests.name(topic)).isEqualTo(cluster));
    }
}
