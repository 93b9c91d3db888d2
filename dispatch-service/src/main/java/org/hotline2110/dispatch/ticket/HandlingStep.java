package org.hotline2110.dispatch.ticket;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "办理记录: one step in a ticket's handling log")
public record HandlingStep(
        @Schema(description = "When") Instant at,
        @Schema(description = "Who: the user from the token, or 'routing' / 'call-back' for automatic steps") String actor,
        @Schema(description = "The actor's department, for department tokens") String department,
        @Schema(description = "What was done", examples = "CONTACT") String action,
        @Schema(description = "Details in words", examples = "rule R-APPROVALS: lead approval-bureau") String note,
        @Schema(description = "Details as data: contact method and time, attachments, request id, …") Map<String, Object> details) {
}
