package org.hotline2110.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Answers {@code GET /api/v1/calendars/default/days?from=&to=} for one day as sla-monitor does: a working day when
 * the test declared it one. While {@link #down(boolean)} it answers 503, as a sla-monitor that isn't ready.
 */
public final class CalendarStub implements AutoCloseable {

    private final HttpServer server;
    private final Set<LocalDate> workingDays = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger asked = new AtomicInteger();

    CalendarStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/calendars/default/days", exchange -> {
            asked.incrementAndGet();
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            LocalDate day = LocalDate.parse(query.replaceAll(".*from=([0-9-]+).*", "$1"));
            byte[] body = """
                    [{"date":"%s","workingDay":%s,"complete":true}]""".formatted(day, workingDays.contains(day))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public void workingDay(LocalDate day) {
        workingDays.add(day);
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    public int asked() {
        return asked.get();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
