package org.hotline2110.e2e.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.kafka.PrivateBroker;
import org.hotline2110.devstack.support.FreePorts;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * intake-service from its built jar, against a broker of the test's own that is stopped while operators keep
 * working: tickets and call-backs are still accepted and stored, and once the broker is back every event is
 * published exactly once, in the order it was written.
 */
class IntakeKafkaOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int RESOLVED_BEFORE = 10;
    private static final int LOGGED_DURING = 100;

    private static DevStack stack;
    private static PrivateBroker kafka;
    private static ServiceProcess intake;

    @BeforeAll
    static void start() throws IOException {
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("hotline2110-intake-outage-");
        stack = DevStack.start(dir.resolve("stack"));
        kafka = PrivateBroker.start(dir.resolve("own-kafka"), DevStack.TOPIC_PARTITIONS);
        Database db = stack.database("intake_outage_e2e", "intake", "intake", true);
        int port = FreePorts.next();
        Map<String, String> env = ServiceSpec.INTAKE.env(stack, port, db);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap());
        intake = ServiceProcess.start(repo, ServiceSpec.INTAKE, port, env, dir.resolve("intake-service.log"));
        intake.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (intake != null) {
            intake.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void withKafkaStoppedTicketsAndCallBacksAreAcceptedAndEveryEventIsPublishedOnceInOrderWhenItIsBack() throws Exception {
        KafkaProbe probe = new KafkaProbe(kafka.bootstrap());
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < RESOLVED_BEFORE; i++) {
            resolved.add(createTicket("停机前 " + i));
        }
        resolveAll(probe, resolved);

        kafka.stop();
        Instant stopped = Instant.now();
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < LOGGED_DURING; i++) {
            logged.add(createTicket("停机中 " + i));
        }
        for (String id : resolved) {
            send("POST", "/api/v1/tickets/" + id + "/callbacks", "{\"outcome\":\"RESOLVED\",\"satisfaction\":\"SATISFIED\"}", 201);
        }
        System.out.printf("intake outage: %d tickets and %d call-backs accepted in %d ms with the broker stopped%n",
                LOGGED_DURING, RESOLVED_BEFORE, Duration.between(stopped, Instant.now()).toMillis());
        for (String id : logged) {
            assertThat(send("GET", "/api/v1/tickets/" + id, null, 200).get("status").asText()).isEqualTo("RECEIVED");
        }
        // the broker stays away until the relay has given up on a batch at least once, as in a real outage; it comes
        // back while the relay is in the middle of the next one
        await().atMost(Duration.ofSeconds(120)).until(() -> failedRelayBatches() >= 1);

        kafka.restart();
        List<String> all = new ArrayList<>(resolved);
        all.addAll(logged);
        List<ConsumerRecord<String, String>> received = exactlyOnePerTicket(probe, Topics.TICKET_RECEIVED, all);
        List<ConsumerRecord<String, String>> feedback = exactlyOnePerTicket(probe, Topics.TICKET_FEEDBACK, resolved);

        // in order: on every partition the tickets come in the order they were logged (their numbers sort that way),
        // which is the outbox's order and so also each ticket's own
        Map<Integer, List<String>> numbersByPartition = received.stream()
                .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                .collect(Collectors.groupingBy(ConsumerRecord::partition, Collectors.mapping(
                        r -> json(r.value()).get("ticketNumber").asText(), Collectors.toList())));
        numbersByPartition.values().forEach(numbers -> assertThat(numbers).isSorted());
        // and each resolved ticket's call-back follows its reception
        Map<String, Instant> receivedAt = received.stream().collect(Collectors.toMap(ConsumerRecord::key,
                r -> Instant.parse(KafkaProbe.header(r, "ce_time"))));
        feedback.forEach(r -> assertThat(Instant.parse(KafkaProbe.header(r, "ce_time"))).isAfter(receivedAt.get(r.key())));
        feedback.forEach(r -> assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo(EventType.TICKET_FEEDBACK_RECORDED.type()));
    }

    /**
     * Every ticket's event is on the topic exactly once: one record, not merely one {@code ce_id} (consumers would drop
     * a repeat, but a repeat is still a second delivery). Answers the records in partition and offset order.
     */
    private static List<ConsumerRecord<String, String>> exactlyOnePerTicket(KafkaProbe probe, String topic, List<String> tickets) {
        probe.read(topic, r -> tickets.contains(r.key()), tickets.size(), Duration.ofSeconds(120));
        List<ConsumerRecord<String, String>> records = probe.readAll(topic, r -> tickets.contains(r.key()), Duration.ofSeconds(5));
        Map<String, Long> recordsPerTicket = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        System.out.printf("intake outage: %s holds %d records (%d distinct ce_id) for %d tickets%n", topic, records.size(),
                records.stream().map(r -> KafkaProbe.header(r, "ce_id")).distinct().count(), tickets.size());
        assertThat(recordsPerTicket.keySet()).as("every ticket's event published").containsExactlyInAnyOrderElementsOf(tickets);
        assertThat(recordsPerTicket.values()).as("each published once").containsOnly(1L);
        return records.stream().sorted(Comparator.comparingInt((ConsumerRecord<String, String> r) -> r.partition())
                .thenComparingLong(ConsumerRecord::offset)).toList();
    }

    private static double failedRelayBatches() throws IOException, InterruptedException {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(intake.baseUrl() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith("hotline_outbox_failed_batches_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void resolveAll(KafkaProbe probe, List<String> tickets) {
        Instant at = Instant.now();
        try (KafkaProbe.EventWriter writer = probe.writer()) {
            for (String id : tickets) {
                writer.sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), id, """
                        {"ticketId":"%s","ticketNumber":"N","assignment":1,"leadDepartment":"approval-bureau",
                         "assistingDepartments":[],"urgency":"NORMAL","assignedAt":"%s","ruleId":"R","state":"ASSIGNED"}"""
                        .formatted(id, at));
                writer.sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_RESOLVED.type(), id, """
                        {"ticketId":"%s","assignment":1,"department":"approval-bureau","resolvedAt":"%s",
                         "leadDepartment":"approval-bureau","state":"RESOLVED"}""".formatted(id, at));
            }
        }
        for (String id : tickets) {
            await().atMost(Duration.ofSeconds(60)).until(() -> "RESOLVED".equals(
                    send("GET", "/api/v1/tickets/" + id, null, 200).get("status").asText()));
        }
    }

    private static String createTicket(String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterprise", Map.of("name", "浙江恒丰精密机械有限公司", "creditCode", "91330782MA28C1X705"));
        body.put("contact", Map.of("name", "王经理", "phone", "13857112345"));
        body.put("channel", "phone");
        body.put("demandType", "help");
        body.put("topic", "approvals");
        body.put("town", "xinqiao-town");
        body.put("summary", summary);
        body.put("description", "请求一次性告知所需材料。");
        try {
            return send("POST", "/api/v1/tickets", JSON.writeValueAsString(body), 201).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode send(String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(intake.baseUrl() + path))
                .header("Authorization", "Bearer " + stack.jwt().mint("operator", null, Duration.ofHours(1)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
