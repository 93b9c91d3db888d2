package org.hotline2110.notification.channel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.supervisor;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.ScriptedResolver;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Webhooks reach no internal address (loopback, link-local, private, unique-local...) unless allow-listed; the test
 * profile allows {@link WebhookReceiver#ALLOWED} alone. The check is made at subscription time and again on the
 * address of every attempt.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class WebhookTargetTest {

    private static final String PATH = "/api/v1/subscriptions";
    /** What the attempt log says of a refused target, whatever the address: no hint of what listens there. */
    private static final String REFUSED = "refused: the target's address is not allowed";

    /** Listens on 127.0.0.1, which the test profile does not allow. */
    private static final WebhookReceiver LOOPBACK = new WebhookReceiver("127.0.0.1");
    private static final WebhookReceiver ALLOWED = new WebhookReceiver();

    @Inject
    ScriptedResolver dns;

    @AfterAll
    static void stopReceivers() {
        LOOPBACK.close();
        ALLOWED.close();
    }

    private static void refused(String url) {
        String name = "ssrf " + UUID.randomUUID();
        Response response = given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "department", "shanhou-town", "levels", List.of("GREEN"),
                        "clocks", List.of("DISPATCH"), "channel", "WEBHOOK", "url", url))
                .when().post(PATH);
        if (response.statusCode() == 201) {
            unsubscribe(response.jsonPath().getString("id"));
        }
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hotline2110.org/problems/invalid-request"))
                .body("errors.field", hasItem("url"));
        assertThat(given().header("Authorization", supervisor()).when().get(PATH + "?size=500&department=shanhou-town")
                .then().statusCode(200).extract().jsonPath().getList("name")).doesNotContain(name);
    }

    @Test
    void loopbackAddressesAreRefused() {
        refused(LOOPBACK.url(LOOPBACK.endpoint(0)));
        refused("http://[::1]:8094/hook");
        refused("http://127.0.0.3/hook");
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefused() {
        refused("http://localhost:" + LOOPBACK.port() + "/hook");
    }

    @Test
    void theCloudMetadataAddressIsRefused() {
        refused("http://169.254.169.254/latest/meta-data/iam/security-credentials/");
        refused("http://[fe80::1]/hook");
    }

    @Test
    void privateSharedAndOtherInternalAddressesAreRefused() {
        for (String host : List.of("10.0.0.5", "172.16.3.4", "172.31.255.1", "192.168.1.10", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "[fd12:3456::1]", "[::]", "[::ffff:10.0.0.5]")) {
            refused("http://" + host + "/hook");
        }
    }

    @Test
    void aNameThatRebindsToLoopbackAfterSubscribingIsRefusedOnTheAttempt() {
        Endpoint endpoint = LOOPBACK.endpoint(0);
        // public when subscribing, then 127.0.0.1 where a receiver does listen, as a rebinding DNS server answers
        dns.script("localhost", "203.0.113.7", "127.0.0.1");
        JsonPath subscription;
        try {
            subscription = subscribe(Map.of("name", "rebinding", "department", "transport", "levels", List.of("RED"),
                    "channel", "WEBHOOK", "url", LOOPBACK.url("localhost", endpoint)));
            UUID ticket = UUID.randomUUID();
            raise(ticket, alert(UUID.randomUUID(), ticket, "transport", "CONTACT", "RED", Instant.now(), null));

            await().atMost(patience()).until(() -> !deliveries("ticketId=" + ticket + "&status=DEAD").isEmpty());
        } finally {
            dns.forget("localhost");
        }
        Map<String, Object> dead = deliveries("subscriptionId=" + subscription.getString("id")).get(0);
        assertThat(dead.get("lastError")).isEqualTo(REFUSED);
        List<Map<String, Object>> attempts = given().header("Authorization", supervisor())
                .when().get("/api/v1/deliveries/" + dead.get("id") + "/attempts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(attempts).hasSize(5).extracting(a -> a.get("error")).containsOnly(REFUSED);
        assertThat(attempts).extracting(a -> a.get("statusCode")).containsOnlyNulls();
        assertThat(endpoint.requests()).isEmpty();
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void anAllowListedAddressIsReachedAndANameIsPinnedToTheAddressChecked() {
        Endpoint byAddress = ALLOWED.endpoint(0);
        Endpoint byName = ALLOWED.endpoint(0);
        // a name no real DNS knows: the call can only reach the receiver through the address checked
        dns.script("hooks.intranet.example", WebhookReceiver.ALLOWED);
        try {
            JsonPath first = subscribe(Map.of("name", "intranet", "department", "law-enforcement",
                    "levels", List.of("RED"), "channel", "WEBHOOK", "url", ALLOWED.url(byAddress)));
            JsonPath second = subscribe(Map.of("name", "intranet by name", "department", "law-enforcement",
                    "levels", List.of("RED"), "channel", "WEBHOOK",
                    "url", ALLOWED.url("hooks.intranet.example", byName)));
            UUID ticket = UUID.randomUUID();
            raise(ticket, alert(UUID.randomUUID(), ticket, "law-enforcement", "REPLY", "RED", Instant.now(), null));

            await().atMost(patience()).until(() -> !byAddress.accepted().isEmpty() && !byName.accepted().isEmpty());
            assertThat(byName.requests().get(0).host()).isEqualTo("hooks.intranet.example:" + ALLOWED.port());
            unsubscribe(first.getString("id"));
            unsubscribe(second.getString("id"));
        } finally {
            dns.forget("hooks.intranet.example");
        }
    }
}
