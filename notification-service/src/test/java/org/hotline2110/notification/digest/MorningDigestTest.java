package org.hotline2110.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.clockChanged;
import static org.hotline2110.notification.support.MailAndCalendarTestResource.mailTo;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.CalendarStub;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.restassured.path.json.JsonPath;

/** The working-day 08:30 digest, with sla-monitor's calendar answered by a stand-in HTTP server. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class MorningDigestTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    DigestScheduler digest;

    @Inject
    MeterRegistry registry;

    @Inject
    Pool pool;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private static CalendarStub calendar() {
        return MailAndCalendarTestResource.calendar();
    }

    private static JsonPath digestHook(Endpoint endpoint, String department) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "晨报", "levels", List.of(), "digest", true,
                "channel", "WEBHOOK", "url", RECEIVER.url(endpoint)));
        if (department != null) {
            body.put("department", department);
        }
        return subscribe(body);
    }

    /** Each clock of the ticket with its light as this service keeps it ("-" for none). */
    private List<String> shown(UUID ticket) {
        List<String> clocks = new java.util.ArrayList<>();
        pool.preparedQuery("SELECT clock, shown FROM ticket_clock WHERE ticket_id = $1 ORDER BY clock")
                .execute(Tuple.of(ticket)).await().indefinitely()
                .forEach(row -> clocks.add(row.getString("clock") + " " + (row.getString("shown") == null ? "-"
                        : row.getString("shown"))));
        return clocks;
    }

    private static void red(UUID ticket, String department, String clock) {
        raise(ticket, alert(UUID.randomUUID(), ticket, department, clock, "RED", Instant.now(), null));
    }

    @Test
    void aWorkingDaysDigestListsEveryRedTicketPerDepartment() throws Exception {
        LocalDate day = LocalDate.of(2026, 10, 8);
        calendar().workingDay(day);
        Endpoint all = RECEIVER.endpoint(0);
        Endpoint power = RECEIVER.endpoint(0);
        JsonPath allSubscription = digestHook(all, null);
        JsonPath powerSubscription = digestHook(power, "power-supply");
        String address = "chenbao-" + UUID.randomUUID() + "@example.gov.cn";
        JsonPath mailSubscription = subscribe(Map.of("name", "晨报邮箱", "department", "power-supply", "levels", List.of(),
                "digest", true, "channel", "EMAIL", "email", address));
        UUID late = UUID.randomUUID();
        UUID cleared = UUID.randomUUID();
        UUID otherDepartment = UUID.randomUUID();
        red(late, "power-supply", "CONTACT");
        red(late, "power-supply", "REPLY");
        red(cleared, "power-supply", "CONTACT");
        red(otherDepartment, "water-supply", "RESOLVE");
        await().atMost(patience()).until(() -> deliveries("ticketId=" + otherDepartment).size() == 1);
        raise(cleared, alert(UUID.randomUUID(), cleared, "power-supply", "CONTACT", "GREEN", Instant.now().plusSeconds(1), null));
        // re-routed: sla-monitor cancels the old lead's clocks, and their RED is no longer anyone's
        UUID rerouted = UUID.randomUUID();
        red(rerouted, "power-supply", "RESOLVE");
        clockChanged(rerouted, "power-supply", "RESOLVE", "CANCELLED", "RED", 1, Instant.now().plusSeconds(1));
        await().atMost(patience()).until(() -> shown(late).equals(List.of("CONTACT RED", "REPLY RED"))
                && shown(cleared).equals(List.of("CONTACT GREEN")) && shown(rerouted).equals(List.of("RESOLVE -"))
                && shown(otherDepartment).equals(List.of("RESOLVE RED")));

        digest.run(day, false).await().indefinitely();
        digest.run(day, false).await().indefinitely(); // a second instance, or the next tick: nothing more

        await().atMost(patience()).until(() -> all.requests().size() == 1 && power.requests().size() == 1);
        JsonPath everything = JsonPath.from(all.requests().get(0).body());
        assertThat(everything.getString("kind")).isEqualTo("digest");
        assertThat(everything.getString("day")).isEqualTo("2026-10-08");
        assertThat(everything.getList("departments.department")).contains("power-supply", "water-supply");
        JsonPath mine = JsonPath.from(power.requests().get(0).body());
        assertThat(mine.getList("departments.department")).containsExactly("power-supply");
        assertThat(mine.getString("departments[0].departmentName")).isEqualTo("供电公司");
        List<Map<String, Object>> tickets = mine.getList("departments[0].tickets");
        assertThat(tickets).extracting(t -> t.get("ticketId")).contains(late.toString())
                .doesNotContain(cleared.toString(), otherDepartment.toString(), rerouted.toString());
        Map<String, Object> lateTicket = tickets.stream().filter(t -> late.toString().equals(t.get("ticketId")))
                .findFirst().orElseThrow();
        assertThat(lateTicket.get("clocks")).isEqualTo(List.of("CONTACT", "REPLY"));
        assertThat(mine.getInt("redTickets")).isEqualTo(tickets.size());
        assertThat(all.requests().get(0).event()).isEqualTo("digest");

        await().atMost(patience()).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("【2110每日督办简报】2026-10-08 红灯工单 " + tickets.size() + " 件");
        assertThat(mail.getContent().toString()).contains("供电公司（" + tickets.size() + " 件）",
                "工单 T-" + late.toString().substring(0, 8) + "：联系企业时限、初步答复时限超时");
        unsubscribe(mailSubscription.getString("id"));
        unsubscribe(allSubscription.getString("id"));
        unsubscribe(powerSubscription.getString("id"));
    }

    @Test
    void noDigestOnADayTheCalendarSaysIsNotWorking() {
        LocalDate saturday = LocalDate.of(2026, 10, 10 + 7);
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = digestHook(endpoint, null);
        int asked = calendar().asked();
        digest.run(saturday, false).await().indefinitely();
        digest.run(saturday, false).await().indefinitely();
        assertThat(calendar().asked()).isEqualTo(asked + 1);
        assertThat(deliveries("kind=DIGEST&subscriptionId=" + subscription.getString("id"))).isEmpty();
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void whileSlaMonitorCannotBeReachedTheDigestWaitsAndSaysSoThenGoesOut() {
        LocalDate day = LocalDate.of(2026, 10, 9);
        calendar().workingDay(day);
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = digestHook(endpoint, "hexi-town");
        double before = registry.counter("hotline.notification.digest.calendar.unavailable").count();
        calendar().down(true);
        try {
            digest.run(day, false).await().indefinitely();
        } finally {
            calendar().down(false);
        }
        assertThat(registry.counter("hotline.notification.digest.calendar.unavailable").count()).isEqualTo(before + 1);
        assertThat(deliveries("kind=DIGEST&subscriptionId=" + subscription.getString("id"))).isEmpty();

        digest.run(day, false).await().indefinitely();
        await().atMost(patience()).until(() -> endpoint.requests().size() == 1);
        JsonPath body = JsonPath.from(endpoint.requests().get(0).body());
        assertThat(body.getInt("redTickets")).isZero();
        assertThat(body.getList("departments")).isEmpty();
        unsubscribe(subscription.getString("id"));
    }
}
