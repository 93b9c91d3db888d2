package org.hotline2110.devstack.kafka;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** The two questions devstack asks a broker: do you answer, and do these topics exist. */
final class KafkaAdmin {

    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);

    private KafkaAdmin() {
    }

    /** True when a broker at {@code bootstrap} describes its cluster within {@code timeout}. */
    static boolean answers(String bootstrap, Duration timeout) {
        try (Admin admin = Admin.create(properties(bootstrap, timeout))) {
            return !admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates the topics that are missing; a topic created meanwhile by someone else counts as present. */
    static void ensureTopics(String bootstrap, List<String> topics, int partitions) {
        try (Admin admin = Admin.create(properties(bootstrap, TOPIC_TIMEOUT))) {
            Set<String> missing = new HashSet<>(topics);
            missing.removeAll(admin.listTopics().names().get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            if (missing.isEmpty()) {
                return;
            }
            Map<String, KafkaFuture<Void>> created = admin.createTopics(
                    missing.stream().map(topic -> new NewTopic(topic, partitions, (short) 1)).toList()).values();
            for (Map.Entry<String, KafkaFuture<Void>> entry : created.entrySet()) {
                try {
                    entry.getValue().get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + entry.getKey() + " on " + bootstrap, e.getCause());
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not list topics on " + bootstrap, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    private static Properties properties(String bootstrap, Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "hotline2110-devstack");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return props;
    }
}
