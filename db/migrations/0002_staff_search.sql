-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2: search as you type over the roster. A trigram index over staff.name_key finds a
-- name fragment anywhere in a million names at once (titles are already out of name_key).
-- The index holds no copy of the text (external content: staff) and triggers keep it in step.

CREATE VIRTUAL TABLE staff_search USING fts5 (
    name_key,
    content = 'staff',
    content_rowid = 'id',
    tokenize = 'trigram',
    detail = 'none'
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

-- The roster's default order, and the kind filter, walk these instead of sorting.
CREATE INDEX staff_kind_name ON staff (kind, name_key);
