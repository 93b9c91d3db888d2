-- Every delivery of an alert to a recipient. One alert reaches one recipient at most once.

CREATE TABLE delivery (
    id            UUID PRIMARY KEY,
    alert_id      UUID        NOT NULL,
    recipient     TEXT        NOT NULL,
    channel       TEXT        NOT NULL,
    ticket_id     UUID        NOT NULL,
    ticket_number TEXT        NOT NULL,
    department    TEXT        NOT NULL,
    clock         TEXT        NOT NULL,
    level         TEXT        NOT NULL,
    deadline      TIMESTAMPTZ NOT NULL,
    raised_at     TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL,
    delivered_at  TIMESTAMPTZ,
    UNIQUE (alert_id, recipient)
);

CREATE INDEX delivery_ticket ON delivery (ticket_id);
CREATE INDEX delivery_department ON delivery (department, raised_at);
