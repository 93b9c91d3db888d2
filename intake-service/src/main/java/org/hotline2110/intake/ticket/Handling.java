package org.hotline2110.intake.ticket;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.intake.status.TicketProgress;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "办理进度: how the lead department is handling the ticket, from the lifecycle events")
public record Handling(
        @Schema(description = "Assignment number; grows by one with each re-route, 0 before routing", examples = "1") int assignment,
        @Schema(description = "When the current lead department received it", examples = "2026-11-24T02:30:00Z") Instant assignedAt,
        @Schema(description = "When the lead department signed for it (签收)", examples = "2026-11-24T02:40:00Z") Instant signedAt,
        @Schema(description = "When the lead department reached the enterprise", examples = "2026-11-24T03:10:00Z") Instant contactedAt,
        @Schema(description = "When the preliminary reply was given", examples = "2026-11-25T06:00:00Z") Instant repliedAt,
        @Schema(description = "When it was last resolved", examples = "2026-12-01T08:00:00Z") Instant resolvedAt,
        @Schema(description = "When the call-back closed it", examples = "2026-12-02T02:00:00Z") Instant closedAt,
        @Schema(description = "Since when it is suspended, if it is", examples = "2026-11-26T02:00:00Z") Instant suspendedAt,
        @Schema(description = "How many times it has been resolved (a reopened ticket is resolved again)", examples = "1") int resolution,
        @Schema(description = "A request of the lead department waiting for the dispatch centre: RETURN 退单, SUSPENSION 挂起, EXTENSION 延期") ApprovalKind pendingRequest,
        @Schema(description = "Working days of extension granted to the RESOLVE deadline", examples = "0") int extendedDays,
        @Schema(description = "How many times it was urged (督办)", examples = "0") int urgedCount,
        @Schema(description = "When it was last urged", examples = "2026-11-27T01:00:00Z") Instant lastUrgedAt,
        @Schema(description = "How many times it was reopened (重办)", examples = "0") int reopenedCount,
        @Schema(description = "How many returns (退单) were approved", examples = "0") int returnedCount,
        @Schema(description = "The last note a department added to the handling log", examples = "已联系企业，正在核实材料清单") String lastNote) {

    static Handling of(TicketProgress p) {
        return new Handling(p.assignment(), p.assignedAt(), p.signedAt(), p.contactedAt(), p.repliedAt(),
                p.resolvedAt(), p.closedAt(), p.suspendedAt(), p.resolution(), p.pendingRequest(), p.extendedDays(),
                p.urgedCount(), p.lastUrgedAt(), p.reopenedCount(), p.returnedCount(), p.lastNote());
    }
}
