package org.hotline2110.loadtest.intake;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Closed-loop load: each client sends its next request as soon as the previous one is answered. */
final class Load {

    private final HttpClient http;
    private final int clients;

    Load(HttpClient http, int clients) {
        this.http = http;
        this.clients = clients;
    }

    record Result(int requests, Duration elapsed, long[] nanos) {

        double throughput() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        String latency() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }

    /** Sends {@code total} requests from the clients; any answer but {@code expected} stops the run. */
    Result run(String name, int total, IntFunction<HttpRequest> request, int expected) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - sent;
                        if (response.statusCode() != expected) {
                            throw new IllegalStateException(name + ": answered " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Result result = new Result(total, Duration.ofNanos(System.nanoTime() - start), nanos);
        System.out.printf("  %s: %d requests in %.1f s%n", name, total, result.elapsed().toMillis() / 1000.0);
        return result;
    }
}
