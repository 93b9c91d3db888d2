package org.hotline2110.sla.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A row of the judged tickets as {@link TicketFigures}. */
final class TicketRows {

    private TicketRows() {
    }

    static TicketFigures of(ResultSet r) throws SQLException {
        int rounds = r.getInt("resolve_rounds");
        return new TicketFigures(r.getObject("ticket_id", UUID.class), r.getString("ticket_number"),
                r.getString("department"), AssessmentStore.instant(r, "first_assigned_at"), r.getString("demand_type"),
                r.getString("topic"), r.getString("enterprise_name"), r.getString("credit_code"), r.getString("credit_code_override_reason"),
                r.getString("summary"),
                clock(r, "contact"), clock(r, "reply"), clock(r, "resolve"), rounds > 1 ? clock(r, "last") : null,
                rounds, r.getInt("resolve_on_time_count"), r.getInt("resolve_late_count"), r.getInt("late_clocks"),
                r.getBoolean("resolved"), r.getInt("suspended"), r.getInt("extended"), r.getInt("reopened"),
                r.getInt("urged"), r.getString("urging_messages"), r.getInt("rated"), r.getInt("satisfied"),
                r.getInt("dissatisfied"), r.getString("last_satisfaction"));
    }

    private static ClockFigure clock(ResultSet r, String prefix) throws SQLException {
        return new ClockFigure(AssessmentStore.instant(r, prefix + "_started"),
                AssessmentStore.instant(r, prefix + "_deadline"), AssessmentStore.instant(r, prefix + "_met"),
                (Boolean) r.getObject(prefix + "_on_time"));
    }
}
