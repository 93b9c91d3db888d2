-- Lights now live in ticket_clock (platform's db/lights), kept from alerts and clock events by one rule. The lights
-- known so far move there as clocks of an unnamed assignment (0), below any clock sla-monitor names from now on.
INSERT INTO ticket_clock (ticket_id, clock, ticket_number, department, assignment, round, deadline_version, state,
                          shown, deadline, changed_at)
SELECT ticket_id, clock, ticket_number, department, 0, 0, 1, CASE WHEN level = 'GREEN' THEN 'MET' END, level,
       deadline, raised_at
FROM ticket_light
ON CONFLICT (ticket_id, clock) DO NOTHING;

DROP TABLE ticket_light;
