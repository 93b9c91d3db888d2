-- The status is dispatch-service's state as its events announce it: intake no longer works out where a suspended
-- ticket resumes, and a returned ticket is in the manual queue (or with its new lead) as dispatch says.
UPDATE ticket SET status = 'PENDING_DISPATCH' WHERE status = 'RETURNED';
ALTER TABLE ticket DROP COLUMN status_before_suspension;

-- Lights now live in ticket_clock (platform's db/lights), kept from alerts and clock events by one rule. The current
-- lead's lights known so far move there as clocks of the ticket's assignment, so any later word takes over.
INSERT INTO ticket_clock (ticket_id, clock, ticket_number, department, assignment, round, deadline_version, state,
                          shown, deadline, changed_at)
SELECT l.ticket_id, l.clock, t.number, l.department, t.assignment, 1, l.deadline_version,
       CASE WHEN l.level = 'GREEN' THEN 'MET' END, l.level, l.deadline, l.raised_at
FROM ticket_light l JOIN ticket t ON t.id = l.ticket_id AND t.lead_department = l.department
ON CONFLICT (ticket_id, clock) DO NOTHING;

DROP TABLE ticket_light;
