package org.hotline2110.loadtest.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/** The service's Prometheus page at one moment; two of them give the mean of a timer over the time between. */
final class ServerMetrics {

    private final List<String> lines;

    private ServerMetrics(List<String> lines) {
        this.lines = lines;
    }

    static ServerMetrics scrape(HttpClient http, String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new ServerMetrics(page.lines().filter(l -> !l.startsWith("#")).toList());
    }

    /** Mean milliseconds of timer {@code name} (series with every label given) since {@code before}. */
    double meanMillis(String name, ServerMetrics before, String... labels) {
        double seconds = sum(name + "_sum", labels) - before.sum(name + "_sum", labels);
        double count = sum(name + "_count", labels) - before.sum(name + "_count", labels);
        return count == 0 ? Double.NaN : seconds / count * 1000;
    }

    private double sum(String series, String... labels) {
        return lines.stream()
                .filter(l -> l.startsWith(series + "{") || l.startsWith(series + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
