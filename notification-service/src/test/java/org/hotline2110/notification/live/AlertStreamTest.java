package org.hotline2110.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.supervisor;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class AlertStreamTest {

    @TestHTTPResource("/api/v1/alerts/stream")
    URL stream;

    @Test
    void aSupervisorsLivePageReceivesTheAlertsOfTheirSseSubscriptions() {
        JsonPath subscription = subscribe(Map.of("name", "实时看板", "department", "water-resources",
                "levels", List.of("RED"), "channel", "SSE"));
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> open = client.sendAsync(
                HttpRequest.newBuilder(URI.create(stream.toString())).header("Authorization", supervisor())
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reading = open.thenAccept(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            response.body().forEach(lines::add);
        });
        try {
            await().atMost(patience()).until(open::isDone);
            UUID ticket = UUID.randomUUID();
            UUID yellowTicket = UUID.randomUUID();
            raise(yellowTicket, alert(UUID.randomUUID(), yellowTicket, "water-resources", "REPLY", "YELLOW",
                    Instant.now(), null));
            raise(ticket, alert(UUID.randomUUID(), ticket, "water-resources", "REPLY", "RED", Instant.now(), null));

            await().atMost(patience()).until(() -> lines.stream().anyMatch(l -> l.contains(ticket.toString())));
            String event = lines.stream().filter(l -> l.contains(ticket.toString())).findFirst().orElseThrow();
            JsonPath data = JsonPath.from(event.substring(event.indexOf('{')));
            assertThat(data.getString("kind")).isEqualTo("ALERT");
            assertThat(data.getString("notice.level")).isEqualTo("RED");
            assertThat(data.getString("notice.departmentName")).isEqualTo("水利局");
            assertThat(lines).noneMatch(l -> l.contains(yellowTicket.toString()));
        } finally {
            reading.cancel(true);
            open.thenAccept(response -> response.body().close());
            unsubscribe(subscription.getString("id"));
        }
    }
}
