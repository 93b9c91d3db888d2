package org.hotline2110.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.hotline2110.notification.support.WebhookReceiver;
import org.hotline2110.notification.support.WebhookReceiver.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** A webhook's signing secret is stored encrypted: a copy of the database gives no one the key to forge alerts. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class SecretAtRestTest {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    Pool pool;

    @Inject
    PlaintextSecrets plaintextSecrets;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private String stored(UUID id) {
        return pool.preparedQuery("SELECT secret FROM subscription WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getString("secret");
    }

    @Test
    void theStoredSecretIsNotThePlaintext() {
        JsonPath created = subscribe(Map.of("name", "加密", "department", "hexi-town", "levels", List.of("GREEN"),
                "channel", "WEBHOOK", "url", "https://oa.example.gov.cn/hooks/2110"));
        String secret = created.getString("secret");

        String column = stored(UUID.fromString(created.getString("id")));
        assertThat(column).isNotNull().isNotEqualTo(secret).doesNotContain(secret)
                .doesNotContain(secret.substring(0, 16)).startsWith("v1:");
        unsubscribe(created.getString("id"));
    }

    @Test
    void aSecretStoredInPlaintextBeforeIsEncryptedAndStillSigns() throws Exception {
        Endpoint endpoint = RECEIVER.endpoint(0);
        UUID id = UUID.randomUUID();
        String secret = "a-secret-from-before-encryption";
        pool.preparedQuery("""
                        INSERT INTO subscription (id, name, owner, owner_subject, department, levels, clocks, urging,
                                                  digest, channel, url, secret, active, created_at)
                        VALUES ($1, 'legacy', 'supervisor', 'supervisor', 'hexi-town', '{RED}',
                                '{CONTACT,REPLY,RESOLVE,DISPATCH}', FALSE, FALSE, 'WEBHOOK', $2, $3, TRUE, $4)""")
                .execute(Tuple.of(id, RECEIVER.url(endpoint), secret, OffsetDateTime.now()))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(plaintextSecrets.encryptAll().await().atMost(Duration.ofSeconds(10))).isPositive();
        assertThat(stored(id)).startsWith("v1:").doesNotContain(secret);

        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "hexi-town", "REPLY", "RED", Instant.now(), null));
        await().atMost(patience()).until(() -> !endpoint.requests().isEmpty());
        WebhookReceiver.Request request = endpoint.requests().get(0);
        String t = request.signature().split(",")[0].substring("t=".length());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(request.signature()).endsWith(",v1=" + HexFormat.of()
                .formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8))));
        unsubscribe(id.toString());
    }
}
