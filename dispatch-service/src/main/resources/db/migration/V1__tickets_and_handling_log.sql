-- Tickets as dispatch knows them (no personal data in clear) and the handling log of every step.

CREATE TABLE ticket (
    id                    UUID PRIMARY KEY,
    number                TEXT        NOT NULL UNIQUE,
    received_at           TIMESTAMPTZ NOT NULL,
    channel               TEXT        NOT NULL,
    demand_type           TEXT        NOT NULL,
    topic                 TEXT        NOT NULL,
    urgency               TEXT        NOT NULL,
    town                  TEXT        NOT NULL,
    enterprise_name       TEXT        NOT NULL,
    credit_code           TEXT        NOT NULL,
    contact_phone_masked  TEXT        NOT NULL,
    summary               TEXT        NOT NULL,
    state                 TEXT        NOT NULL,
    lead_department       TEXT,
    assisting_departments TEXT[]      NOT NULL DEFAULT '{}',
    assignment            INT         NOT NULL DEFAULT 0,
    rule_id               TEXT,
    assigned_at           TIMESTAMPTZ,
    version               INT         NOT NULL DEFAULT 0
);

CREATE INDEX ticket_lead_state ON ticket (lead_department, state);

CREATE TABLE handling_log (
    id        BIGSERIAL PRIMARY KEY,
    ticket_id UUID        NOT NULL REFERENCES ticket (id),
    at        TIMESTAMPTZ NOT NULL,
    actor     TEXT        NOT NULL,
    action    TEXT        NOT NULL,
    note      TEXT
);

CREATE INDEX handling_log_ticket ON handling_log (ticket_id, id);
