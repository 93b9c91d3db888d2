-- What the year-end assessment needs beside the clocks. A ticket belongs to the period of its first assignment and
-- is counted for its current lead department; what the four lists show comes from the ticket as received (never the
-- contact's name or phone).
CREATE TABLE assessment_ticket (
    ticket_id         UUID PRIMARY KEY,
    ticket_number     TEXT,
    received_at       TIMESTAMPTZ,
    demand_type       TEXT,
    topic             TEXT,
    enterprise_name   TEXT,
    credit_code       TEXT,
    summary           TEXT,
    first_assigned_at TIMESTAMPTZ,
    lead_department   TEXT,   -- empty while no department leads it (returned, waiting in the manual queue)
    lead_assignment   INT
);
CREATE INDEX assessment_ticket_period ON assessment_ticket (first_assigned_at);

-- Every lifecycle and feedback event of a ticket, for its timeline report and for the counts of the assessment.
CREATE TABLE ticket_event (
    event_id   TEXT PRIMARY KEY,    -- the CloudEvents id
    ticket_id  UUID        NOT NULL,
    type       TEXT        NOT NULL, -- an EventType name, e.g. TICKET_SUSPENDED
    assignment INT,
    department TEXT,
    at         TIMESTAMPTZ NOT NULL,
    detail     TEXT
);
CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, at);

-- One call-back per resolution; 满意 and 基本满意 count as satisfied.
CREATE TABLE ticket_feedback (
    ticket_id    UUID        NOT NULL,
    resolution   INT         NOT NULL,
    department   TEXT        NOT NULL,
    outcome      TEXT        NOT NULL,
    satisfaction TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, resolution)
);

-- When a clock ended as CANCELLED (an approved return or a re-route); it then belongs to no one.
ALTER TABLE clock ADD COLUMN cancelled_at TIMESTAMPTZ;
