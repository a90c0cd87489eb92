-- SPDX-License-Identifier: GPL-3.0-or-later
-- Test only: embedded into test_store_upgrade alone (never into the app) so that the
-- upgrade of a version-1 file, with its backup, runs through the real Migrator.
CREATE TABLE upgrade_probe (
    id   INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
ALTER TABLE work_unit ADD COLUMN probe_flag INTEGER NOT NULL DEFAULT 0;
INSERT INTO upgrade_probe (note) VALUES ('applied; once');
