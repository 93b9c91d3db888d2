-- Clocks are durable: every deadline lives here, so a restart loses none and fires what fell due meanwhile.

CREATE TABLE clock (
    id               UUID PRIMARY KEY,
    ticket_id        UUID        NOT NULL,
    ticket_number    TEXT        NOT NULL,
    department       TEXT        NOT NULL,
    assignment       INT         NOT NULL,
    kind             TEXT        NOT NULL,   -- CONTACT, REPLY, RESOLVE
    started_at       TIMESTAMPTZ NOT NULL,
    deadline         TIMESTAMPTZ NOT NULL,
    warn_at          TIMESTAMPTZ NOT NULL,
    deadline_version INT         NOT NULL DEFAULT 1,
    state            TEXT        NOT NULL,   -- RUNNING, MET, CANCELLED
    light            TEXT        NOT NULL,   -- GREEN, YELLOW, RED
    met_at           TIMESTAMPTZ,
    UNIQUE (ticket_id, assignment, kind)
);

CREATE INDEX clock_ticket ON clock (ticket_id);
-- what the scheduler looks for: running clocks not yet red, by deadline
CREATE INDEX clock_due_red ON clock (deadline) WHERE state = 'RUNNING' AND light <> 'RED';

-- One row per alert ever raised; the unique key makes a second firing of the same alert impossible.
CREATE TABLE alert (
    id               UUID PRIMARY KEY,
    clock_id         UUID        NOT NULL REFERENCES clock (id),
    level            TEXT        NOT NULL,
    deadline_version INT         NOT NULL,
    deadline         TIMESTAMPTZ NOT NULL,
    raised_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (clock_id, level, deadline_version)
);
