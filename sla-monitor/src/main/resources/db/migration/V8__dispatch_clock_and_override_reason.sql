-- The problem list names tickets logged with a credit code that fails its check, with the operator's reason.
ALTER TABLE assessment_ticket ADD COLUMN credit_code_override_reason TEXT;

-- The dispatch centre's line of the assessment reads DISPATCH clocks by when they started.
CREATE INDEX clock_dispatch_started ON clock (started_at) WHERE kind = 'DISPATCH';
