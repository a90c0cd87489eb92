-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v4: evidence documents and pledges (ikrar netralitas, pakta integritas).
-- A document is stored once, by the SHA-256 of its bytes, inside the database, so that a
-- backup is one file; many pledges (a unit's collective sheet) may point at one document.

CREATE TABLE document (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    sha256        TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    media_type    TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size          INTEGER NOT NULL CHECK (size > 0 AND size <= 20971520),
    original_name TEXT NOT NULL DEFAULT '',
    content       BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- At most one pledge in use of a kind per person and period; a correction voids and re-records.
CREATE TABLE pledge (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('ikrar', 'pakta')),
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    period_id   INTEGER NOT NULL REFERENCES election_period (id),
    signed_on   TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    session_id  INTEGER REFERENCES session (id),
    document_id INTEGER REFERENCES document (id),
    recorded_by TEXT NOT NULL DEFAULT '',
    voided_at   TEXT,
    void_reason TEXT,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX pledge_once ON pledge (period_id, kind, staff_id) WHERE voided_at IS NULL;
CREATE INDEX pledge_staff ON pledge (staff_id, period_id) WHERE voided_at IS NULL;
CREATE INDEX pledge_document ON pledge (document_id) WHERE document_id IS NOT NULL;
