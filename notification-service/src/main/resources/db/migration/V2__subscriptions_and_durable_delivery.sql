-- Subscriptions say who gets which alerts on which channel; each delivery becomes a durable work item that a
-- worker claims when due, retries with backoff and ends DELIVERED, DEAD or CANCELLED. Every attempt is logged.

CREATE TABLE subscription (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    owner       TEXT        NOT NULL,            -- the supervisor who created it; SSE streams are per owner
    department  TEXT,                            -- lead department it follows; NULL: every department
    levels      TEXT[]      NOT NULL,
    clocks      TEXT[]      NOT NULL,
    urging      BOOLEAN     NOT NULL,
    digest      BOOLEAN     NOT NULL,
    channel     TEXT        NOT NULL,            -- WEBHOOK, EMAIL, SSE
    url         TEXT,
    email       TEXT,
    secret      TEXT,                            -- HMAC key of a webhook
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX subscription_active ON subscription (department) WHERE active;

-- A delivery is one alert, urging or digest (its source) to one recipient: the department's inbox
-- (supervisors:<department>) or a subscription (subscription:<id>). UNIQUE (source_id, recipient) stays the key,
-- so a redelivered or replayed event never makes a second delivery.
ALTER TABLE delivery RENAME COLUMN alert_id TO source_id;
ALTER TABLE delivery
    ADD COLUMN kind            TEXT NOT NULL DEFAULT 'ALERT',   -- ALERT, URGING, DIGEST
    ADD COLUMN subscription_id UUID REFERENCES subscription (id),
    ADD COLUMN payload         TEXT,                             -- the JSON body a webhook receives, verbatim
    ADD COLUMN due_at          TIMESTAMPTZ,                      -- when it was first due (YELLOW: working hours)
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN attempts        INT  NOT NULL DEFAULT 0,
    ADD COLUMN last_error      TEXT,
    ADD COLUMN created_at      TIMESTAMPTZ,
    ALTER COLUMN ticket_id DROP NOT NULL,
    ALTER COLUMN ticket_number DROP NOT NULL,
    ALTER COLUMN department DROP NOT NULL,
    ALTER COLUMN clock DROP NOT NULL,
    ALTER COLUMN level DROP NOT NULL,
    ALTER COLUMN deadline DROP NOT NULL;
ALTER TABLE delivery ALTER COLUMN kind DROP DEFAULT;
UPDATE delivery SET due_at = raised_at, created_at = raised_at;
ALTER TABLE delivery ALTER COLUMN created_at SET NOT NULL;

-- What the worker claims: open deliveries by due time.
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('HELD', 'PENDING', 'RETRYING');
CREATE INDEX delivery_status ON delivery (status, raised_at);

CREATE TABLE delivery_attempt (
    id           BIGSERIAL PRIMARY KEY,
    delivery_id  UUID        NOT NULL REFERENCES delivery (id),
    attempt      INT         NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    succeeded    BOOLEAN     NOT NULL,
    status_code  INT,
    error        TEXT,
    duration_ms  BIGINT      NOT NULL,
    UNIQUE (delivery_id, attempt)
);

-- The latest light of each clock of each ticket, from the alerts: the morning digest lists the red ones.
CREATE TABLE ticket_light (
    ticket_id     UUID        NOT NULL,
    clock         TEXT        NOT NULL,
    ticket_number TEXT        NOT NULL,
    department    TEXT        NOT NULL,
    level         TEXT        NOT NULL,
    deadline      TIMESTAMPTZ NOT NULL,
    raised_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, clock)
);

CREATE INDEX ticket_light_red ON ticket_light (department) WHERE level = 'RED';

-- One row per day the digest was composed, so that instances and retries send it once.
CREATE TABLE digest_run (
    day         DATE PRIMARY KEY,
    working_day BOOLEAN     NOT NULL,
    composed_at TIMESTAMPTZ NOT NULL
);
