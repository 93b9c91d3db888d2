-- Who read a contact's name or phone in clear, when, on which ticket and through what (PIPL: access to personal
-- information is accounted for), queried by admins.
CREATE TABLE contact_access (
    id          BIGSERIAL PRIMARY KEY,
    ticket_id   UUID        NOT NULL REFERENCES ticket (id),
    read_by     TEXT        NOT NULL,
    reader_name TEXT        NOT NULL,
    read_at     TIMESTAMPTZ NOT NULL,
    what        TEXT        NOT NULL
);

CREATE INDEX contact_access_ticket ON contact_access (ticket_id, read_at DESC);
CREATE INDEX contact_access_reader ON contact_access (read_by, read_at DESC);
CREATE INDEX contact_access_read_at ON contact_access (read_at DESC);

-- A retention period after a ticket closed its contact's name and phone are erased (those of its repeat calls too);
-- the ticket, its number, enterprise, figures and events stay. contact_erased_at says when.
ALTER TABLE ticket
    ALTER COLUMN contact_name DROP NOT NULL,
    ALTER COLUMN contact_phone DROP NOT NULL,
    ADD COLUMN contact_erased_at TIMESTAMPTZ;

ALTER TABLE ticket_call
    ALTER COLUMN contact_name DROP NOT NULL,
    ALTER COLUMN contact_phone DROP NOT NULL;

CREATE INDEX ticket_contact_due ON ticket (closed_at) WHERE status = 'CLOSED' AND contact_erased_at IS NULL;
