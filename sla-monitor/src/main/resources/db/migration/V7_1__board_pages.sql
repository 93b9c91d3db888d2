-- The board's pages: the town or park of each ticket (a filter), and a notification after every commit that changes
-- what the board shows. NOTIFY is delivered only when the transaction commits, to every sla-monitor instance.
ALTER TABLE assessment_ticket ADD COLUMN town TEXT;

CREATE FUNCTION board_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'clock' THEN
        PERFORM pg_notify('hotline_board', NEW.department);
    ELSE
        PERFORM pg_notify('hotline_board', COALESCE(NEW.lead_department, ''));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER clock_board_changed AFTER INSERT OR UPDATE ON clock
    FOR EACH ROW EXECUTE FUNCTION board_changed();
CREATE TRIGGER ticket_board_changed AFTER INSERT OR UPDATE ON assessment_ticket
    FOR EACH ROW EXECUTE FUNCTION board_changed();
