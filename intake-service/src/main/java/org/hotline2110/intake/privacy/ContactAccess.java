package org.hotline2110.intake.privacy;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reading of a ticket's contact name and phone in clear")
public record ContactAccess(
        @Schema(description = "The ticket whose contact was read", examples = "6f1c1f3e-8a4b-4c0d-9e2f-1a2b3c4d5e6f") UUID ticketId,
        @Schema(description = "Who read it: the token's subject", examples = "operator/张三") String readBy,
        @Schema(description = "Their name, as the token gives it", examples = "张三") String readerName,
        @Schema(description = "When", examples = "2026-11-25T01:00:00Z") Instant readAt,
        @Schema(description = "Through what") ContactRead what) {
}
