package org.hotline2110.devstack.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Looks at topics from outside the service under test, as kcat would: reads them, and writes records into them. */
public final class KafkaProbe {

    private final String bootstrapServers;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Reads the topic from the beginning until at least {@code count} records match, or the timeout passes;
     * answers the matching records found either way, so the caller asserts on exactly what was there.
     */
    public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match,
            int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // as the services read: what the outbox relays committed, not what an aborted batch left in the log
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            Instant end = Instant.now().plus(timeout);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, end);
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (found.size() < count && Instant.now().isBefore(end)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    /** A dead-letter topic only exists once its first record is written: wait for it, up to {@code end}. */
    private static List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> consumer, String topic, Instant end) {
        while (true) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(5)).getOrDefault(topic, List.of())
                    .stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            if (!partitions.isEmpty() || Instant.now().isAfter(end)) {
                return partitions;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return partitions;
            }
        }
    }

    /** Reads the whole topic as it is now, with a short settle time for records still in flight. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration settle) {
        return read(topic, match, Integer.MAX_VALUE, settle);
    }

    /** Writes a record as-is: any key, value and headers, as a misbehaving producer might. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Header> recordHeaders = headers.entrySet().stream()
                .<Header>map(h -> new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write to " + topic, e);
        }
    }

    /** Writes a CloudEvent in binary mode, as the services' outbox relays do. */
    public void sendEvent(String topic, String type, String subject, String json) {
        send(topic, subject, json, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", type,
                "ce_source", "test",
                "ce_time", Instant.now().toString(),
                "ce_subject", subject,
                "content-type", "application/json"));
    }

    /**
     * Reads the topic from the beginning up to its end as it is when called (records written meanwhile are not
     * waited for); answers the matching records. Unlike {@link #readAll} it never waits longer than the reading
     * takes, so it suits polling a large topic again and again.
     */
    public List<ConsumerRecord<String, String>> readToEnd(String topic,
            Predicate<ConsumerRecord<String, String>> match) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // as the services read: what the outbox relays committed, not what an aborted batch left in the log
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, Instant.now());
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                            && match.test(record)) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    /**
     * Commits, for consumer group {@code group}, the current end of every partition of {@code topic}: a group that
     * has never run then starts with what is written from now on, not with the topic's history (a reused broker
     * may hold a lot of it). The group must have no active member.
     */
    public void startGroupAtEnd(String group, String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            ends.forEach((partition, info) -> offsets.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not move group " + group + " to the end of " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while moving group " + group, e);
        }
    }

    /**
     * The active members of consumer group {@code group} and the partitions each holds (member id, as the broker
     * names it, to sorted partition numbers); empty when the group has no member.
     */
    public Map<String, List<Integer>> groupMembers(String group) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Map<String, List<Integer>> members = new HashMap<>();
            admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group).members()
                    .forEach(m -> members.put(m.consumerId(), m.assignment().topicPartitions().stream()
                            .map(TopicPartition::partition).sorted().toList()));
            return members;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not describe group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing group " + group, e);
        }
    }

    /**
     * A producer kept open for many records ({@link #send} opens one per record, far too slow for thousands):
     * idempotent, {@code acks=all}, records of one key stay in the order they were given. Sends are asynchronous;
     * {@link #flush()} waits for every acknowledgement and fails if any record was refused.
     */
    public EventWriter writer() {
        return new EventWriter(bootstrapServers);
    }

    /** See {@link KafkaProbe#writer()}. Not thread-safe: one writer per thread. */
    public static final class EventWriter implements AutoCloseable {

        private final KafkaProducer<String, String> producer;
        private final List<Future<RecordMetadata>> pending = new ArrayList<>();
        private long sent;

        private EventWriter(String bootstrapServers) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "kafka-probe-writer");
            this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }

        /** Queues a CloudEvent in binary mode, as the services' outbox relays write them; answers its ce_id. */
        public String sendEvent(String topic, String type, String subject, String json) {
            String id = UUID.randomUUID().toString();
            List<Header> headers = List.of(
                    header("ce_specversion", "1.0"),
                    header("ce_id", id),
                    header("ce_type", type),
                    header("ce_source", "test"),
                    header("ce_time", Instant.now().toString()),
                    header("ce_subject", subject),
                    header("content-type", "application/json"));
            pending.add(producer.send(new ProducerRecord<>(topic, null, subject, json, headers)));
            return id;
        }

        /** Waits until every record queued so far is acknowledged. */
        public void flush() {
            producer.flush();
            try {
                for (Future<RecordMetadata> ack : pending) {
                    ack.get(30, TimeUnit.SECONDS);
                    sent++;
                }
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("A record was not acknowledged", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while flushing", e);
            } finally {
                pending.clear();
            }
        }

        /** Records acknowledged so far. */
        public long sent() {
            return sent;
        }

        @Override
        public void close() {
            try {
                flush();
            } finally {
                producer.close(Duration.ofSeconds(10));
            }
        }

        private static Header header(String name, String value) {
            return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
