package org.hotline2110.sla.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket of the period as its lead department is assessed on it: its clocks (RESOLVE of the first round and, when
 * reopened, of the last), what was counted, and the call-backs. Every RESOLVE round is judged: {@code resolveOnTime}
 * and {@code resolveLate} count them all.
 */
public record TicketFigures(UUID ticketId, String ticketNumber, String department, Instant firstAssignedAt,
        String demandType, String topic, String enterpriseName, String creditCode, String creditCodeOverrideReason,
        String summary,
        ClockFigure contact, ClockFigure reply, ClockFigure resolve, ClockFigure lastResolve, int resolveRounds,
        int resolveOnTime, int resolveLate, int lateClocks, boolean resolved, int suspended, int extended,
        int reopened, int urged, String urgingMessages, int rated, int satisfied, int dissatisfied,
        String lastSatisfaction) {

    /**
     * 问题清单: late on any clock, rated dissatisfied at a call-back, or logged with a credit code that fails its check
     * (accepted by the operator, with a reason someone may want to verify).
     */
    public boolean isProblem() {
        return lateClocks > 0 || dissatisfied > 0 || creditCodeOverrideReason != null;
    }

    /** 建议清单: the enterprise's demand was a suggestion (demand type {@code suggestion}, 建议). */
    public boolean isSuggestion() {
        return "suggestion".equals(demandType);
    }

    /** 督办清单: urged (督办) at least once. */
    public boolean isUrged() {
        return urged > 0;
    }

    /** 成果清单: resolved, every RESOLVE round on time, and the last call-back satisfied or basically satisfied. */
    public boolean isResult() {
        return resolved && resolveLate == 0
                && ("SATISFIED".equals(lastSatisfaction) || "BASICALLY_SATISFIED".equals(lastSatisfaction));
    }
}
