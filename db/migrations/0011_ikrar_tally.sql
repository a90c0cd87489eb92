-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v11: how many people of a unit owe the ikrar on a date, and how many of them had
-- signed it, kept as running changes so that a unit of half a million is counted without
-- visiting its people; and who has not signed at all, in name order (ikrar_outstanding). Who owes and who counts as signed follow StaffOnDate's rule:
-- a person owes on day D in unit U for every assignment to U holding D, while an ASN not
-- voided and not yet inactive on D; they count as signed when their ikrar of the period,
-- not voided, was signed on or before D. Each such stretch of days adds +1 on its first day
-- and -1 on the day after its last, so the count on D is the sum of the changes up to D.
-- Triggers keep both in step with every write to staff, assignment, pledge and election
-- period; a bulk load that sets the triggers aside writes them again whole (IkrarTally::rebuild).

-- Each assignment's stretch of active days, [from_day, until_day); until_day NULL: open.
-- Dates are ISO text, so min() and max() and comparisons order them as days. The staff are
-- read through staff_asn (v5): a whole rebuild then walks it in id order (0.2 of the time of
-- the planner's own choice, the name index, on a million), and a trigger's lookup by id uses
-- it as well. A bulk load that sets staff_asn aside drops the staff and assignment triggers
-- with it and writes no pledge until it is back.
CREATE VIEW asn_stretch AS
SELECT a.id AS assignment_id, a.staff_id AS staff_id, a.unit_id AS unit_id, s.name_key AS name_key, a.start_date AS from_day,
       CASE WHEN a.end_date IS NULL THEN s.inactive_from
            WHEN s.inactive_from IS NULL THEN date(a.end_date, '+1 day')
            ELSE min(date(a.end_date, '+1 day'), s.inactive_from) END AS until_day
  FROM assignment a JOIN staff s INDEXED BY staff_asn ON s.id = a.staff_id
 WHERE a.voided_at IS NULL AND s.voided_at IS NULL AND s.kind <> 'NON_ASN';

-- The changes each assignment makes to its unit's count of people owing the ikrar.
CREATE VIEW asn_unit_change AS
SELECT assignment_id, staff_id, unit_id, from_day AS day, 1 AS change
  FROM asn_stretch WHERE until_day IS NULL OR until_day > from_day
UNION ALL
SELECT assignment_id, staff_id, unit_id, until_day AS day, -1 AS change
  FROM asn_stretch WHERE until_day > from_day;

-- The changes each ikrar makes to the count of those who had signed: the part of each
-- stretch from the signing day on.
CREATE VIEW ikrar_unit_change AS
SELECT p.id AS pledge_id, a.assignment_id, a.staff_id, p.period_id, a.unit_id,
       max(a.from_day, p.signed_on) AS day, 1 AS change
  FROM pledge p JOIN asn_stretch a ON a.staff_id = p.staff_id
 WHERE p.kind = 'ikrar' AND p.voided_at IS NULL AND (a.until_day IS NULL OR a.until_day > max(a.from_day, p.signed_on))
UNION ALL
SELECT p.id, a.assignment_id, a.staff_id, p.period_id, a.unit_id, a.until_day, -1
  FROM pledge p JOIN asn_stretch a ON a.staff_id = p.staff_id
 WHERE p.kind = 'ikrar' AND p.voided_at IS NULL AND a.until_day > max(a.from_day, p.signed_on);

CREATE TABLE asn_unit_tally (
    unit_id INTEGER NOT NULL,
    day     TEXT NOT NULL,
    change  INTEGER NOT NULL,
    PRIMARY KEY (unit_id, day)
) WITHOUT ROWID;

CREATE TABLE ikrar_unit_tally (
    period_id INTEGER NOT NULL,
    unit_id   INTEGER NOT NULL,
    day       TEXT NOT NULL,
    change    INTEGER NOT NULL,
    PRIMARY KEY (period_id, unit_id, day)
) WITHOUT ROWID;

INSERT INTO asn_unit_tally (unit_id, day, change)
SELECT unit_id, day, sum(change) FROM asn_unit_change GROUP BY unit_id, day;
INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
SELECT period_id, unit_id, day, sum(change) FROM ikrar_unit_change GROUP BY period_id, unit_id, day;

-- Who has not signed the ikrar of a period at all, stretch by stretch, in name order per unit:
-- the first page of a unit's unsigned list is read from here without stepping over the
-- people who signed (a walk of the unit in name order would step over all of them). Only
-- stretches that overlap the period are kept. People who signed after the list's date are
-- not here; PledgeRepository finds them from the pledges dated after it. A period's rows are
-- kept from its first ikrar on (ikrar_outstanding_period): before that everyone who owes it is
-- unsigned, which the list of who owes already gives, and a roster of a million need not be
-- copied for every period the day the period is entered.
CREATE VIEW ikrar_outstanding_source AS
SELECT e.id AS period_id, a.unit_id, a.name_key, a.staff_id, a.assignment_id, a.from_day, a.until_day
  FROM election_period e JOIN asn_stretch a
    ON a.from_day <= e.end_date AND (a.until_day IS NULL OR a.until_day > e.start_date)
 WHERE e.voided_at IS NULL AND (a.until_day IS NULL OR a.until_day > a.from_day)
   AND NOT EXISTS (SELECT 1 FROM pledge p INDEXED BY pledge_signed WHERE p.staff_id = a.staff_id AND p.period_id = e.id AND p.kind = 'ikrar'
                                            AND p.voided_at IS NULL);

CREATE TABLE ikrar_outstanding_period (
    period_id INTEGER PRIMARY KEY
);

CREATE VIEW ikrar_outstanding_kept AS
SELECT * FROM ikrar_outstanding_source WHERE period_id IN (SELECT period_id FROM ikrar_outstanding_period);

CREATE TABLE ikrar_outstanding (
    period_id     INTEGER NOT NULL,
    unit_id       INTEGER NOT NULL,
    name_key      TEXT NOT NULL,
    staff_id      INTEGER NOT NULL,
    assignment_id INTEGER NOT NULL,
    from_day      TEXT NOT NULL,
    until_day     TEXT,
    PRIMARY KEY (period_id, unit_id, name_key, staff_id, assignment_id)
) WITHOUT ROWID;

INSERT INTO ikrar_outstanding_period SELECT DISTINCT period_id FROM pledge WHERE kind = 'ikrar';
INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_kept;

-- The pledges of a period signed after a date: the unsigned lists as of that date add them.
CREATE INDEX pledge_signed_on ON pledge (period_id, kind, signed_on, staff_id) WHERE voided_at IS NULL;

-- A person's rows are written again whenever anything they depend on changes. The rows to
-- take out are found by their whole key (the periods, the units of the person's assignments,
-- their name key): an index by person would be one more structure that every signature
-- rewrites a page of.
CREATE TRIGGER outstanding_assignment_insert AFTER INSERT ON assignment BEGIN
    INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_kept WHERE assignment_id = new.id;
END;

CREATE TRIGGER outstanding_assignment_delete AFTER DELETE ON assignment BEGIN
    DELETE FROM ikrar_outstanding
     WHERE period_id IN (SELECT id FROM election_period) AND unit_id = old.unit_id
       AND name_key = (SELECT name_key FROM staff WHERE id = old.staff_id) AND staff_id = old.staff_id AND assignment_id = old.id;
END;

CREATE TRIGGER outstanding_assignment_update AFTER UPDATE OF staff_id, unit_id, start_date, end_date, voided_at
ON assignment
WHEN old.staff_id IS NOT new.staff_id OR old.unit_id IS NOT new.unit_id OR old.start_date IS NOT new.start_date
  OR old.end_date IS NOT new.end_date OR old.voided_at IS NOT new.voided_at
BEGIN
    DELETE FROM ikrar_outstanding
     WHERE period_id IN (SELECT id FROM election_period) AND unit_id = old.unit_id
       AND name_key = (SELECT name_key FROM staff WHERE id = old.staff_id) AND staff_id = old.staff_id AND assignment_id = old.id;
    INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_kept WHERE assignment_id = new.id;
END;

CREATE TRIGGER outstanding_staff_delete AFTER DELETE ON staff BEGIN
    DELETE FROM ikrar_outstanding
     WHERE period_id IN (SELECT id FROM election_period) AND unit_id IN (SELECT unit_id FROM assignment WHERE staff_id = old.id)
       AND name_key = old.name_key AND staff_id = old.id;
END;

CREATE TRIGGER outstanding_staff_update AFTER UPDATE OF kind, inactive_from, voided_at, name_key ON staff
WHEN old.kind IS NOT new.kind OR old.inactive_from IS NOT new.inactive_from OR old.voided_at IS NOT new.voided_at
  OR old.name_key IS NOT new.name_key
BEGIN
    DELETE FROM ikrar_outstanding
     WHERE period_id IN (SELECT id FROM election_period) AND unit_id IN (SELECT unit_id FROM assignment WHERE staff_id = old.id)
       AND name_key = old.name_key AND staff_id = old.id;
    INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_kept WHERE staff_id = new.id;
END;

CREATE TRIGGER outstanding_pledge_insert AFTER INSERT ON pledge WHEN new.kind = 'ikrar' AND new.voided_at IS NULL BEGIN
    INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_source
     WHERE period_id = new.period_id AND NOT EXISTS (SELECT 1 FROM ikrar_outstanding_period WHERE period_id = new.period_id);
    INSERT INTO ikrar_outstanding_period SELECT new.period_id
     WHERE NOT EXISTS (SELECT 1 FROM ikrar_outstanding_period WHERE period_id = new.period_id);
    DELETE FROM ikrar_outstanding
     WHERE period_id = new.period_id AND unit_id IN (SELECT unit_id FROM assignment WHERE staff_id = new.staff_id)
       AND name_key = (SELECT name_key FROM staff WHERE id = new.staff_id) AND staff_id = new.staff_id;
END;

CREATE TRIGGER outstanding_pledge_delete AFTER DELETE ON pledge WHEN old.kind = 'ikrar' AND old.voided_at IS NULL BEGIN
    INSERT INTO ikrar_outstanding
    SELECT * FROM ikrar_outstanding_kept WHERE staff_id = old.staff_id AND period_id = old.period_id;
END;

CREATE TRIGGER outstanding_pledge_update AFTER UPDATE OF kind, staff_id, period_id, voided_at ON pledge
WHEN old.kind IS NOT new.kind OR old.staff_id IS NOT new.staff_id OR old.period_id IS NOT new.period_id
  OR old.voided_at IS NOT new.voided_at
BEGIN
    INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_source
     WHERE period_id = new.period_id AND new.kind = 'ikrar' AND new.voided_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM ikrar_outstanding_period WHERE period_id = new.period_id);
    INSERT INTO ikrar_outstanding_period SELECT new.period_id
     WHERE new.kind = 'ikrar' AND new.voided_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM ikrar_outstanding_period WHERE period_id = new.period_id);
    DELETE FROM ikrar_outstanding
     WHERE period_id = old.period_id AND unit_id IN (SELECT unit_id FROM assignment WHERE staff_id = old.staff_id)
       AND name_key = (SELECT name_key FROM staff WHERE id = old.staff_id) AND staff_id = old.staff_id;
    INSERT INTO ikrar_outstanding
    SELECT * FROM ikrar_outstanding_kept WHERE staff_id = old.staff_id AND period_id = old.period_id;
    DELETE FROM ikrar_outstanding
     WHERE period_id = new.period_id AND unit_id IN (SELECT unit_id FROM assignment WHERE staff_id = new.staff_id)
       AND name_key = (SELECT name_key FROM staff WHERE id = new.staff_id) AND staff_id = new.staff_id;
    INSERT INTO ikrar_outstanding
    SELECT * FROM ikrar_outstanding_kept WHERE staff_id = new.staff_id AND period_id = new.period_id;
