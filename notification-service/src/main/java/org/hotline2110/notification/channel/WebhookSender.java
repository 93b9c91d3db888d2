package org.hotline2110.notification.channel;

import java.time.Instant;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.NotificationConfig;
import org.hotline2110.notification.delivery.DueDelivery;
import org.hotline2110.notification.delivery.Outcome;
import org.hotline2110.notification.subscription.Channel;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * POSTs the notice's JSON to the subscription's URL, signed. Any 2xx is delivered; anything else, a timeout or
 * a refused connection is a failed attempt. {@code X-Hotline-Delivery} stays the same on every retry, so a
 * receiver can drop a repeat.
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    private final WebClient client;
    private final long timeoutMillis;

    public WebhookSender(Vertx vertx, NotificationConfig config) {
        this.timeoutMillis = config.delivery().timeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeoutMillis)
                .setFollowRedirects(false)
                .setUserAgent("hotline2110-notification"));
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Uni<Outcome> send(DueDelivery delivery) {
        long started = System.nanoTime();
        long timestamp = Instant.now().getEpochSecond();
        return client.postAbs(delivery.url())
                .timeout(timeoutMillis)
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json; charset=utf-8")
                .putHeader(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), timestamp, delivery.payload()))
                .putHeader("X-Hotline-Delivery", delivery.id().toString())
                .putHeader("X-Hotline-Event", delivery.kind().name().toLowerCase())
                .sendBuffer(Buffer.buffer(delivery.payload()))
                .map(response -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    int status = response.statusCode();
                    return status >= 200 && status < 300
                            ? Outcome.delivered(status, millis)
                            : Outcome.failed(status, "receiver answered " + status, millis);
                })
                .onFailure().recoverWithItem(e -> Outcome.failed(null, e.toString(),
                        (System.nanoTime() - started) / 1_000_000));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
