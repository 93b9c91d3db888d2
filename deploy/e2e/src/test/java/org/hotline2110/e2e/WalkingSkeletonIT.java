package org.hotline2110.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One ticket, then two hundred with dispatch-service killed mid-stream, through the four services running as
 * separate processes. Under the seconds-long SLA policy every clock goes red, so each ticket must end with exactly
 * one assignment, three clocks and three RED deliveries: anything lost or doubled shows in the counts.
 */
class WalkingSkeletonIT {

    private static final String TICKET = """
            {"enterprise":{"name":"浙江恒丰精密机械有限公司","creditCode":"91330782MA28C1X705"},
             "contact":{"name":"王经理","phone":"13857112345"},"channel":"phone","demandType":"help",
             "topic":"approvals","urgency":"NORMAL","town":"xinqiao-town",
             "summary":"新建厂房消防验收材料反复退回","description":"请求一次性告知所需材料。"}""";

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void oneTicketGivesOneAssignmentThreeClocksAndOneRedDeliveryPerClock() {
        String id = post();

        List<ConsumerRecord<String, String>> assigned = assignments(Set.of(id), 1);
        assertThat(assigned).hasSize(1);

        JsonNode mine = Api.get(url(ServiceSpec.DISPATCH) + "/api/v1/tickets/" + id,
                system.token("department", "approval-bureau"));
        assertThat(mine.get("state").asText()).isEqualTo("ASSIGNED");
        assertThat(mine.get("leadDepartment").asText()).isEqualTo("approval-bureau");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Api.get(url(ServiceSpec.SLA_MONITOR) + "/api/v1/tickets/" + id + "/clocks", system.token("supervisor"))
                        .findValuesAsText("clock")).containsExactlyInAnyOrder("CONTACT", "REPLY", "RESOLVE"));

        await().atMost(Duration.ofSeconds(30)).until(() -> reds(deliveries(id)).size() == 3);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<JsonNode> deliveries = deliveries(id);
        assertThat(reds(deliveries)).extracting(d -> d.get("clock").asText())
                .containsExactlyInAnyOrder("CONTACT", "REPLY", "RESOLVE");
        // a warning may come before a red one, but no clock is ever told the same thing twice
        assertThat(deliveries).extracting(d -> d.get("clock").asText() + "/" + d.get("level").asText())
                .doesNotHaveDuplicates();

        assertThat(Api.get(url(ServiceSpec.INTAKE) + "/api/v1/tickets/" + id, system.token("operator"))
                .get("status").asText()).isEqualTo("ASSIGNED");
    }

    /**
     * intake-service shows the state dispatch-service announces, at every step of a whole life: after each action the
     * operator's status comes to equal the department's state, whatever that state is.
     */
    @Test
    void theOperatorsStatusEqualsDispatchsStateAfterEveryAction() {
        String id = post();
        String ticket = url(ServiceSpec.DISPATCH) + "/api/v1/tickets/" + id;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return Api.get(ticket, system.token("dispatcher")).get("state").asText().equals("ASSIGNED");
            } catch (AssertionError notYet) {
                return false;
            }
        });
        List<String> seen = new ArrayList<>();
        agree(id, "ASSIGNED", seen);
        String lead = system.token("department", "approval-bureau");
        agree(id, Api.act(ticket, lead, "sign", "{}"), seen);
        agree(id, Api.act(ticket, lead, "contact", "{\"method\":\"PHONE\"}"), seen);
        String request = Api.act(ticket, lead, "suspension-request", "{\"reason\":\"等待企业补充材料\"}")
                .get("pendingRequest").get("id").asText();
        agree(id, Api.act(ticket, system.token("dispatcher"), "requests/" + request + "/approve", "{}"), seen);
        agree(id, Api.act(ticket, lead, "resume", "{}"), seen);
        agree(id, Api.act(ticket, system.token("dispatcher"), "reroute", "{\"lead\":\"tax\",\"note\":\"属税务局\"}"), seen);
        String tax = system.token("department", "tax");
        agree(id, Api.act(ticket, tax, "sign", "{}"), seen);
        agree(id, Api.act(ticket, tax, "reply", "{\"text\":\"已受理，三日内答复\"}"), seen);
        agree(id, Api.act(ticket, tax, "resolution", "{\"result\":\"已办结\"}"), seen);
        Api.post(url(ServiceSpec.INTAKE) + "/api/v1/tickets/" + id + "/callbacks", system.token("operator"),
                "{\"outcome\":\"UNRESOLVED\",\"satisfaction\":\"DISSATISFIED\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.get(ticket, system.token("dispatcher"))
                .get("state").asText().equals("CLOSED"));
        agree(id, "CLOSED", seen);
        agree(id, Api.act(ticket, system.token("supervisor"), "reopen", "{\"reason\":\"回访不满意\"}"), seen);

        assertThat(seen).containsExactly("ASSIGNED", "SIGNED", "CONTACTED", "SUSPENDED", "CONTACTED", "ASSIGNED",
                "SIGNED", "REPLIED", "RESOLVED", "CLOSED", "REOPENED");
        JsonNode operators = Api.get(url(ServiceSpec.INTAKE) + "/api/v1/tickets/" + id, system.token("operator"));
        assertThat(operators.get("leadDepartment").asText()).isEqualTo("tax");
    }

    private static void agree(String id, JsonNode afterAction, List<String> seen) {
        agree(id, afterAction.get("state").asText(), seen);
    }

    private static void agree(String id, String dispatchState, List<String> seen) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Api.get(url(ServiceSpec.INTAKE)
                + "/api/v1/tickets/" + id, system.token("operator")).get("status").asText()).isEqualTo(dispatchState));
        seen.add(dispatchState);
    }

    @Test
    void killingDispatchMidStreamLosesAndDuplicatesNothingOverTwoHundredTickets() throws Exception {
        int total = 200;
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < total; i++) {
                ids.add(post());
            }
        });

        // kill -9 once dispatch is visibly working through the stream, and keep posting while it is down
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.size() >= 60);
        system.kill(ServiceSpec.DISPATCH);
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.size() >= 120);
        system.restart(ServiceSpec.DISPATCH);
        posting.get();
        Set<String> tickets = new HashSet<>(ids);
        assertThat(tickets).hasSize(total);

        List<ConsumerRecord<String, String>> assigned = assignments(tickets, total);
        Map<String, Set<String>> eventIdsPerTicket = assigned.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> KafkaProbe.header(r, "ce_id"), Collectors.toSet())));
        assertThat(eventIdsPerTicket.keySet()).as("every ticket assigned").isEqualTo(tickets);
        assertThat(eventIdsPerTicket.values()).as("one TicketAssigned per ticket").allSatisfy(e -> assertThat(e).hasSize(1));

        for (String id : tickets) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Api.get(url(ServiceSpec.SLA_MONITOR)
                    + "/api/v1/tickets/" + id + "/clocks", system.token("supervisor"))).hasSize(3));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> redDeliveriesPerTicket(tickets).values().stream()
                .mapToInt(Integer::intValue).sum() >= 3 * total);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        Map<String, Integer> delivered = redDeliveriesPerTicket(tickets);
        System.out.printf("e2e kill -9: %d tickets, %d TicketAssigned records on the topic (%d distinct ce_id), "
                + "%d RED deliveries%n", tickets.size(), assigned.size(),
                eventIdsPerTicket.values().stream().mapToInt(Set::size).sum(),
                delivered.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(delivered.keySet()).isEqualTo(tickets);
        assertThat(delivered.values()).as("one RED delivery per clock").containsOnly(3);
    }

    private static String post() {
        return Api.post(url(ServiceSpec.INTAKE) + "/api/v1/tickets", system.token("operator"), TICKET).get("id").asText();
    }

    private static String url(ServiceSpec spec) {
        return system.url(spec);
    }

    private static List<ConsumerRecord<String, String>> assignments(Set<String> tickets, int expected) {
        KafkaProbe kafka = new KafkaProbe(system.kafkaBootstrap());
        kafka.read(Topics.TICKET_LIFECYCLE, r -> tickets.contains(r.key()), expected, Duration.ofSeconds(90));
        // read again once everything is there, so repeats that arrive late are counted too
        return kafka.readAll(Topics.TICKET_LIFECYCLE, r -> tickets.contains(r.key())
                && EventType.TICKET_ASSIGNED.type().equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(3));
    }

    private static List<JsonNode> deliveries(String ticketId) {
        List<JsonNode> found = new ArrayList<>();
        Api.get(url(ServiceSpec.NOTIFICATION) + "/api/v1/deliveries?ticketId=" + ticketId, system.token("supervisor"))
                .forEach(found::add);
        return found;
    }

    private static List<JsonNode> reds(List<JsonNode> deliveries) {
        return deliveries.stream().filter(d -> "RED".equals(d.get("level").asText())).toList();
    }

    private static Map<String, Integer> redDeliveriesPerTicket(Set<String> tickets) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode batch = Api.get(url(ServiceSpec.NOTIFICATION) + "/api/v1/deliveries?level=RED&size=500&page=" + page,
                    system.token("supervisor"));
            batch.forEach(d -> {
                String ticket = d.get("ticketId").asText();
                if (tickets.contains(ticket)) {
                    counts.merge(ticket, 1, Integer::sum);
                }
            });
            if (batch.size() < 500) {
                return counts;
            }
        }
    }
}
