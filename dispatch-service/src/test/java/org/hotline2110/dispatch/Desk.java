package org.hotline2110.dispatch;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The desks of dispatch tests: tickets arriving from intake, and people acting on them over REST. */
public final class Desk {

    private Desk() {
    }

    public static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", "Bearer " + DevStackTestResource.token(role));
    }

    public static RequestSpecification department(String id) {
        return given().header("Authorization", "Bearer " + DevStackTestResource.token("department", id));
    }

    /** A ticket logged by intake on {@code topic} in {@code town}, as it arrives on the received topic. */
    public static String receive(String topic, String town, String summary) {
        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, received(id, topic, town, summary));
        return id;
    }

    public static String received(String id, String topic, String town, String summary) {
        return """
                {"ticketId":"%s","ticketNumber":"T-%s","receivedAt":"2026-11-24T02:30:00Z","channel":"phone",
                 "demandType":"help","topic":"%s","urgency":"NORMAL","town":"%s",
                 "enterprise":{"name":"浙江恒丰精密机械有限公司","creditCode":"91330782MA28C1X705"},
                 "contactPhoneMasked":"138****2345","summary":"%s"}"""
                .formatted(id, id.substring(0, 8), topic, town, summary);
    }

    /** Waits until dispatch has routed the ticket and answers its ETag as {@code as} reads it. */
    public static String awaitRouted(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as("dispatcher").get("/api/v1/tickets/" + id).statusCode() == 200);
        return etag(id);
    }

    public static String etag(String id) {
        return as("dispatcher").get("/api/v1/tickets/" + id).header("ETag");
    }

    /** POSTs an action with the ticket's current ETag. */
    public static Response act(RequestSpecification who, String id, String action, String body) {
        return act(who, id, action, body, etag(id));
    }

    public static Response act(RequestSpecification who, String id, String action, String body, String ifMatch) {
        RequestSpecification request = who.contentType("application/json").body(body == null ? "{}" : body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/tickets/" + id + "/" + action);
    }

    /** The ce_types of the ticket's lifecycle events, once at least {@code count} are there, in order. */
    public static List<String> lifecycleTypes(String id, int count) {
        return lifecycle(id, count).stream().map(r -> KafkaProbe.header(r, "ce_type")).toList();
    }

    public static List<ConsumerRecord<String, String>> lifecycle(String id, int count) {
        return kafka().read(Topics.TICKET_LIFECYCLE, r -> id.equals(r.key()), count, Duration.ofSeconds(30));
    }

    /** Events the service has committed for the ticket (its outbox), published or not: what "nothing published" counts. */
    public static long outboxed(io.vertx.mutiny.sqlclient.Pool pool, String id) {
        return pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE record_key = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
