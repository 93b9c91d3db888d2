package org.hotline2110.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.AdjustableClock;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** YELLOW raised out of hours waits for the next working period; RED and GREEN never wait. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class WorkingHoursHoldTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();
    /** Friday 27 November 2026, 22:00 in Beijing, and the start of the next working period, Monday 09:00. */
    private static final Instant FRIDAY_NIGHT = OffsetDateTime.parse("2026-11-27T22:00:00+08:00").toInstant();
    private static final Instant MONDAY_MORNING = OffsetDateTime.parse("2026-11-30T09:00:00+08:00").toInstant();

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private static List<String> levelsReceived(Endpoint endpoint) {
        return endpoint.requests().stream().map(r -> JsonPath.from(r.body()).getString("level")).toList();
    }

    @Test
    void aYellowAtTenOnFridayNightIsDeliveredWhenMondaysWorkingHoursBeginAndARedAtOnce() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = subscribe(Map.of("name", "值班", "department", "commerce", "channel", "WEBHOOK",
                "url", RECEIVER.url(endpoint)));
        clock.travelTo(FRIDAY_NIGHT);
        UUID yellowTicket = UUID.randomUUID();
        UUID redTicket = UUID.randomUUID();
        raise(yellowTicket, alert(UUID.randomUUID(), yellowTicket, "commerce", "RESOLVE", "YELLOW", FRIDAY_NIGHT,
                MONDAY_MORNING));
        raise(redTicket, alert(UUID.randomUUID(), redTicket, "commerce", "REPLY", "RED", FRIDAY_NIGHT,
                MONDAY_MORNING));

        await().atMost(patience()).until(() -> levelsReceived(endpoint).contains("RED")
                && deliveries("ticketId=" + yellowTicket + "&status=HELD").size() == 1);
        List<Map<String, Object>> held = deliveries("ticketId=" + yellowTicket + "&status=HELD");
        assertThat(Instant.parse((String) held.get(0).get("dueAt"))).isEqualTo(MONDAY_MORNING);
        assertThat(levelsReceived(endpoint)).containsExactly("RED");

        clock.travelTo(MONDAY_MORNING.minusSeconds(60));
        assertThat(deliveries("ticketId=" + yellowTicket + "&status=HELD")).hasSize(1);
        clock.travelTo(MONDAY_MORNING);
        await().atMost(patience()).until(() -> levelsReceived(endpoint).contains("YELLOW"));
        assertThat(levelsReceived(endpoint)).containsExactly("RED", "YELLOW");
        assertThat(deliveries("ticketId=" + yellowTicket + "&subscriptionId=" + subscription.getString("id")))
                .extracting(d -> d.get("status")).containsExactly("DELIVERED");
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void aYellowRaisedInWorkingHoursOrWithoutTheCalendarsWordGoesAtOnce() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = subscribe(Map.of("name", "值班", "department", "finance", "channel", "WEBHOOK",
                "url", RECEIVER.url(endpoint), "levels", List.of("YELLOW")));
        Instant now = Instant.now();
        UUID during = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        raise(during, alert(UUID.randomUUID(), during, "finance", "CONTACT", "YELLOW", now, now));
        raise(old, alert(UUID.randomUUID(), old, "finance", "CONTACT", "YELLOW", now, null));

        await().atMost(patience()).until(() -> endpoint.requests().size() == 2);
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void aHeldYellowWhoseClockIsClearedBeforeMorningIsNotSent() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = subscribe(Map.of("name", "值班", "department", "industry-it", "channel", "WEBHOOK",
                "url", RECEIVER.url(endpoint)));
        clock.travelTo(FRIDAY_NIGHT);
        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "industry-it", "CONTACT", "YELLOW", FRIDAY_NIGHT,
                MONDAY_MORNING));
        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&status=HELD").size() == 1);
        Instant cleared = FRIDAY_NIGHT.plusSeconds(3600);
        clock.travelTo(cleared);
        raise(ticket, alert(UUID.randomUUID(), ticket, "industry-it", "CONTACT", "GREEN", cleared, MONDAY_MORNING));

        await().atMost(patience()).until(() -> levelsReceived(endpoint).contains("GREEN"));
        assertThat(deliveries("ticketId=" + ticket + "&status=CANCELLED")).extracting(d -> d.get("level"))
                .containsExactly("YELLOW");
        assertThat(levelsReceived(endpoint)).containsExactly("GREEN");
        unsubscribe(subscription.getString("id"));
    }
}
