-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v10: the trigram search index hands out a fragment's matches in name order.

-- The Pegawai page shows the first 200 matches of a name fragment in name order. With the
-- index keyed by staff id, a fragment that matches thousands of names all sorting late (every
-- "Rahmawati ...") had either every match sorted or most of the name index walked. Now each
-- index entry's rowid is (bucket << 32) | staff id, where a bucket is a run of people in name
-- order, named by the smallest name key in it (when placed, one bucket per name key; people
-- added later join the bucket of the key before theirs): the index returns matches bucket
-- by bucket in name order, and the first 200 are among the first few buckets read.
-- A bucket only moves when StaffSearchIndex places them all again and rewrites the index in
-- the same transaction, so the triggers always find an entry's rowid again to delete it.

DROP TRIGGER staff_search_insert;
DROP TRIGGER staff_search_delete;
DROP TRIGGER staff_search_update;
DROP TABLE staff_search;

CREATE TABLE staff_name_bucket (
    lower_key TEXT PRIMARY KEY, -- the smallest name key of the bucket
    bucket    INTEGER NOT NULL  -- ascending with lower_key, from 1; names below them all: 0
) WITHOUT ROWID;

-- How many people were in use when the buckets were placed: once the roster has grown well
-- past it, buckets hold too many people and are placed again.
CREATE TABLE staff_name_bucket_basis (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    staff_in_use INTEGER NOT NULL
);

-- Every staff row (voided ones too: searches filter them) with its search index rowid; the
-- void mark lets a rebuild pick the voided out.
CREATE VIEW staff_search_source AS
SELECT (coalesce((SELECT b.bucket FROM staff_name_bucket b WHERE b.lower_key <= s.name_key
                   ORDER BY b.lower_key DESC LIMIT 1), 0) << 32) | s.id AS search_rowid,
       s.name_key AS name_key,
       s.voided_at AS voided_at
  FROM staff s;

-- External content: the index keeps no copy of the names. detail=full because substring
-- queries of more than three letters are phrase queries.
CREATE VIRTUAL TABLE staff_search USING fts5 (
    name_key,
    content = 'staff_search_source',
    content_rowid = 'search_rowid',
    tokenize = 'trigram',
    columnsize = 0 -- no ranking is done, so the per-row sizes are not kept
);

-- The same placement and writing as StaffSearchIndex::rebuild. The name index's order (name
-- key, then id) is the rowid order when each name key has a bucket of its own, so the index
-- is appended to (one written out of order writes a segment per entry).
INSERT INTO staff_name_bucket (lower_key, bucket)
SELECT name_key, row_number() OVER (ORDER BY name_key)
  FROM (SELECT DISTINCT name_key FROM staff INDEXED BY staff_roster_name WHERE voided_at IS NULL ORDER BY name_key);
INSERT INTO staff_name_bucket_basis (id, staff_in_use) SELECT 1, count(*) FROM staff WHERE voided_at IS NULL;
INSERT INTO staff_search (rowid, name_key)
SELECT (b.bucket << 32) | s.id, s.name_key
  FROM staff s INDEXED BY staff_roster_name CROSS JOIN staff_name_bucket b ON b.lower_key = s.name_key
 WHERE s.voided_at IS NULL ORDER BY s.name_key, s.id;
INSERT INTO staff_search (rowid, name_key)
SELECT search_rowid, name_key FROM staff_search_source WHERE voided_at IS NOT NULL ORDER BY search_rowid;

CREATE TRIGGER staff_search_insert AFTER INSERT ON staff BEGIN
    INSERT INTO staff_search (rowid, name_key)
    VALUES ((coalesce((SELECT b.bucket FROM staff_name_bucket b WHERE b.lower_key <= new.name_key
                        ORDER BY b.lower_key DESC LIMIT 1), 0) << 32) | new.id,
            new.name_key);
END;

CREATE TRIGGER staff_search_delete AFTER DELETE ON staff BEGIN
    INSERT INTO staff_search (staff_search, rowid, name_key)
    VALUES ('delete',
            (coalesce((SELECT b.bucket FROM staff_name_bucket b WHERE b.lower_key <= old.name_key
                        ORDER BY b.lower_key DESC LIMIT 1), 0) << 32) | old.id,
            old.name_key);
END;

CREATE TRIGGER staff_search_update AFTER UPDATE OF name_key ON staff BEGIN
    INSERT INTO staff_search (staff_search, rowid, name_key)
    VALUES ('delete',
            (coalesce((SELECT b.bucket FROM staff_name_bucket b WHERE b.lower_key <= old.name_key
                        ORDER BY b.lower_key DESC LIMIT 1), 0) << 32) | old.id,
            old.name_key);
    INSERT INTO staff_search (rowid, name_key)
    VALUES ((coalesce((SELECT b.bucket FROM staff_name_bucket b WHERE b.lower_key <= new.name_key
                        ORDER BY b.lower_key DESC LIMIT 1), 0) << 32) | new.id,
            new.name_key);
END;
