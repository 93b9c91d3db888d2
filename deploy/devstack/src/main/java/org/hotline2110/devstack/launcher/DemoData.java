package org.hotline2110.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads seeds/demo-tickets.json through intake's public API, once per state directory, so a fresh stack has
 * something to look at and the data took the same path (validation, outbox, events) as real calls.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    /** Posts each element of the array in {@code seeds} to {@code ticketsUrl}; quietly nothing without a seeds file. */
    static void loadOnce(Path seeds, Path marker, String ticketsUrl, String operatorToken, PrintStream out) {
        if (!Files.exists(seeds) || Files.exists(marker)) {
            return;
        }
        try {
            JsonNode tickets = JSON.readTree(seeds.toFile());
            if (!tickets.isArray()) {
                throw new IllegalStateException(seeds + " must hold a JSON array of tickets");
            }
            int accepted = 0;
            for (JsonNode ticket : tickets) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ticketsUrl))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + operatorToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(ticket), StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    accepted++;
                } else {
                    out.println("  demo ticket rejected (" + response.statusCode() + "): " + response.body());
                }
            }
            // Marked even when some were rejected: a second try would duplicate the accepted ones.
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Instant.now() + " accepted " + accepted + " of " + tickets.size() + "\n");
            out.println("Loaded " + accepted + " of " + tickets.size() + " demo tickets from " + seeds.getFileName() + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load demo data from " + seeds, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo data", e);
        }
    }
}
