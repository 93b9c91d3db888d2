package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/** Double clicks and client retries never make two tickets. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class IdempotencyTest {

    private static final String TICKETS_WITH = "SELECT count(*) FROM ticket WHERE summary = $1";
    private static final String EVENTS_WITH = "SELECT count(*) FROM outbox_event WHERE position($1 IN payload) > 0";

    @Inject
    Pool pool;

    @BeforeAll
    static void contract() {
        OpenApiContract.install();
    }

    private static Response post(String key, Object body) {
        return post(TicketFixtures.bearer("operator"), key, body);
    }

    private static Response post(String authorization, String key, Object body) {
        return given().header("Authorization", authorization).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/tickets");
    }

    private static Map<String, Object> markedTicket(String marker) {
        Map<String, Object> body = TicketFixtures.ticket();
        body.put("summary", "重复提交测试 " + marker);
        return body;
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheSameTicketWith200() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        String id = post(key, markedTicket(marker)).then().statusCode(201).extract().path("id");

        // the same content with other spacing and key order is the same request
        Map<String, Object> body = markedTicket(marker);
        List<String> keys = new ArrayList<>(body.keySet());
        Collections.reverse(keys);
        Map<String, Object> reversed = new LinkedHashMap<>();
        keys.forEach(k -> reversed.put(k, body.get(k)));
        String reordered = LifecycleEvents.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reversed);
        post(key, reordered).then().statusCode(200)
                .header("Location", endsWith("/api/v1/tickets/" + id))
                .body("id", equalTo(id));

        assertThat(TicketFixtures.count(pool, TICKETS_WITH, "重复提交测试 " + marker)).isEqualTo(1);
        assertThat(TicketFixtures.count(pool, EVENTS_WITH, marker)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndNothingMoreIsStored() {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        post(key, markedTicket(marker)).then().statusCode(201);

        Map<String, Object> other = markedTicket(marker);
        other.put("description", "另一件事");
        post(key, other).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));

        assertThat(TicketFixtures.count(pool, TICKETS_WITH, "重复提交测试 " + marker)).isEqualTo(1);
        assertThat(TicketFixtures.count(pool, EVENTS_WITH, marker)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedWithTheHeaderNamed() {
        String marker = UUID.randomUUID().toString();
        post("x".repeat(101), markedTicket(marker)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        post("schlüssel", markedTicket(marker)).then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        assertThat(TicketFixtures.count(pool, TICKETS_WITH, "重复提交测试 " + marker)).isZero();
    }

    @Test
    void twentyConcurrentIdenticalRequestsMakeExactlyOneTicketAndOneEvent() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        Map<String, Object> body = markedTicket(marker);
        int clients = 20;
        ExecutorService pool20 = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        String authorization = TicketFixtures.bearer("operator"); // minted once: minting takes a file lock
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool20.submit(() -> {
                    go.await();
                    return post(authorization, key, body);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertThat(statuses).as("one creation, nineteen replays").containsOnly(201, 200)
                    .filteredOn(s -> s == 201).hasSize(1);
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));

            assertThat(TicketFixtures.count(pool, TICKETS_WITH, "重复提交测试 " + marker)).isEqualTo(1);
            assertThat(TicketFixtures.count(pool, EVENTS_WITH, marker)).isEqualTo(1);
            assertThat(LifecycleEvents.kafka().read(Topics.TICKET_RECEIVED, r -> ids.get(0).equals(r.key()), 1,
                    Duration.ofSeconds(20))).hasSize(1);
            assertThat(LifecycleEvents.kafka().readAll(Topics.TICKET_RECEIVED, r -> ids.get(0).equals(r.key()),
                    Duration.ofSeconds(2))).as("published once").hasSize(1);
        } finally {
            pool20.shutdownNow();
        }
    }
}
