-- What an operator needs to answer a calling enterprise: the read model of the whole lifecycle, the lights, the
-- call-backs, the repeat calls linked to an open ticket, and the idempotency keys of ticket creation.

ALTER TABLE ticket
    ADD COLUMN assignment               INT     NOT NULL DEFAULT 0,
    ADD COLUMN assisting_departments    TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN status_before_suspension TEXT,
    ADD COLUMN assigned_at              TIMESTAMPTZ,
    ADD COLUMN signed_at                TIMESTAMPTZ,
    ADD COLUMN contacted_at             TIMESTAMPTZ,
    ADD COLUMN replied_at               TIMESTAMPTZ,
    ADD COLUMN resolved_at              TIMESTAMPTZ,
    ADD COLUMN suspended_at             TIMESTAMPTZ,
    ADD COLUMN closed_at                TIMESTAMPTZ,
    -- resolutions so far: a reopened ticket is resolved, and called back, again
    ADD COLUMN resolution               INT     NOT NULL DEFAULT 0,
    ADD COLUMN pending_request          TEXT,
    ADD COLUMN extended_days            INT     NOT NULL DEFAULT 0,
    ADD COLUMN urged_count              INT     NOT NULL DEFAULT 0,
    ADD COLUMN last_urged_at            TIMESTAMPTZ,
    ADD COLUMN reopened_count           INT     NOT NULL DEFAULT 0,
    ADD COLUMN returned_count           INT     NOT NULL DEFAULT 0,
    ADD COLUMN last_note                TEXT,
    ADD COLUMN linked_calls             INT     NOT NULL DEFAULT 0;

CREATE INDEX ticket_open_matter ON ticket (credit_code, topic) WHERE status <> 'CLOSED';
CREATE INDEX ticket_lead_department ON ticket (lead_department);
CREATE INDEX ticket_status ON ticket (status);

-- One row per (caller, key): the same key with the same body answers the same ticket.
CREATE TABLE idempotency_key (
    caller       TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    ticket_id    UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, key)
);

-- The latest light of each clock, per department (a re-routed ticket's old lights are kept apart).
CREATE TABLE ticket_light (
    ticket_id        UUID        NOT NULL REFERENCES ticket (id),
    clock            TEXT        NOT NULL,
    department       TEXT        NOT NULL,
    level            TEXT        NOT NULL,
    deadline         TIMESTAMPTZ NOT NULL,
    deadline_version INT         NOT NULL,
    raised_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, clock, department)
);

-- Call-back (回访): once per resolution, enforced by the key.
CREATE TABLE ticket_callback (
    ticket_id       UUID        NOT NULL REFERENCES ticket (id),
    resolution      INT         NOT NULL,
    lead_department TEXT,
    outcome         TEXT        NOT NULL,
    satisfaction    TEXT        NOT NULL,
    note            TEXT,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, resolution)
);

-- Repeat calls (重复件) about a matter already open: counted on the ticket, never dispatched again.
CREATE TABLE ticket_call (
    id            UUID PRIMARY KEY,
    ticket_id     UUID        NOT NULL REFERENCES ticket (id),
    received_at   TIMESTAMPTZ NOT NULL,
    received_by   TEXT        NOT NULL,
    channel       TEXT        NOT NULL,
    contact_name  TEXT        NOT NULL,
    contact_phone TEXT        NOT NULL,
    note          TEXT
);

CREATE INDEX ticket_call_ticket ON ticket_call (ticket_id, received_at);
