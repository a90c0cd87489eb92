-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9: whether a person signed or attended is answered from indexes alone.

-- The compliance figures look up every active person's pledge and attendance, in staff
-- order; the pledges owed by one unit are looked up for its people, whose ids are scattered.
-- The partial indexes before these sent each match on to its row for the void mark (a column
-- only named in an index's WHERE is not read from the index); these hold every column the
-- lookups test, so a million lookups read no row. They serve every query the narrower ones
-- served.
DROP INDEX pledge_staff;
CREATE INDEX pledge_staff ON pledge (staff_id, period_id, kind, signed_on, voided_at);
DROP INDEX pledge_signed;
CREATE INDEX pledge_signed ON pledge (period_id, kind, staff_id, signed_on, voided_at);
DROP INDEX attendance_staff;
CREATE INDEX attendance_staff ON attendance (staff_id, session_id, status, voided_at);
DROP INDEX assignment_unit_span;
CREATE INDEX assignment_unit_span ON assignment (unit_id, start_date, end_date, staff_id, voided_at);
