-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5: who is active in one unit on a day, and who of them signed, answered from indexes alone:
-- a unit's people are scattered over the staff, assignment and pledge tables, and visiting
-- their rows one by one is what made a large unit's unsigned list slow.
CREATE INDEX assignment_unit_span ON assignment (unit_id, start_date, end_date, staff_id) WHERE voided_at IS NULL;
CREATE INDEX staff_asn ON staff (id, kind, inactive_from) WHERE voided_at IS NULL;
CREATE INDEX pledge_signed ON pledge (period_id, kind, staff_id, signed_on) WHERE voided_at IS NULL;
CREATE INDEX staff_official ON staff (id) WHERE is_official = 1 AND voided_at IS NULL;
