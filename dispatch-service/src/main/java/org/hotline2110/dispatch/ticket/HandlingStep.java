package org.hotline2110.dispatch.ticket;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "办理记录: one step in a ticket's handling log")
public record HandlingStep(
        @Schema(description = "When") Instant at,
        @Schema(description = "Who: a user, or 'routing' for automatic routing") String actor,
        @Schema(description = "What was done", examples = "ASSIGNED") String action,
        @Schema(description = "Details", examples = "rule R-APPROVALS: lead approval-bureau") String note) {
}
