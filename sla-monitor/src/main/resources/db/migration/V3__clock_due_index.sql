-- What the alert scheduler looks for: running clocks not yet red, by their next threshold.
DROP INDEX clock_due_red;
CREATE INDEX clock_due ON clock (warn_at) WHERE state = 'RUNNING' AND light <> 'RED';
