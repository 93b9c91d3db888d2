package org.hotline2110.notification.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One person may hold a few live streams (tabs of the live page), not any number: past the cap a new one is refused
 * with 429 and Retry-After, while another person opens theirs; a stream closed frees its place.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class AlertStreamCapTest {

    private static final int CAP = 5;

    @TestHTTPResource("/api/v1/alerts/stream")
    URI live;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCallerPastTheCapIsRefusedAndAnotherIsNot() throws Exception {
        String zhang = DevStackTestResource.token("supervisor", null, "张三");
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                HttpResponse<InputStream> stream = open(zhang);
                open.add(stream);
                assertThat(stream.statusCode()).isEqualTo(200);
            }
            HttpResponse<InputStream> refused = open(zhang);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            refused.body().close();

            HttpResponse<InputStream> li = open(DevStackTestResource.token("supervisor", null, "李四"));
            assertThat(li.statusCode()).isEqualTo(200);
            open.add(li);
        } finally {
            for (HttpResponse<InputStream> stream : open) {
                stream.body().close();
            }
        }
    }

    private HttpResponse<InputStream> open(String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(live).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
