package org.hotline2110.loadtest.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A year (2025) of a large city's tickets written straight into sla-monitor's tables with generate_series, shaped
 * like what its consumers record: one ticket every 31 s over 30 lead departments, each with its three clocks and
 * five timeline events (received, assigned, contacted, replied, resolved); 80% met on time, 15% late, 5% still
 * running and red; 5% reopened (a second RESOLVE round), 2% returned and re-routed (three CANCELLED clocks and a
 * return), 3% suspended, 3% extended, 2% urged; 70% called back (5 satisfied, 1 basically, 1 dissatisfied in 7).
 */
final class AssessmentData {

    private static final String DEPARTMENTS = """
            ARRAY['approval-bureau','market-regulation','natural-resources','housing-construction','tax',
                  'human-resources','ecology-environment','commerce','development-reform','industry-it','finance',
                  'public-security','law-enforcement','transport','water-resources','power-utility','water-utility',
                  'xinqiao-town','jinhua-street','dongfeng-town','nanshan-town','beiyuan-street','xiyuan-street',
                  'hightech-park','economic-park','riverside-town','lakeside-town','hillside-town','port-park','airport-park']""";

    private static final String TICKETS = """
            INSERT INTO assessment_ticket (ticket_id, ticket_number, received_at, demand_type, topic, enterprise_name,
                                           credit_code, summary, first_assigned_at, lead_department, lead_assignment)
            SELECT md5('t' || i)::uuid, 'L25-' || lpad(i::text, 7, '0'), at - interval '5 minutes',
                   (ARRAY['consultation','help','complaint','report','suggestion'])[1 + i % 5],
                   (ARRAY['policy-fulfilment','approvals','financing','land-energy','inspections','bidding',
                          'property-rights','talent','utilities','arrears'])[1 + i % 10],
                   '负载测试企业' || (i % 50000) || '有限公司', '91330782MA28C1X705',
                   '企业诉求：厂房消防验收材料反复退回，请求一次性告知所需材料（' || i || '）',
                   at, ({departments})[1 + (i * 7) % 30], CASE WHEN i % 50 = 0 THEN 2 ELSE 1 END
            FROM generate_series(1, ?) AS i,
                 LATERAL (SELECT timestamptz '2025-01-01 01:00+00' + i * interval '31 seconds' AS at) AS t""";

    /** The lead's clocks; offsets in minutes from the lead's start by outcome (i % 20: 0..15 on time, 16..18 late, 19 running). */
    private static final String CLOCKS = """
            INSERT INTO clock (id, ticket_id, ticket_number, department, assignment, kind, round, urgent, started_at,
                               deadline, warn_at, state, light, met_at)
            SELECT gen_random_uuid(), t.ticket_id, t.ticket_number, t.lead_department, t.lead_assignment, k.kind, k.round,
                   FALSE, s.start + k.offset_start, s.start + k.offset_start + k.length,
                   s.start + k.offset_start + k.length * 0.75,
                   CASE WHEN n % 20 = 19 AND (k.kind = 'RESOLVE') THEN 'RUNNING' ELSE 'MET' END,
                   CASE WHEN n % 20 >= 16 THEN 'RED' ELSE 'GREEN' END,
                   CASE WHEN n % 20 = 19 AND k.kind = 'RESOLVE' THEN NULL
                        WHEN n % 20 >= 16 THEN s.start + k.offset_start + k.length * 1.3
                        ELSE s.start + k.offset_start + k.length * 0.6 END
            FROM assessment_ticket t
            CROSS JOIN LATERAL (SELECT substr(t.ticket_number, 5)::int AS n,
                                       t.first_assigned_at + CASE WHEN t.lead_assignment = 2 THEN interval '10 minutes'
                                                                  ELSE interval '0' END AS start) AS s
            CROSS JOIN LATERAL (VALUES ('CONTACT', 1, interval '0', interval '2 hours'),
                                       ('REPLY', 1, interval '0', interval '1 day'),
                                       ('RESOLVE', 1, interval '0', interval '14 days'),
                                       ('RESOLVE', 2, interval '10 days', interval '14 days'))
                               AS k (kind, round, offset_start, length)
            WHERE k.round = 1 OR s.n % 20 = 7""";

