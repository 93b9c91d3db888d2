-- Routing rules live here once the service has started (seeded from seeds/routing-rules.json), so the dispatch
-- centre can change them without a release; every change is kept.

CREATE TABLE routing_rule (
    id         TEXT PRIMARY KEY,
    position   INT         NOT NULL,
    rule       JSONB       NOT NULL,
    version    INT         NOT NULL DEFAULT 1,
    updated_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE routing_rule_history (
    id         BIGSERIAL PRIMARY KEY,
    rule_id    TEXT        NOT NULL,
    version    INT         NOT NULL,
    change     TEXT        NOT NULL,
    rule       JSONB,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX routing_rule_history_rule ON routing_rule_history (rule_id, id);
