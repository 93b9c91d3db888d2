package org.hotline2110.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver for webhooks. Each endpoint has its own path and records every request; it answers 500 to
 * the first {@code failures} requests (forever, with {@link #NEVER}), then 204. It listens on {@link #ALLOWED}, the
 * loopback address the test profile allows webhooks to reach, unless told another.
 */
public final class WebhookReceiver implements AutoCloseable {

    public static final int NEVER = Integer.MAX_VALUE;
    /** The test profile's {@code hotline.notification.webhook.allowed-networks} is this address alone. */
    public static final String ALLOWED = "127.0.0.2";

    private final HttpServer server;
    private final String address;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    public WebhookReceiver() {
        this(ALLOWED);
    }

    public WebhookReceiver(String address) {
        this.address = address;
        try {
            server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Endpoint endpoint = endpoints.get(exchange.getRequestURI().getPath());
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 404;
            if (endpoint != null) {
                endpoint.requests.add(new Request(exchange.getRequestHeaders().getFirst("X-Hotline-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Hotline-Delivery"),
                        exchange.getRequestHeaders().getFirst("X-Hotline-Event"),
                        exchange.getRequestHeaders().getFirst("Host"),
                        new String(body, StandardCharsets.UTF_8)));
                status = endpoint.served.incrementAndGet() <= endpoint.failures ? 500 : 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public Endpoint endpoint(int failures) {
        Endpoint endpoint = new Endpoint("/hook/" + UUID.randomUUID(), failures);
        endpoints.put(endpoint.path, endpoint);
        return endpoint;
    }

    public String url(Endpoint endpoint) {
        return url(address, endpoint);
    }

    /** The endpoint's URL under another host name, which the test's DNS may point at this receiver. */
    public String url(String host, Endpoint endpoint) {
        return "http://" + host + ":" + port() + endpoint.path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static final class Endpoint {
        private final String path;
        private final int failures;
        private final AtomicInteger served = new AtomicInteger();
        private final List<Request> requests = new CopyOnWriteArrayList<>();

        Endpoint(String path, int failures) {
            this.path = path;
            this.failures = failures;
        }

        public List<Request> requests() {
            return List.copyOf(requests);
        }

        /** The requests answered 2xx: what the receiver accepted. */
        public List<Request> accepted() {
            List<Request> all = requests();
            return all.subList(Math.min(failures, all.size()), all.size());
        }
    }

    public record Request(String signature, String deliveryId, String event, String host, String body) {
    }
}
