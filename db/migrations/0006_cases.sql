-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v6: violation cases, their history, and the catalogue they are recorded against.
-- The catalogue (SKB 2022 kinds, PP 94/2021 sanctions, report sources, the statuses and the
-- steps between them) is reference data: the tab-separated files of db/reference, loaded by
-- the "load-reference" lines below, so that a later revision of the catalogue is a new file
-- and one more line in a later migration, not code.

CREATE TABLE sanction_class (
    code       TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL
);
INSERT INTO sanction_class (code, sort_order) VALUES
    ('moral', 10), ('ringan', 20), ('sedang', 30), ('berat', 40), ('ptdh', 50);

CREATE TABLE violation_kind (
    code           TEXT PRIMARY KEY,
    label          TEXT NOT NULL,
    sanction_class TEXT REFERENCES sanction_class (code), -- the usual class; NULL: none proposed
    sort_order     INTEGER NOT NULL
);

CREATE TABLE sanction_kind (
    code           TEXT PRIMARY KEY,
    label          TEXT NOT NULL,
    sanction_class TEXT NOT NULL REFERENCES sanction_class (code),
    applies_pns    INTEGER NOT NULL CHECK (applies_pns IN (0, 1)),
    applies_pppk   INTEGER NOT NULL CHECK (applies_pppk IN (0, 1)),
    sort_order     INTEGER NOT NULL
);

CREATE TABLE report_source (
    code       TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE case_status (
    code       TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE case_transition (
    from_status TEXT NOT NULL REFERENCES case_status (code),
    to_status   TEXT NOT NULL REFERENCES case_status (code),
    PRIMARY KEY (from_status, to_status)
);

-- load-reference: reference/violation_kinds.tsv into violation_kind
-- load-reference: reference/sanction_kinds.tsv into sanction_kind
-- load-reference: reference/report_sources.tsv into report_source
-- load-reference: reference/case_statuses.tsv into case_status
-- load-reference: reference/case_transitions.tsv into case_transition

-- One case per reported act of one person. `status` and `status_date` repeat the latest
-- step of case_step so that lists need no history walk; the history is the truth for any
-- earlier date.
CREATE TABLE violation_case (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    staff_id     INTEGER NOT NULL REFERENCES staff (id),
    period_id    INTEGER NOT NULL REFERENCES election_period (id),
    kind_code    TEXT NOT NULL REFERENCES violation_kind (code),
    act_date     TEXT NOT NULL,
    source_code  TEXT NOT NULL REFERENCES report_source (code),
    external_no  TEXT NOT NULL DEFAULT '',   -- Bawaslu's register number, a letter, a link
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL REFERENCES case_status (code),
    status_date  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL DEFAULT '',
    voided_at    TEXT,
    void_reason  TEXT,
    updated_at   TEXT NOT NULL
);
CREATE INDEX violation_case_period ON violation_case (period_id, status) WHERE voided_at IS NULL;
CREATE INDEX violation_case_staff ON violation_case (staff_id) WHERE voided_at IS NULL;

-- Every step of a case, the first ('dilaporkan', dated on the act) included. What a step
-- carries depends on where it leads: a recommendation's issuer, letter and proposed sanction
-- (step_date: the day it was received, which starts the follow-up deadline); a sanction's
-- decree number and sanction; the reason for a sanction outside the kind's usual class.
CREATE TABLE case_step (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    case_id         INTEGER NOT NULL REFERENCES violation_case (id),
    status          TEXT NOT NULL REFERENCES case_status (code),
    step_date       TEXT NOT NULL,
    body            TEXT NOT NULL DEFAULT '',
    letter_no       TEXT NOT NULL DEFAULT '',
    letter_date     TEXT,
    sanction_code   TEXT REFERENCES sanction_kind (code),
    mismatch_reason TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX case_step_case ON case_step (case_id, step_date, id);

CREATE TABLE case_document (
    case_id     INTEGER NOT NULL REFERENCES violation_case (id),
    document_id INTEGER NOT NULL REFERENCES document (id),
    PRIMARY KEY (case_id, document_id)
);
