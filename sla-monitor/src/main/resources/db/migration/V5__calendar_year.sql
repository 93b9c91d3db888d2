-- Holiday years loaded by an administrator; they override the seed data and reach every instance.
CREATE TABLE calendar_year (
    calendar  TEXT        NOT NULL,
    year      INT         NOT NULL,
    days      TEXT        NOT NULL,   -- {"holidays": [...], "makeupWorkdays": [...]} as uploaded
    loaded_at TIMESTAMPTZ NOT NULL,
    loaded_by TEXT        NOT NULL,
    PRIMARY KEY (calendar, year)
);
