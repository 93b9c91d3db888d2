-- False when a clock's deadline reached into a year without holiday data (weekends only were counted there).
ALTER TABLE clock ADD COLUMN calendar_complete BOOLEAN NOT NULL DEFAULT TRUE;
