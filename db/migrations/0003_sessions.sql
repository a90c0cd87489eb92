-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v3: sosialisasi sessions, the units they invite, and attendance.
-- captured_at is an instant (ISO UTC); screens and paper show it on the region's clock.

CREATE TABLE session (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    period_id   INTEGER NOT NULL REFERENCES election_period (id),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    held_on     TEXT NOT NULL,
    start_time  TEXT,
    end_time    TEXT,
    venue       TEXT NOT NULL DEFAULT '',
    speakers    TEXT NOT NULL DEFAULT '',
    organiser   TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    all_units   INTEGER NOT NULL DEFAULT 1 CHECK (all_units IN (0, 1)),
    closed_at   TEXT,
    voided_at   TEXT,
    void_reason TEXT,
    updated_at  TEXT NOT NULL,
    CHECK (end_time IS NULL OR start_time IS NULL OR end_time >= start_time)
);
CREATE INDEX session_period ON session (period_id, held_on);

-- The invited units when all_units = 0.
CREATE TABLE session_unit (
    session_id INTEGER NOT NULL REFERENCES session (id),
    unit_id    INTEGER NOT NULL REFERENCES work_unit (id),
    PRIMARY KEY (session_id, unit_id)
);

-- One record in use per session and person. An undone check-in is voided, so the person can
-- be checked in again. A walk-in has a NIP and a typed name but no staff row yet.
CREATE TABLE attendance (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL,
    session_id     INTEGER NOT NULL REFERENCES session (id),
    staff_id       INTEGER REFERENCES staff (id),
    walk_in_nip    TEXT CHECK (walk_in_nip IS NULL OR length(walk_in_nip) = 18),
    walk_in_name   TEXT,
    status         TEXT NOT NULL CHECK (status IN ('hadir', 'izin', 'sakit', 'dinas_luar', 'alpa')),
    captured_at    TEXT NOT NULL,
    method         TEXT NOT NULL CHECK (method IN ('desk', 'bulk', 'import')),
    outside_target INTEGER NOT NULL DEFAULT 0 CHECK (outside_target IN (0, 1)),
    voided_at      TEXT,
    void_reason    TEXT,
    updated_at     TEXT NOT NULL,
    CHECK ((staff_id IS NULL) = (walk_in_nip IS NOT NULL)),
    CHECK (walk_in_nip IS NULL OR length(trim(walk_in_name)) > 0)
);
CREATE UNIQUE INDEX attendance_uuid ON attendance (uuid);
CREATE UNIQUE INDEX attendance_session_staff ON attendance (session_id, staff_id)
    WHERE voided_at IS NULL AND staff_id IS NOT NULL;
CREATE UNIQUE INDEX attendance_session_walk_in ON attendance (session_id, walk_in_nip)
    WHERE voided_at IS NULL AND walk_in_nip IS NOT NULL;
-- Compliance counts a person's records over the period's sessions.
CREATE INDEX attendance_staff ON attendance (staff_id, session_id) WHERE voided_at IS NULL;
