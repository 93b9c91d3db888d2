package org.hotline2110.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.clockChanged;
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
    void aYellowHeldOnFridayNightIsDroppedWhenItsRedFiresOnMondayAtNine() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = subscribe(Map.of("name", "值班", "department", "ecology-environment", "channel", "WEBHOOK",
                "url", RECEIVER.url(endpoint)));
        clock.travelTo(FRIDAY_NIGHT);
        UUID ticket = UUID.randomUUID();
        // the REPLY clock is due at Monday 09:00: the warning comes at night, the deadline as the office opens
        raise(ticket, alert(UUID.randomUUID(), ticket, "ecology-environment", "REPLY", "YELLOW", MONDAY_MORNING, FRIDAY_NIGHT,
                MONDAY_MORNING));
        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&status=HELD").size() == 1);

        clock.travelTo(MONDAY_MORNING);
        raise(ticket, alert(UUID.randomUUID(), ticket, "ecology-environment", "REPLY", "RED", MONDAY_MORNING, MONDAY_MORNING,
                MONDAY_MORNING));

        await().atMost(patience()).until(() -> levelsReceived(endpoint).contains("RED")
                && deliveries("ticketId=" + ticket + "&status=HELD").isEmpty());
        assertThat(deliveries("ticketId=" + ticket + "&subscriptionId=" + subscription.getString("id")))
                .extracting(d -> d.get("level") + " " + d.get("status"))
                .containsExactlyInAnyOrder("YELLOW CANCELLED", "RED DELIVERED");
        assertThat(levelsReceived(endpoint)).containsExactly("RED");
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void aHeldYellowIsDroppedOnceItsClockIsMetCancelledOrGivenADeadlineThatIsNotYellow() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = subscribe(Map.of("name", "值班", "department", "market-regulation", "channel", "WEBHOOK",
                "url", RECEIVER.url(endpoint)));
        clock.travelTo(FRIDAY_NIGHT);
        UUID met = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID extended = UUID.randomUUID();
        UUID stillYellow = UUID.randomUUID();
        for (UUID ticket : List.of(met, cancelled, extended, stillYellow)) {
            raise(ticket, alert(UUID.randomUUID(), ticket, "market-regulation", "RESOLVE", "YELLOW", FRIDAY_NIGHT,
                    MONDAY_MORNING));
        }
        String mine = "&subscriptionId=" + subscription.getString("id");
        await().atMost(patience()).until(() -> deliveries("status=HELD" + mine).size() == 4);

        Instant later = FRIDAY_NIGHT.plusSeconds(600);
        clockChanged(met, "market-regulation", "RESOLVE", "MET", "YELLOW", 1, later);
        // a re-route or an approved return cancels the old lead's clocks
        clockChanged(cancelled, "market-regulation", "RESOLVE", "CANCELLED", "YELLOW", 1, later);
        // an extension moved the deadline: the new one is not within its warning
        clockChanged(extended, "market-regulation", "RESOLVE", "RUNNING", "GREEN", 2, later);
        // a calendar change moved it, but the clock is still past its new warning instant
        clockChanged(stillYellow, "market-regulation", "RESOLVE", "RUNNING", "YELLOW", 2, later);

        await().atMost(patience()).until(() -> deliveries("status=CANCELLED" + mine).size() == 3);
        assertThat(deliveries("status=CANCELLED" + mine)).extracting(d -> d.get("ticketId"))
                .containsExactlyInAnyOrder(met.toString(), cancelled.toString(), extended.toString());
        clock.travelTo(MONDAY_MORNING);
        await().atMost(patience()).until(() -> levelsReceived(endpoint).size() == 1);
        assertThat(endpoint.requests()).extracting(r -> JsonPath.from(r.body()).getString("ticketId"))
                .containsExactly(stillYellow.toString());
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void aHeldYellowIsDroppedWhenARedOvertakesItInTheNight() {
        Endpoint endpoint = RECEIVER.endpoint(0);
        JsonPath subscription = subscribe(Map.of("name", "值班", "department", "water-resources", "channel", "WEBHOOK",
                "url", RECEIVER.url(endpoint)));
        clock.travelTo(FRIDAY_NIGHT);
        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "water-resources", "RESOLVE", "YELLOW", FRIDAY_NIGHT, MONDAY_MORNING));
        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&status=HELD").size() == 1);
        Instant later = FRIDAY_NIGHT.plusSeconds(1800);
        clock.travelTo(later);
        raise(ticket, alert(UUID.randomUUID(), ticket, "water-resources", "RESOLVE", "RED", later, MONDAY_MORNING));

        await().atMost(patience()).until(() -> levelsReceived(endpoint).contains("RED"));
        assertThat(deliveries("ticketId=" + ticket + "&status=CANCELLED")).extracting(d -> d.get("level"))
                .containsExactly("YELLOW");
        clock.travelTo(MONDAY_MORNING);
        UUID marker = UUID.randomUUID();
        raise(marker, alert(UUID.randomUUID(), marker, "water-resources", "CONTACT", "RED", MONDAY_MORNING, MONDAY_MORNING));
        // the worker has passed Monday 09:00 once it delivered this later RED; the YELLOW still did not go
        await().atMost(patience()).until(() -> levelsReceived(endpoint).size() == 2);
        assertThat(levelsReceived(endpoint)).containsExactly("RED", "RED");
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
