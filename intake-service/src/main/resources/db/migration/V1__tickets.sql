-- Tickets as the operator logged them. Contact person and phone live here and nowhere else in the system.

CREATE SEQUENCE ticket_number_seq;

CREATE TABLE ticket (
    id                   UUID PRIMARY KEY,
    number               TEXT        NOT NULL UNIQUE,
    received_at          TIMESTAMPTZ NOT NULL,
    received_by          TEXT        NOT NULL,
    channel              TEXT        NOT NULL,
    demand_type          TEXT        NOT NULL,
    topic                TEXT        NOT NULL,
    urgency              TEXT        NOT NULL,
    town                 TEXT        NOT NULL,
    address              TEXT,
    enterprise_name      TEXT        NOT NULL,
    credit_code          TEXT        NOT NULL,
    credit_code_override BOOLEAN     NOT NULL,
    contact_name         TEXT        NOT NULL,
    contact_phone        TEXT        NOT NULL,
    summary              TEXT        NOT NULL,
    description          TEXT        NOT NULL,
    -- read model of the lifecycle, fed by hotline.ticket.lifecycle.v1
    status               TEXT        NOT NULL,
    lead_department      TEXT,
    status_changed_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX ticket_credit_code ON ticket (credit_code);
CREATE INDEX ticket_received_at ON ticket (received_at);
