-- Each ticket's clocks as a consumer of sla-monitor's alerts and clock events knows them: per clock kind, the newest
-- clock (assignment, round, deadline version), its schedule and the light to show (platform's LightRule).
CREATE TABLE ticket_clock (
    ticket_id        UUID        NOT NULL,
    clock            TEXT        NOT NULL,   -- CONTACT, REPLY, RESOLVE, DISPATCH
    ticket_number    TEXT        NOT NULL,
    department       TEXT        NOT NULL,
    assignment       INT         NOT NULL,
    round            INT         NOT NULL,
    deadline_version INT         NOT NULL,
    state            TEXT,                   -- RUNNING, PAUSED, MET, CANCELLED; null when known from an alert only
    shown            TEXT,                   -- YELLOW, RED, GREEN (met after a warning); null for no light
    started_at       TIMESTAMPTZ,
    warn_at          TIMESTAMPTZ,
    deadline         TIMESTAMPTZ NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, clock)
);

CREATE INDEX ticket_clock_shown ON ticket_clock (department, shown) WHERE shown IS NOT NULL;
