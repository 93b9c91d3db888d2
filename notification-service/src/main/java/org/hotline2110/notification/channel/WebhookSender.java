package org.hotline2110.notification.channel;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.NotificationConfig;
import org.hotline2110.notification.channel.egress.WebhookTargets;
import org.hotline2110.notification.delivery.DueDelivery;
import org.hotline2110.notification.delivery.Outcome;
import org.hotline2110.notification.subscription.Channel;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs the notice's JSON to the subscription's URL, signed. Any 2xx is delivered; anything else is a failed
 * attempt. {@code X-Hotline-Delivery} stays the same on every retry, so a receiver can drop a repeat.
 * <p>
 * The host is resolved and checked by {@link WebhookTargets} on every attempt, and the connection goes to the
 * address checked, never to a second resolution (the Host header and TLS name stay the URL's). An attempt has one
 * deadline for everything (resolution, connection, headers and body): a receiver trickling bytes cannot stretch
 * it. At most {@code max-response-bytes} of the answer are read; past that the connection is closed.
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    private final HttpClient client;
    private final WebhookTargets targets;
    private final Duration deadline;
    private final long maxResponseBytes;
    private final WebhookFailures failures;

    public WebhookSender(Vertx vertx, WebhookTargets targets, NotificationConfig config) {
        this.targets = targets;
        this.deadline = config.delivery().timeout();
        this.maxResponseBytes = config.webhook().maxResponseBytes();
        this.failures = new WebhookFailures(deadline);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) deadline.toMillis())
                // the per-subscription limit is the bulkhead; the pool must not queue one receiver behind another
                .setMaxPoolSize(config.delivery().perSubscription() * 4));
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Uni<Outcome> send(DueDelivery delivery) {
        long started = System.nanoTime();
        if (delivery.secret() == null) {
            return Uni.createFrom().item(Outcome.failed(null, "the signing secret is unreadable", 0));
        }
        URI url = URI.create(delivery.url());
        return targets.resolve(url.getHost())
                .flatMap(address -> post(url, address, delivery))
                .ifNoItem().after(deadline).fail()
                .map(status -> status >= 200 && status < 300
                        ? Outcome.delivered(status, millisSince(started))
                        : Outcome.failed(status, failures.status(status), millisSince(started)))
                .onFailure().recoverWithItem(e -> Outcome.failed(null, failures.reason(e), millisSince(started)));
    }

    /** The status code of the answer, once its body has ended or reached the cap. */
    private Uni<Integer> post(URI url, InetAddress address, DueDelivery delivery) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(url.getHost()).setPort(port).setSsl(https)
                .setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery())
                .setFollowRedirects(false)
                .putHeader(HttpHeaders.USER_AGENT, "hotline2110-notification")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader(WebhookSignature.HEADER,
                        WebhookSignature.header(delivery.secret(), Instant.now().getEpochSecond(), delivery.payload()))
                .putHeader("X-Hotline-Delivery", delivery.id().toString())
                .putHeader("X-Hotline-Event", delivery.kind().name().toLowerCase());
        Buffer body = Buffer.buffer(delivery.payload());
        return Uni.createFrom().emitter(emitter -> {
            AtomicReference<HttpClientRequest> open = new AtomicReference<>();
            AtomicBoolean over = new AtomicBoolean();
            // past the deadline (the subscriber cancels) or on failure: hang up on whatever is still open
            emitter.onTermination(() -> {
                if (over.compareAndSet(false, true) && open.get() != null) {
                    open.get().reset();
                }
            });
            client.request(options).onSuccess(request -> {
                open.set(request);
                if (over.get()) {
                    request.reset();
                    return;
                }
                request.send(body).onSuccess(response -> read(request, response, emitter, over))
                        .onFailure(emitter::fail);
            }).onFailure(emitter::fail);
        });
    }

    private void read(HttpClientRequest request, HttpClientResponse response, UniEmitter<? super Integer> emitter,
            AtomicBoolean over) {
        AtomicLong read = new AtomicLong();
        response.exceptionHandler(emitter::fail);
        response.handler(chunk -> {
            if (read.addAndGet(chunk.length()) > maxResponseBytes && over.compareAndSet(false, true)) {
                // answer first: hanging up fails the response, and the first outcome is the one that counts
                emitter.complete(response.statusCode());
                request.reset();
            }
        });
        response.endHandler(ended -> {
            if (over.compareAndSet(false, true)) {
                emitter.complete(response.statusCode());
            }
        });
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