    private static final String RETURNED_CLOCKS = """
            INSERT INTO clock (id, ticket_id, ticket_number, department, assignment, kind, round, urgent, started_at,
                               deadline, warn_at, state, light, cancelled_at)
            SELECT gen_random_uuid(), t.ticket_id, t.ticket_number, ({departments})[1 + (n * 7 + 1) % 30], 1, k.kind, 1, FALSE,
                   t.first_assigned_at, t.first_assigned_at + k.length, t.first_assigned_at + k.length * 0.75,
                   'CANCELLED', 'GREEN', t.first_assigned_at + interval '5 minutes'
            FROM assessment_ticket t
            CROSS JOIN LATERAL (SELECT substr(t.ticket_number, 5)::int AS n) AS s
            CROSS JOIN (VALUES ('CONTACT', interval '2 hours'), ('REPLY', interval '1 day'),
                               ('RESOLVE', interval '14 days')) AS k (kind, length)
            WHERE t.lead_assignment = 2""";

    private static final String EVENTS = """
            INSERT INTO ticket_event (event_id, ticket_id, type, assignment, department, at, detail)
            SELECT md5(t.ticket_number || e.type), t.ticket_id, e.type, t.lead_assignment,
                   CASE WHEN e.type = 'TICKET_RETURNED' THEN ({departments})[1 + (n * 7 + 1) % 30] ELSE t.lead_department END,
                   t.first_assigned_at + e.after,
                   CASE WHEN e.type = 'TICKET_URGED' THEN '请加快办理，按时答复企业' END
            FROM assessment_ticket t
            CROSS JOIN LATERAL (SELECT substr(t.ticket_number, 5)::int AS n) AS s
            CROSS JOIN (VALUES ('TICKET_RECEIVED', interval '-5 minutes', 1, 0), ('TICKET_ASSIGNED', interval '0', 1, 0),
                               ('TICKET_CONTACTED', interval '1 hour', 1, 0), ('TICKET_REPLIED', interval '14 hours', 1, 0),
                               ('TICKET_RESOLVED', interval '8 days', 1, 0), ('TICKET_SUSPENDED', interval '2 days', 33, 0),
                               ('TICKET_EXTENDED', interval '5 days', 31, 0), ('TICKET_URGED', interval '3 days', 50, 3),
                               ('TICKET_REOPENED', interval '10 days', 20, 7), ('TICKET_RETURNED', interval '5 minutes', 50, 0))
                 AS e (type, after, every, remainder)
            WHERE s.n % e.every = e.remainder""";

    private static final String FEEDBACK = """
            INSERT INTO ticket_feedback (ticket_id, resolution, department, outcome, satisfaction, recorded_at)
            SELECT t.ticket_id, r.resolution, t.lead_department, 'RESOLVED',
                   (ARRAY['SATISFIED','SATISFIED','SATISFIED','SATISFIED','SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])
                       [1 + (n + r.resolution) % 7],
                   t.first_assigned_at + r.after
            FROM assessment_ticket t
            CROSS JOIN LATERAL (SELECT substr(t.ticket_number, 5)::int AS n) AS s
            CROSS JOIN (VALUES (1, interval '9 days'), (2, interval '21 days')) AS r (resolution, after)
            WHERE s.n % 10 < 7 AND (r.resolution = 1 OR s.n % 20 = 7)""";

    private AssessmentData() {
    }

    /** Writes {@code tickets} tickets and everything recorded about them; answers the rows written per table. */
    static String fill(Connection connection, int tickets) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Statement session = connection.createStatement()) {
            session.execute("SET synchronous_commit = off");
        }
        try (PreparedStatement insert = connection.prepareStatement(TICKETS.replace("{departments}", DEPARTMENTS))) {
            insert.setInt(1, tickets);
            rows.append("tickets ").append(insert.executeUpdate());
        }
        rows.append(", clocks ").append(update(connection, CLOCKS.replace("{departments}", DEPARTMENTS))
                + update(connection, RETURNED_CLOCKS.replace("{departments}", DEPARTMENTS)));
        rows.append(", events ").append(update(connection, EVENTS.replace("{departments}", DEPARTMENTS)));
        rows.append(", call-backs ").append(update(connection, FEEDBACK));
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
        }
        return rows.toString();
    }

    static long tickets(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
                java.sql.ResultSet rows = count.executeQuery("SELECT count(*) FROM assessment_ticket")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
