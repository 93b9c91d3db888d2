-- The next threshold of a running clock: a green one's warning, a yellow one's deadline. Indexed, so claiming due
-- clocks reads only those due, however many yellow RESOLVE clocks wait days for their deadline.
ALTER TABLE clock ADD COLUMN next_due TIMESTAMPTZ
    GENERATED ALWAYS AS (CASE WHEN light = 'GREEN' THEN warn_at ELSE deadline END) STORED;
CREATE INDEX clock_next_due ON clock (next_due) WHERE state = 'RUNNING' AND light <> 'RED';
