package org.hotline2110.e2e.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A webhook receiver as a supervisor's system would run one: it accepts every POST and remembers it, per path. */
final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, List<Received>> byPath = new ConcurrentHashMap<>();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String alertId = JSON.readTree(body).path("alertId").asText();
            byPath.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                    .add(new Received(exchange.getRequestHeaders().getFirst("X-Hotline-Delivery"), alertId,
                            System.currentTimeMillis()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received(String path) {
        return List.copyOf(byPath.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    record Received(String deliveryId, String alertId, long atMillis) {
    }
}
