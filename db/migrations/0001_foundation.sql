-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v1: work units, staff, assignment history, unit heads, election periods, settings.
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO UTC (YYYY-MM-DDTHH:MM:SSZ). Integer keys
-- are for joins; uuid identifies a record across offices. Records are voided, never deleted.

CREATE TABLE work_unit (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    abbreviation  TEXT,
    kind          TEXT NOT NULL,
    parent_id     INTEGER REFERENCES work_unit (id),
    voided_at     TEXT,
    void_reason   TEXT,
    updated_at    TEXT NOT NULL
);
CREATE INDEX work_unit_parent ON work_unit (parent_id);

-- Staff and assignments keep their unique keys as named indexes (not inline UNIQUE) so that
-- a bulk load can build them by sorting afterwards instead of a million random inserts.
CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL,
    nip           TEXT CHECK (nip IS NULL OR length(nip) = 18),
    internal_id   TEXT,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    front_titles  TEXT NOT NULL DEFAULT '',
    bare_name     TEXT NOT NULL,
    back_titles   TEXT NOT NULL DEFAULT '',
    name_key      TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('PNS', 'PPPK', 'PPPK_PW', 'NON_ASN')),
    sex           TEXT CHECK (sex IN ('L', 'P')),
    birth_date    TEXT,
    grade         TEXT,
    position      TEXT,
    is_official   INTEGER NOT NULL DEFAULT 0 CHECK (is_official IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    inactive_from TEXT,
    voided_at     TEXT,
    void_reason   TEXT,
    updated_at    TEXT NOT NULL,
    CHECK ((kind = 'NON_ASN') = (nip IS NULL)),
    CHECK (nip IS NOT NULL OR internal_id IS NOT NULL)
);
CREATE UNIQUE INDEX staff_uuid ON staff (uuid);
CREATE UNIQUE INDEX staff_nip ON staff (nip);
CREATE UNIQUE INDEX staff_internal_id ON staff (internal_id) WHERE internal_id IS NOT NULL;

-- Riwayat penempatan: a report "as of" a date counts each person in the unit whose
-- [start_date, end_date] holds that date (end_date NULL: still there).
CREATE TABLE assignment (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    unit_id     INTEGER NOT NULL REFERENCES work_unit (id),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    voided_at   TEXT,
    void_reason TEXT,
    updated_at  TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE UNIQUE INDEX assignment_uuid ON assignment (uuid);
CREATE INDEX assignment_staff ON assignment (staff_id, start_date);
CREATE INDEX assignment_unit ON assignment (unit_id, start_date);

-- Kepala perangkat daerah, dated: who signs the unit's pakta integritas.
CREATE TABLE unit_head (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    unit_id     INTEGER NOT NULL REFERENCES work_unit (id),
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    voided_at   TEXT,
    void_reason TEXT,
    updated_at  TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX unit_head_unit ON unit_head (unit_id, start_date);

CREATE TABLE election_period (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('pemilu', 'pilkada')),
    start_date  TEXT NOT NULL,
    voting_day  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT,
    updated_at  TEXT NOT NULL,
    CHECK (start_date <= voting_day AND voting_day <= end_date)
);

CREATE TABLE setting (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
