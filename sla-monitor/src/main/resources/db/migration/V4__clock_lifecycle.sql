-- What a clock needs to follow its ticket's lifecycle and to be recomputed when the calendar changes:
-- its deadline is always derived from its start, the policy, the time it spent paused and its extensions.
ALTER TABLE clock ADD COLUMN round INT NOT NULL DEFAULT 1;                 -- RESOLVE runs again after a reopen
ALTER TABLE clock ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE clock ADD COLUMN paused_at TIMESTAMPTZ;                        -- set while suspended
ALTER TABLE clock ADD COLUMN paused_micros BIGINT NOT NULL DEFAULT 0;      -- counted time spent suspended
ALTER TABLE clock ADD COLUMN extension_days INT NOT NULL DEFAULT 0;
ALTER TABLE clock DROP CONSTRAINT clock_ticket_id_assignment_kind_key;
ALTER TABLE clock ADD CONSTRAINT clock_once UNIQUE (ticket_id, assignment, kind, round);
