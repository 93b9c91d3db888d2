package org.hotline2110.sla.assessment;

/**
 * The SQL that judges every ticket of a period once, into a temporary table the summary, the ticket sheet and the
 * four lists then read. Parameters: period start, period end, the instant the figures stand at.
 */
final class AssessedTickets {

    private AssessedTickets() {
    }

    static final String CREATE = """
            CREATE TEMP TABLE assessed ON COMMIT DROP AS
            WITH period AS (
                SELECT * FROM assessment_ticket
                WHERE first_assigned_at >= ?::timestamptz AND first_assigned_at < ?::timestamptz
                  AND lead_department IS NOT NULL),
            as_of AS (SELECT ?::timestamptz AS at),
            judged AS (
                SELECT c.ticket_id, c.kind, c.round, c.started_at, c.deadline, m.met_at,
                       CASE WHEN m.met_at IS NOT NULL THEN m.met_at <= c.deadline
                            WHEN c.deadline <= LEAST(a.at, COALESCE(c.paused_at, a.at)) THEN FALSE END AS on_time
                FROM clock c
                JOIN period p ON p.ticket_id = c.ticket_id AND c.assignment = p.lead_assignment
                CROSS JOIN as_of a
                CROSS JOIN LATERAL (SELECT CASE WHEN c.met_at <= a.at THEN c.met_at END AS met_at) m
                WHERE c.state <> 'CANCELLED' AND c.started_at <= a.at),
            clocks AS (
                SELECT ticket_id AS clock_ticket_id,
                    max(started_at) FILTER (WHERE kind = 'CONTACT') AS contact_started,
                    max(deadline) FILTER (WHERE kind = 'CONTACT') AS contact_deadline,
                    max(met_at) FILTER (WHERE kind = 'CONTACT') AS contact_met,
                    bool_and(on_time) FILTER (WHERE kind = 'CONTACT') AS contact_on_time,
                    max(started_at) FILTER (WHERE kind = 'REPLY') AS reply_started,
                    max(deadline) FILTER (WHERE kind = 'REPLY') AS reply_deadline,
                    max(met_at) FILTER (WHERE kind = 'REPLY') AS reply_met,
                    bool_and(on_time) FILTER (WHERE kind = 'REPLY') AS reply_on_time,
                    max(started_at) FILTER (WHERE kind = 'RESOLVE' AND round = 1) AS resolve_started,
                    max(deadline) FILTER (WHERE kind = 'RESOLVE' AND round = 1) AS resolve_deadline,
                    max(met_at) FILTER (WHERE kind = 'RESOLVE' AND round = 1) AS resolve_met,
                    bool_and(on_time) FILTER (WHERE kind = 'RESOLVE' AND round = 1) AS resolve_on_time,
                    max(round) FILTER (WHERE kind = 'RESOLVE') AS resolve_rounds,
                    (array_agg(started_at ORDER BY round DESC) FILTER (WHERE kind = 'RESOLVE'))[1] AS last_started,
                    (array_agg(deadline ORDER BY round DESC) FILTER (WHERE kind = 'RESOLVE'))[1] AS last_deadline,
                    (array_agg(met_at ORDER BY round DESC) FILTER (WHERE kind = 'RESOLVE'))[1] AS last_met,
                    (array_agg(on_time ORDER BY round DESC) FILTER (WHERE kind = 'RESOLVE'))[1] AS last_on_time,
                    count(*) FILTER (WHERE kind = 'RESOLVE' AND on_time) AS resolve_on_time_count,
                    count(*) FILTER (WHERE kind = 'RESOLVE' AND NOT on_time) AS resolve_late_count,
                    count(*) FILTER (WHERE NOT on_time) AS late_clocks
                FROM judged GROUP BY ticket_id),
            events AS (
                SELECT e.ticket_id,
                    count(*) FILTER (WHERE e.type = 'TICKET_SUSPENDED') AS suspended,
                    count(*) FILTER (WHERE e.type = 'TICKET_EXTENDED') AS extended,
                    count(*) FILTER (WHERE e.type = 'TICKET_REOPENED') AS reopened,
                    count(*) FILTER (WHERE e.type = 'TICKET_URGED') AS urged,
                    string_agg(e.detail, '；' ORDER BY e.at) FILTER (WHERE e.type = 'TICKET_URGED') AS urging_messages
                FROM ticket_event e
                JOIN period p ON p.ticket_id = e.ticket_id AND e.assignment = p.lead_assignment
                CROSS JOIN as_of a
                WHERE e.type IN ('TICKET_SUSPENDED', 'TICKET_EXTENDED', 'TICKET_REOPENED', 'TICKET_URGED')
                  AND e.at <= a.at
                GROUP BY e.ticket_id),
            feedback AS (
                SELECT f.ticket_id, count(*) AS rated,
                    count(*) FILTER (WHERE f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                    count(*) FILTER (WHERE f.satisfaction = 'DISSATISFIED') AS dissatisfied,
                    (array_agg(f.satisfaction ORDER BY f.resolution DESC))[1] AS last_satisfaction
                FROM ticket_feedback f
                JOIN period p ON p.ticket_id = f.ticket_id
                CROSS JOIN as_of a
                WHERE f.recorded_at <= a.at
                GROUP BY f.ticket_id)
            SELECT p.ticket_id, p.ticket_number, p.lead_department AS department, p.first_assigned_at,
                   p.demand_type, p.topic, p.enterprise_name, p.credit_code, p.summary, c.*,
                   c.last_met IS NOT NULL AS resolved,
                   COALESCE(e.suspended, 0) AS suspended, COALESCE(e.extended, 0) AS extended,
                   COALESCE(e.reopened, 0) AS reopened, COALESCE(e.urged, 0) AS urged, e.urging_messages,
                   COALESCE(f.rated, 0) AS rated, COALESCE(f.satisfied, 0) AS satisfied,
                   COALESCE(f.dissatisfied, 0) AS dissatisfied, f.last_satisfaction
            FROM period p
            LEFT JOIN clocks c ON c.clock_ticket_id = p.ticket_id
            LEFT JOIN events e ON e.ticket_id = p.ticket_id
            LEFT JOIN feedback f ON f.ticket_id = p.ticket_id""";

