package org.hotline2110.notification.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A subscription. The webhook secret is shown once, in the answer that created it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        UUID id,
        String name,
        @Schema(description = "The supervisor who created it; an SSE subscription feeds this supervisor's stream") String owner,
        @JsonIgnore @Schema(hidden = true) String ownerSubject,
        @Schema(description = "Lead department followed; absent: every department") String department,
        Set<AlertLevel> levels,
        Set<Clock> clocks,
        boolean urging,
        boolean digest,
        Channel channel,
        @Schema(description = "The whole URL for its owner; scheme and host only for anyone else (robot URLs carry "
                + "their token)") String url,
        String email,
        @Schema(description = "HMAC-SHA256 key of the X-Hotline-Signature header; only when just created") String secret,
        boolean active,
        Instant createdAt) {

    public Subscription withoutSecret() {
        return new Subscription(id, name, owner, ownerSubject, department, levels, clocks, urging, digest, channel, url,
                email, null, active, createdAt);
    }

    public boolean ownedBy(String subject) {
        return ownerSubject != null && ownerSubject.equals(subject);
    }

    /** As {@code subject} may see it: whole for its owner, the URL cut to scheme, host and port for anyone else. */
    public Subscription seenBy(String subject) {
        if (ownedBy(subject) || url == null) {
            return this;
        }
        return new Subscription(id, name, owner, ownerSubject, department, levels, clocks, urging, digest, channel,
                origin(url), email, secret, active, createdAt);
    }

    private static String origin(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "");
        } catch (URISyntaxException | NullPointerException e) {
            return null;
        }
    }
}
