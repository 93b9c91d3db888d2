-- Lights now live in ticket_clock (platform's db/lights), kept from alerts and clock events by one rule. The lights
-- known so far move there as clocks of the ticket's current assignment, first round and first deadline version, so
-- any later word of sla-monitor about them takes over; DISPATCH ones as the assignment the ticket waits for.
INSERT INTO ticket_clock (ticket_id, clock, ticket_number, department, assignment, round, deadline_version, state,
                          shown, deadline, changed_at)
SELECT l.ticket_id, l.clock, t.number, l.department,
       CASE WHEN l.clock = 'DISPATCH' THEN t.assignment + 1 ELSE t.assignment END, 1, 1,
       CASE WHEN l.level = 'GREEN' THEN 'MET' END, l.level, l.deadline, l.raised_at
FROM clock_light l JOIN ticket t ON t.id = l.ticket_id
ON CONFLICT (ticket_id, clock) DO NOTHING;

DROP TABLE clock_light;
