-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v7: the compliance thresholds of each election period (DOMAIN.md §11). A period
-- without a row uses the defaults (ikrar 95 %, attendance 80 %, failing below 70 %, one
-- session), so the defaults stay in one place: ComplianceThresholds in app/core.
CREATE TABLE compliance_threshold (
    period_id      INTEGER PRIMARY KEY REFERENCES election_period (id),
    ikrar_pct      INTEGER NOT NULL CHECK (ikrar_pct BETWEEN 0 AND 100),
    attendance_pct INTEGER NOT NULL CHECK (attendance_pct BETWEEN 0 AND 100),
    fail_below_pct INTEGER NOT NULL CHECK (fail_below_pct BETWEEN 0 AND 100),
    min_sessions   INTEGER NOT NULL CHECK (min_sessions >= 1),
    updated_at     TEXT NOT NULL
);

-- Who attended is counted per person over the period's sessions, the people taken in staff
-- order: an index that also holds the status answers from itself, in order, without the rows.
-- It replaces the narrower index on (staff_id, session_id), which it covers.
DROP INDEX attendance_staff;
CREATE INDEX attendance_staff ON attendance (staff_id, session_id, status) WHERE voided_at IS NULL;
