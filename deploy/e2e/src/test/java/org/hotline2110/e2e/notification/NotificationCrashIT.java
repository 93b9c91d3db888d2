package org.hotline2110.e2e.notification;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.hotline2110.devstack.support.FreePorts;
import org.hotline2110.e2e.notification.Receiver.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * notification-service from its built jar, killed with {@code kill -9} in the middle of delivering a burst of
 * 1,000 RED alerts to two webhook subscriptions, then started again: each subscription ends with each alert
 * delivered exactly once (one delivery, one delivery id), and the delivery log says the same.
 */
class NotificationCrashIT {

    private static final int ALERTS = 1_000;
    private static final Duration READY = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path dir;
    private static DevStack stack;
    private static Map<String, String> env;
    private static int port;
    private static ServiceProcess notification;
    private static Receiver receiver;

    @BeforeAll
    static void start() throws IOException {
        Path repo = Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize();
        dir = Files.createTempDirectory("hotline2110-notification-crash-");
        stack = DevStack.start(dir.resolve("stack"));
        Database db = stack.database("notification_crash_e2e", ServiceSpec.NOTIFICATION.user(),
                ServiceSpec.NOTIFICATION.password(), true);
        port = FreePorts.next();
        env = new HashMap<>(ServiceSpec.NOTIFICATION.env(stack, port, db));
        env.put("HOTLINE_NOTIFICATION_DELIVERY_BACKOFF", "200ms");
        env.put("HOTLINE_NOTIFICATION_DELIVERY_MAX_BACKOFF", "1s");
        receiver = new Receiver();
        notification = launch(repo);
        notification.awaitReady(READY);
    }

    @AfterAll
    static void stop() {
        if (notification != null) {
            notification.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    private static long delivered(String subscription) throws Exception {
        return log("kind=ALERT&subscriptionId=" + subscription).stream()
                .filter(d -> "DELIVERED".equals(d.get("status").asText())).count();
    }

    private static ServiceProcess launch(Path repo) {
        return ServiceProcess.start(repo, ServiceSpec.NOTIFICATION, port, env, dir.resolve("notification-service.log"));
    }

    @Test
    void killedMidBurstAndRestartedEachSubscriptionGetsEachAlertExactlyOnce() throws Exception {
        String everyDepartment = subscribe("/all", null);
        String taxOnly = subscribe("/tax", "tax");
        List<String> alertIds = publishBurst();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> receiver.received("/all").size() + receiver.received("/tax").size() >= ALERTS / 2);
        notification.kill();
        int beforeKill = receiver.received("/all").size() + receiver.received("/tax").size();
        notification = launch(Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize());
        notification.awaitReady(READY);

        // a delivery the killed instance had sent but not yet recorded is sent again once its lease runs out,
        // so the account is taken when the log holds every delivery as made
        await().atMost(Duration.ofSeconds(120)).until(() -> distinctAlerts("/all") == ALERTS
                && distinctAlerts("/tax") == ALERTS
                && delivered(everyDepartment) == ALERTS && delivered(taxOnly) == ALERTS);
        for (String path : List.of("/all", "/tax")) {
            List<Received> received = receiver.received(path);
            Map<String, Set<String>> deliveryIdsPerAlert = received.stream().collect(Collectors.groupingBy(
                    Received::alertId, Collectors.mapping(Received::deliveryId, Collectors.toSet())));
            assertThat(deliveryIdsPerAlert.keySet()).containsExactlyInAnyOrderElementsOf(alertIds);
            assertThat(deliveryIdsPerAlert.values()).as("one delivery per alert and subscription")
                    .allSatisfy(ids -> assertThat(ids).hasSize(1));
            long resent = received.size() - deliveryIdsPerAlert.size();
            System.out.printf("%s: %d alerts received, %d requests (%d repeated after the kill, same delivery id)%n",
                    path, deliveryIdsPerAlert.size(), received.size(), resent);
        }
        System.out.printf("received before the kill: %d of %d%n", beforeKill, 2 * ALERTS);
        for (String subscription : List.of(everyDepartment, taxOnly)) {
            List<JsonNode> logged = log("kind=ALERT&subscriptionId=" + subscription);
            assertThat(logged).hasSize(ALERTS);
            assertThat(logged).extracting(d -> d.get("status").asText()).containsOnly("DELIVERED");
            assertThat(logged).extracting(d -> d.get("sourceId").asText()).containsExactlyInAnyOrderElementsOf(alertIds);
        }
    }

    private static long distinctAlerts(String path) {
        return receiver.received(path).stream().map(Received::alertId).distinct().count();
    }

    private static List<String> publishBurst() {
        KafkaProbe kafka = new KafkaProbe(stack.kafkaBootstrap());
        List<String> ids = new ArrayList<>();
        try (KafkaProbe.EventWriter writer = kafka.writer()) {
            for (int i = 0; i < ALERTS; i++) {
                UUID alertId = UUID.randomUUID();
                UUID ticketId = UUID.randomUUID();
                Instant now = Instant.now();
                writer.sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId.toString(), """
                        {"alertId":"%s","ticketId":"%s","ticketNumber":"T-%05d","department":"tax","clock":"CONTACT",
                         "level":"RED","deadline":"%s","deadlineVersion":1,"raisedAt":"%s","duringWorkingHours":true,
                         "nextWorkingInstant":"%s"}""".formatted(alertId, ticketId, i, now, now, now));
                ids.add(alertId.toString());
            }
            writer.flush();
        }
        return ids;
    }

    private static String subscribe(String path, String department) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", "crash " + path, "levels", List.of("RED"),
                "channel", "WEBHOOK", "url", receiver.url(path)));
        if (department != null) {
            body.put("department", department);
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(notification.baseUrl()
                        + "/api/v1/subscriptions"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    /** Every page of the delivery log for {@code query}. */
    private static List<JsonNode> log(String query) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0;; page++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(notification.baseUrl()
                            + "/api/v1/deliveries?size=500&page=" + page + "&" + query))
                    .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode batch = JSON.readTree(response.body());
            batch.forEach(all::add);
            if (batch.size() < 500) {
                return all;
            }
        }
    }

    private static String token() {
        return stack.jwt().mint("supervisor", null, Duration.ofHours(1));
    }

}