END;

CREATE TRIGGER outstanding_period_delete AFTER DELETE ON election_period BEGIN
    DELETE FROM ikrar_outstanding WHERE period_id = old.id;
    DELETE FROM ikrar_outstanding_period WHERE period_id = old.id;
END;

CREATE TRIGGER outstanding_period_update AFTER UPDATE OF start_date, end_date, voided_at ON election_period
WHEN old.start_date IS NOT new.start_date OR old.end_date IS NOT new.end_date OR old.voided_at IS NOT new.voided_at
BEGIN
    DELETE FROM ikrar_outstanding WHERE period_id = old.id;
    INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_kept WHERE period_id = new.id;
END;

-- A change is taken out before the write (the rows still say what was counted) and put
-- back after it. The WHEN clauses skip writes that leave the counted columns as they were.
-- Writes to these tables must not use OR IGNORE or OR REPLACE: a row such a write skips
-- would keep its BEFORE trigger's change (a failing plain write takes it back with the rest).
-- Netra uses neither on them.

CREATE TRIGGER tally_assignment_insert AFTER INSERT ON assignment BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, change FROM asn_unit_change WHERE assignment_id = new.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, change FROM ikrar_unit_change WHERE assignment_id = new.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_assignment_delete BEFORE DELETE ON assignment BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, -change FROM asn_unit_change WHERE assignment_id = old.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, -change FROM ikrar_unit_change WHERE assignment_id = old.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_assignment_update_before BEFORE UPDATE OF staff_id, unit_id, start_date, end_date, voided_at
ON assignment
WHEN old.staff_id IS NOT new.staff_id OR old.unit_id IS NOT new.unit_id OR old.start_date IS NOT new.start_date
  OR old.end_date IS NOT new.end_date OR old.voided_at IS NOT new.voided_at
BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, -change FROM asn_unit_change WHERE assignment_id = old.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, -change FROM ikrar_unit_change WHERE assignment_id = old.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_assignment_update_after AFTER UPDATE OF staff_id, unit_id, start_date, end_date, voided_at
ON assignment
WHEN old.staff_id IS NOT new.staff_id OR old.unit_id IS NOT new.unit_id OR old.start_date IS NOT new.start_date
  OR old.end_date IS NOT new.end_date OR old.voided_at IS NOT new.voided_at
BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, change FROM asn_unit_change WHERE assignment_id = new.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, change FROM ikrar_unit_change WHERE assignment_id = new.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_staff_delete BEFORE DELETE ON staff BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, -change FROM asn_unit_change WHERE staff_id = old.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, -change FROM ikrar_unit_change WHERE staff_id = old.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_staff_update_before BEFORE UPDATE OF kind, inactive_from, voided_at ON staff
WHEN old.kind IS NOT new.kind OR old.inactive_from IS NOT new.inactive_from OR old.voided_at IS NOT new.voided_at
BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, -change FROM asn_unit_change WHERE staff_id = old.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, -change FROM ikrar_unit_change WHERE staff_id = old.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_staff_update_after AFTER UPDATE OF kind, inactive_from, voided_at ON staff
WHEN old.kind IS NOT new.kind OR old.inactive_from IS NOT new.inactive_from OR old.voided_at IS NOT new.voided_at
BEGIN
    INSERT INTO asn_unit_tally (unit_id, day, change)
    SELECT unit_id, day, change FROM asn_unit_change WHERE staff_id = new.id
    ON CONFLICT (unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT period_id, unit_id, day, change FROM ikrar_unit_change WHERE staff_id = new.id
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

-- A pledge changes nothing the stretches are made of, so its own values are enough: the same
-- changes as ikrar_unit_change, without looking the pledge up again.
CREATE TRIGGER tally_pledge_insert AFTER INSERT ON pledge WHEN new.kind = 'ikrar' AND new.voided_at IS NULL BEGIN
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT new.period_id, unit_id, max(from_day, new.signed_on), 1 FROM asn_stretch
     WHERE staff_id = new.staff_id AND (until_day IS NULL OR until_day > max(from_day, new.signed_on))
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT new.period_id, unit_id, until_day, -1 FROM asn_stretch
     WHERE staff_id = new.staff_id AND until_day > max(from_day, new.signed_on)
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_pledge_delete AFTER DELETE ON pledge WHEN old.kind = 'ikrar' AND old.voided_at IS NULL BEGIN
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT old.period_id, unit_id, max(from_day, old.signed_on), -1 FROM asn_stretch
     WHERE staff_id = old.staff_id AND (until_day IS NULL OR until_day > max(from_day, old.signed_on))
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT old.period_id, unit_id, until_day, 1 FROM asn_stretch
     WHERE staff_id = old.staff_id AND until_day > max(from_day, old.signed_on)
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER tally_pledge_update AFTER UPDATE OF kind, staff_id, period_id, signed_on, voided_at ON pledge
WHEN old.kind IS NOT new.kind OR old.staff_id IS NOT new.staff_id OR old.period_id IS NOT new.period_id
  OR old.signed_on IS NOT new.signed_on OR old.voided_at IS NOT new.voided_at
BEGIN
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT old.period_id, unit_id, max(from_day, old.signed_on), -1 FROM asn_stretch
     WHERE staff_id = old.staff_id AND (until_day IS NULL OR until_day > max(from_day, old.signed_on)) AND old.kind = 'ikrar' AND old.voided_at IS NULL
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT old.period_id, unit_id, until_day, 1 FROM asn_stretch
     WHERE staff_id = old.staff_id AND until_day > max(from_day, old.signed_on) AND old.kind = 'ikrar' AND old.voided_at IS NULL
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT new.period_id, unit_id, max(from_day, new.signed_on), 1 FROM asn_stretch
     WHERE staff_id = new.staff_id AND (until_day IS NULL OR until_day > max(from_day, new.signed_on)) AND new.kind = 'ikrar' AND new.voided_at IS NULL
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)
    SELECT new.period_id, unit_id, until_day, -1 FROM asn_stretch
     WHERE staff_id = new.staff_id AND until_day > max(from_day, new.signed_on) AND new.kind = 'ikrar' AND new.voided_at IS NULL
    ON CONFLICT (period_id, unit_id, day) DO UPDATE SET change = change + excluded.change;
END;
