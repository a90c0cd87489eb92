-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2: search as you type over the roster. A trigram index over staff.name_key finds a
-- name fragment anywhere in a million names at once (titles are already out of name_key).
-- It keeps no copy of the names (external content: staff); triggers keep it in step.
-- detail=full because substring queries of more than three letters are phrase queries.

CREATE VIRTUAL TABLE staff_search USING fts5 (
    name_key,
    content = 'staff',
    content_rowid = 'id',
    tokenize = 'trigram',
    columnsize = 0 -- no ranking is done, so the per-row sizes are not kept
);

INSERT INTO staff_search (staff_search) VALUES ('rebuild');

CREATE TRIGGER staff_search_insert AFTER INSERT ON staff BEGIN
    INSERT INTO staff_search (rowid, name_key) VALUES (new.id, new.name_key);
END;

CREATE TRIGGER staff_search_delete AFTER DELETE ON staff BEGIN
    INSERT INTO staff_search (staff_search, rowid, name_key) VALUES ('delete', old.id, old.name_key);
END;

CREATE TRIGGER staff_search_update AFTER UPDATE OF name_key ON staff BEGIN
    INSERT INTO staff_search (staff_search, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    INSERT INTO staff_search (rowid, name_key) VALUES (new.id, new.name_key);
END;

-- The roster's orders over the records in use: walking these instead of sorting a million
-- rows keeps the Pegawai table's first rows, and every later window, immediate.
CREATE INDEX staff_roster_name ON staff (name_key) WHERE voided_at IS NULL;
CREATE INDEX staff_roster_kind ON staff (kind, name_key) WHERE voided_at IS NULL;
