package org.hotline2110.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.dispatch.Desk.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.hotline2110.dispatch.Desk;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * 500 tickets routed to 10 departments and worked by them all at once, two clerks of each department racing for the
 * same tickets and an assisting department writing notes in between. Whatever the interleaving, each ticket ends
 * resolved, every accepted action is in its handling log and on the lifecycle topic exactly once, and every refused
 * one (412: someone acted first) left no trace.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ConcurrentDepartmentsTest {

    private static final int TICKETS = 500;

    /** Topic, town and summary that route to each of ten lead departments by the seed rules. */
    private static final String[][] ROUTES = {
            { "approvals", "xinqiao-town", "消防验收", "approval-bureau" },
            { "policy-fulfilment", "hexi-town", "技改补助", "development-reform" },
            { "financing", "hexi-town", "贷款贴息", "finance" },
            { "land-energy", "hexi-town", "用地指标", "natural-resources" },
            { "inspections", "hexi-town", "重复检查", "law-enforcement" },
            { "talent", "hexi-town", "人才公寓", "human-resources" },
            { "utilities", "hexi-town", "电压不稳", "power-supply" },
            { "utilities", "hexi-town", "厂区停水", "water-supply" },
            { "arrears", "hexi-town", "工程款拖欠", "industry-it" },
            { "find-me", "hexi-town", "开办咨询", "commerce" },
    };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    /** Minted before the clerks start: minting reads the key pair under a file lock, one at a time. */
    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void fiveHundredTicketsWorkedByTenDepartmentsAtOnceLoseNoUpdate() throws Exception {
        Map<String, List<String>> byLead = new HashMap<>();
        try (KafkaProbe.EventWriter writer = Desk.kafka().writer()) {
            for (int i = 0; i < TICKETS; i++) {
                String[] route = ROUTES[i % ROUTES.length];
                String id = UUID.randomUUID().toString();
                writer.sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id,
                        Desk.received(id, route[0], route[1], route[2]));
                byLead.computeIfAbsent(route[3], k -> new ArrayList<>()).add(id);
            }
        }
        byLead.keySet().forEach(lead -> tokens.put(lead, DevStackTestResource.token("department", lead)));
        tokens.put("market-regulation", DevStackTestResource.token("department", "market-regulation"));
        Set<String> all = new HashSet<>();
        byLead.values().forEach(all::addAll);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> routed(byLead) == TICKETS);

        ExecutorService clerks = Executors.newFixedThreadPool(2 * ROUTES.length + 1);
        List<Future<?>> work = new ArrayList<>();
        for (Map.Entry<String, List<String>> department : byLead.entrySet()) {
            List<String> mine = department.getValue();
            List<String> reversed = new ArrayList<>(mine);
            Collections.reverse(reversed);
            // two clerks of one department, working the same tickets from opposite ends
            work.add(clerks.submit(() -> workAll(department.getKey(), mine)));
            work.add(clerks.submit(() -> workAll(department.getKey(), reversed)));
        }
        work.add(clerks.submit(() -> byLead.get("approval-bureau").forEach(id -> note("market-regulation", id))));
        for (Future<?> f : work) {
            f.get();
        }
        clerks.shutdown();

        long logged = 0;
        for (String id : all) {
            var ticket = as("dispatcher").get("/api/v1/tickets/" + id).then().statusCode(200).extract();
            assertThat(ticket.<String>path("state")).as(id).isEqualTo("RESOLVED");
            List<String> actions = ticket.path("handlingLog.action");
            assertThat(actions.stream().filter(a -> !a.equals("ADD_NOTE"))).as(id)
                    .containsExactly("ASSIGNED", "SIGN", "CONTACT", "REPLY", "RESOLVE");
            logged += actions.size() - 1;
        }
        System.out.printf("%d tickets, %d actions accepted, %d refused with 412, %d logged%n", TICKETS, accepted.get(),
                refused.get(), logged);
        assertThat(logged).as("every accepted action logged, and nothing else").isEqualTo(accepted.get());
        assertThat(refused.get()).as("the clerks did race").isPositive();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Desk.kafka()
                .readToEnd(Topics.TICKET_LIFECYCLE, r -> all.contains(r.key()))).hasSize(TICKETS + accepted.get()));
    }

    private static int routed(Map<String, List<String>> byLead) {
        int count = 0;
        for (String lead : byLead.keySet()) {
            List<String> listed = as("dispatcher").queryParam("department", lead).queryParam("size", 200)
                    .get("/api/v1/tickets").then().statusCode(200).extract().path("id");
            count += (int) listed.stream().filter(byLead.get(lead)::contains).count();
        }
        return count;
    }

    /** Takes each ticket as far as it goes: sign, contact, reply, resolve; a 412 means re-read and decide again. */
    private void workAll(String department, List<String> tickets) {
        for (String id : tickets) {
            for (int attempt = 0; attempt < 20; attempt++) {
                Ticket t = read(department, id);
                String next = switch (t.state) {
                    case "ASSIGNED" -> "sign";
                    case "SIGNED" -> "contact";
                    case "CONTACTED" -> "reply";
                    case "REPLIED" -> "resolution";
                    default -> null;
                };
                if (next == null) {
                    break;
                }
                String body = switch (next) {
                    case "contact" -> "{\"method\":\"PHONE\"}";
                    case "reply" -> "{\"text\":\"已受理\"}";
                    case "resolution" -> "{\"result\":\"已办结\"}";
                    default -> "{}";
                };
                int status = post(department, id, next, body, t.etag);
                if (status == 200) {
                    accepted.incrementAndGet();
                } else if (status == 412 || status == 409) {
                    refused.incrementAndGet();
                } else {
                    throw new AssertionError(next + " on " + id + " answered " + status);
                }
            }
        }
    }

    private void note(String department, String id) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Ticket t = read(department, id);
            if (t.state.equals("RESOLVED")) {
                return;
            }
            int status = post(department, id, "notes", "{\"note\":\"协办意见\"}", t.etag);
            if (status == 200) {
                accepted.incrementAndGet();
                return;
            }
            if (status != 412 && status != 409) {
                throw new AssertionError("note on " + id + " answered " + status);
            }
            refused.incrementAndGet();
        }
    }

    private record Ticket(String state, String etag) {
    }

    private Ticket read(String department, String id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(id, "")).GET(), department);
        String body = response.body();
        int at = body.indexOf("\"state\":\"") + 9;
        return new Ticket(body.substring(at, body.indexOf('"', at)), response.headers().firstValue("ETag").orElseThrow());
    }

    private int post(String department, String id, String action, String body, String etag) {
        return send(HttpRequest.newBuilder(uri(id, "/" + action)).header("If-Match", etag)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), department)
                .statusCode();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String department) {
        try {
            return http.send(request.header("Authorization", "Bearer " + tokens.get(department))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String id, String action) {
        return URI.create("http://localhost:" + RestAssured.port + "/api/v1/tickets/" + id + action);
    }
}