    static final String SUMMARY = """
            SELECT department, count(*) AS assigned, count(*) FILTER (WHERE resolved) AS resolved,
                   count(contact_on_time) AS contact_judged, count(*) FILTER (WHERE contact_on_time) AS contact_on_time,
                   count(reply_on_time) AS reply_judged, count(*) FILTER (WHERE reply_on_time) AS reply_on_time,
                   COALESCE(sum(resolve_on_time_count + resolve_late_count), 0) AS resolve_judged,
                   COALESCE(sum(resolve_on_time_count), 0) AS resolve_on_time,
                   sum(rated) AS rated, sum(satisfied) AS satisfied, sum(extended) AS extended,
                   sum(suspended) AS suspended, sum(reopened) AS reopened, sum(urged) AS urged,
                   COALESCE(sum(late_clocks), 0) AS red_alerts
            FROM assessed GROUP BY department""";

    /** Returns count against the department that returned, for tickets of the period. */
    static final String RETURNS = """
            SELECT e.department, count(*) AS returned
            FROM ticket_event e JOIN assessment_ticket t ON t.ticket_id = e.ticket_id
            WHERE e.type = 'TICKET_RETURNED' AND t.first_assigned_at >= ?::timestamptz
              AND t.first_assigned_at < ?::timestamptz AND e.at <= ?::timestamptz
            GROUP BY e.department""";

    static final String TICKETS = "SELECT * FROM assessed WHERE (?::text IS NULL OR department = ?) "
            + "ORDER BY department, first_assigned_at, ticket_number";
}
