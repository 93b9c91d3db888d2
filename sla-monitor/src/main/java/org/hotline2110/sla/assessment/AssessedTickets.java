package org.hotline2110.sla.assessment;

/**
 * The SQL that judges every ticket of a period once, into a temporary table the summary, the ticket sheet and the
 * four lists then read, sorted once and indexed in the order they are listed. Named parameters: {@code :start} and
 * {@code :end} of the period, {@code :as_of} the instant the figures stand at (see {@link NamedInstants}).
 */
final class AssessedTickets {

    private AssessedTickets() {
    }

    static final String CREATE = """
            CREATE TEMP TABLE assessed ON COMMIT DROP AS
            WITH period AS NOT MATERIALIZED (
                SELECT * FROM assessment_ticket
                WHERE first_assigned_at >= :start AND first_assigned_at < :end AND lead_department IS NOT NULL),
            judged AS (
                SELECT c.ticket_id, c.kind, c.round, c.started_at, c.deadline, m.met_at,
                       -- a later RESOLVE round is rare: only then look for a round after it
                       c.kind = 'RESOLVE' AND c.round > 1 AND NOT EXISTS (
                           SELECT 1 FROM clock x WHERE x.ticket_id = c.ticket_id AND x.assignment = c.assignment
                             AND x.kind = 'RESOLVE' AND x.round > c.round AND x.started_at <= :as_of) AS last_round,
                       CASE WHEN m.met_at IS NOT NULL THEN m.met_at <= c.deadline
                            WHEN c.deadline <= LEAST(:as_of, COALESCE(c.paused_at, :as_of)) THEN FALSE END AS on_time
                FROM clock c
                JOIN period p ON p.ticket_id = c.ticket_id AND c.assignment = p.lead_assignment
                CROSS JOIN LATERAL (SELECT CASE WHEN c.met_at <= :as_of THEN c.met_at END AS met_at) m
                -- the dispatch centre's DISPATCH clock is judged on a line of its own (DISPATCH_CENTRE)
                WHERE c.state <> 'CANCELLED' AND c.kind <> 'DISPATCH' AND c.started_at <= :as_of),
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
                    max(started_at) FILTER (WHERE last_round) AS last_started,
                    max(deadline) FILTER (WHERE last_round) AS last_deadline,
                    max(met_at) FILTER (WHERE last_round) AS last_met,
                    bool_and(on_time) FILTER (WHERE last_round) AS last_on_time,
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
                WHERE e.type IN ('TICKET_SUSPENDED', 'TICKET_EXTENDED', 'TICKET_REOPENED', 'TICKET_URGED')
                  AND e.at <= :as_of
                GROUP BY e.ticket_id),
            feedback AS (
                SELECT f.ticket_id, count(*) AS rated,
                    count(*) FILTER (WHERE f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                    count(*) FILTER (WHERE f.satisfaction = 'DISSATISFIED') AS dissatisfied,
                    (array_agg(f.satisfaction ORDER BY f.resolution DESC))[1] AS last_satisfaction
                FROM ticket_feedback f
                JOIN period p ON p.ticket_id = f.ticket_id
                WHERE f.recorded_at <= :as_of
                GROUP BY f.ticket_id)
            SELECT p.ticket_id, p.ticket_number, p.lead_department AS department, p.first_assigned_at,
                   p.demand_type, p.topic, p.enterprise_name, p.credit_code, p.credit_code_override_reason, p.summary,
                   c.*,
                   CASE WHEN c.resolve_rounds > 1 THEN c.last_met ELSE c.resolve_met END IS NOT NULL AS resolved,
                   COALESCE(e.suspended, 0) AS suspended, COALESCE(e.extended, 0) AS extended,
                   COALESCE(e.reopened, 0) AS reopened, COALESCE(e.urged, 0) AS urged, e.urging_messages,
                   COALESCE(f.rated, 0) AS rated, COALESCE(f.satisfied, 0) AS satisfied,
                   COALESCE(f.dissatisfied, 0) AS dissatisfied, f.last_satisfaction
            FROM period p
            LEFT JOIN clocks c ON c.clock_ticket_id = p.ticket_id
            LEFT JOIN events e ON e.ticket_id = p.ticket_id
            LEFT JOIN feedback f ON f.ticket_id = p.ticket_id""";

    /** What an export adds: the tickets stored in the order they are listed. */
    static final String IN_ORDER = " ORDER BY p.lead_department, p.first_assigned_at, p.ticket_number";

    /** Each pass over the tickets reads them in this index's order instead of sorting them again. */
    static final String INDEX = "CREATE INDEX ON assessed (department, first_assigned_at, ticket_number)";

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
            WHERE e.type = 'TICKET_RETURNED' AND t.first_assigned_at >= :start
              AND t.first_assigned_at < :end AND e.at <= :as_of
            GROUP BY e.department""";

    /** The manual queue: every DISPATCH clock started in the period, judged as it stood at {@code :as_of}. */
    static final String DISPATCH_CENTRE = """
            SELECT count(*) AS queued,
                   count(*) FILTER (WHERE met_at <= :as_of) AS routed,
                   count(*) FILTER (WHERE met_at <= :as_of AND met_at <= deadline) AS routed_on_time,
                   count(*) FILTER (WHERE (met_at <= :as_of AND met_at > deadline)
                                       OR ((met_at IS NULL OR met_at > :as_of) AND deadline <= :as_of)) AS late
            FROM clock
            WHERE kind = 'DISPATCH' AND state <> 'CANCELLED'
              AND started_at >= :start AND started_at < :end AND started_at <= :as_of""";

    /** The judged tickets that may meet {@code candidates} (SQL), in the order the export lists them. */
    static String tickets(String candidates) {
        return "SELECT * FROM assessed WHERE " + candidates + " ORDER BY department, first_assigned_at, ticket_number";
    }
}
