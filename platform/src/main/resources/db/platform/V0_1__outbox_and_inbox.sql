-- Shared by every service: the outbox (events written in the same transaction as the change they announce)
-- and the inbox (ids of events already applied, written in the same transaction as their effect).

CREATE TABLE outbox_event (
    position     BIGSERIAL PRIMARY KEY,          -- publish order
    event_id     UUID        NOT NULL UNIQUE,    -- CloudEvents ce_id
    event_type   TEXT        NOT NULL,           -- CloudEvents ce_type
    topic        TEXT        NOT NULL,
    record_key   TEXT        NOT NULL,           -- the ticket id
    payload      TEXT        NOT NULL,           -- the JSON body exactly as published
    occurred_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;

CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
