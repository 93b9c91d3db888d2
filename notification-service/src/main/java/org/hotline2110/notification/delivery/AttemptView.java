package org.hotline2110.notification.delivery;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One attempt at a delivery")
public record AttemptView(int attempt, Instant attemptedAt, boolean succeeded,
        @Schema(description = "The receiver's HTTP status, when it answered") Integer statusCode,
        @Schema(description = "Why it failed, or a note") String error,
        long durationMs) {
}
