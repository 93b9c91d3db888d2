package org.hotline2110.notification.subscription;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

@Schema(description = "Who gets which alerts, on which channel")
public record SubscriptionRequest(
        @Schema(description = "A name people recognise", examples = "督查室值班邮箱") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Lead department to follow (seeds/departments.json); absent: every department")
        @Size(max = 64) String department,
        @Schema(description = "Alert levels to receive; absent: RED, YELLOW and GREEN") @Size(max = 3) Set<AlertLevel> levels,
        @Schema(description = "Clocks to receive; absent: all three") @Size(max = 3) Set<Clock> clocks,
        @Schema(description = "Also receive urging (督办) of the department's tickets") Boolean urging,
        @Schema(description = "Also receive the working-day 08:30 digest of red tickets") Boolean digest,
        @Schema(description = "WEBHOOK, EMAIL or SSE") @NotNull Channel channel,
        @Schema(description = "WEBHOOK only: the http(s) URL that receives a signed POST") @Size(max = 2000) String url,
        @Schema(description = "EMAIL only: the address") @Email @Size(max = 254) String email) {
}
