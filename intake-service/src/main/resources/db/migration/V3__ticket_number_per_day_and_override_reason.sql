-- Ticket numbers count per Shanghai day instead of from one sequence, whose six digits ran out at the millionth
-- ticket. Numbers already issued stay as they are: each day's count goes on from the highest number of that day.
CREATE TABLE ticket_number_day (
    day         DATE PRIMARY KEY,
    last_number BIGINT NOT NULL
);

INSERT INTO ticket_number_day (day, last_number)
SELECT to_date(split_part(number, '-', 1), 'YYYYMMDD'), max(split_part(number, '-', 2)::bigint)
FROM ticket
GROUP BY 1;

DROP SEQUENCE ticket_number_seq;

-- An operator who accepts a credit code that fails its check character says why.
ALTER TABLE ticket ADD COLUMN credit_code_override_reason TEXT;
