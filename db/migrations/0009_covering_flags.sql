-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9: the compliance figures answer each person's ikrar and attendance from indexes
-- alone.

-- The figures look up every active person's pledge and attendance. The partial indexes on
-- (staff_id, period_id) and (staff_id, session_id, status) sent each lookup on to the row for
-- the kind, the signing date or the void mark; these hold every column the lookups test, so
-- a million lookups read no row. They serve every query the narrower ones served.
DROP INDEX pledge_staff;
CREATE INDEX pledge_staff ON pledge (staff_id, period_id, kind, signed_on, voided_at);
DROP INDEX attendance_staff;
CREATE INDEX attendance_staff ON attendance (staff_id, session_id, status, voided_at);
