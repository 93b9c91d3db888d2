package org.hotline2110.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline2110.contracts.EventSchemas;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Publishes contract events on the real broker, as dispatch-service and sla-monitor would. */
final class LifecycleEvents {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private LifecycleEvents() {
    }

    static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    static void send(HotlineEvent... events) {
        try (KafkaProbe.EventWriter writer = kafka().writer()) {
            for (HotlineEvent event : events) {
                EventType type = EventType.of(event);
                JsonNode json = JSON.valueToTree(event);
                assertThat(EventSchemas.violations(type, json)).as("test event fits its schema").isEmpty();
                writer.sendEvent(type.topic(), type.type(), event.ticketId().toString(), json.toString());
            }
            writer.flush();
        }
    }
}
