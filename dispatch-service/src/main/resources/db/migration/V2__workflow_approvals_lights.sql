-- The department workbench and the dispatch centre: the states past ASSIGNED, requests awaiting approval, and the
-- lights sla-monitor announces.

ALTER TABLE ticket
    ADD COLUMN suspended_from     TEXT,
    ADD COLUMN extensions_granted INT  NOT NULL DEFAULT 0,
    ADD COLUMN urged              INT  NOT NULL DEFAULT 0,
    ADD COLUMN satisfaction       TEXT,
    ADD COLUMN updated_at         TIMESTAMPTZ;

CREATE INDEX ticket_state ON ticket (state);

ALTER TABLE handling_log
    ADD COLUMN department TEXT,
    ADD COLUMN details    JSONB;

-- Returns, suspensions and extensions a lead department asked for; at most one open per ticket.
CREATE TABLE approval_request (
    id                 UUID PRIMARY KEY,
    ticket_id          UUID        NOT NULL REFERENCES ticket (id),
    assignment         INT         NOT NULL,
    department         TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    reason             TEXT        NOT NULL,
    working_days       INT,
    expected_resume_at TIMESTAMPTZ,
    requested_by       TEXT        NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    status             TEXT        NOT NULL DEFAULT 'PENDING',
    decided_by         TEXT,
    decided_at         TIMESTAMPTZ,
    decision_note      TEXT
);

CREATE UNIQUE INDEX approval_request_one_pending ON approval_request (ticket_id) WHERE status = 'PENDING';
CREATE INDEX approval_request_pending ON approval_request (requested_at) WHERE status = 'PENDING';

-- The latest light of each clock of a ticket's current lead, as sla-monitor raised it.
CREATE TABLE clock_light (
    ticket_id  UUID        NOT NULL REFERENCES ticket (id),
    clock      TEXT        NOT NULL,
    department TEXT        NOT NULL,
    level      TEXT        NOT NULL,
    deadline   TIMESTAMPTZ NOT NULL,
    raised_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, clock)
);
