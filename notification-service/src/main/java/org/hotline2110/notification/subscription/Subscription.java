package org.hotline2110.notification.subscription;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A subscription. The webhook secret is shown once, in the answer that created it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        UUID id,
        String name,
        @Schema(description = "The supervisor who created it; an SSE subscription feeds this supervisor's stream") String owner,
        @Schema(description = "Lead department followed; absent: every department") String department,
        Set<AlertLevel> levels,
        Set<Clock> clocks,
        boolean urging,
        boolean digest,
        Channel channel,
        String url,
        String email,
        @Schema(description = "HMAC-SHA256 key of the X-Hotline-Signature header; only when just created") String secret,
        boolean active,
        Instant createdAt) {

    public Subscription withoutSecret() {
        return new Subscription(id, name, owner, department, levels, clocks, urging, digest, channel, url, email,
                null, active, createdAt);
    }
}
