// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffInUnit.h"

#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace netra {

class Database;

// How a pledge is recorded for a list of people: one date, one place, optionally a session
// and an evidence document shared by all (a unit's collective sheet).
struct PledgeDraft {
    PledgeKind kind = PledgeKind::Ikrar;
    QDate signedOn;
    QString place;
    qint64 sessionId = 0;
    qint64 documentId = 0;
    QString recordedBy;
};

struct PledgeCounts {
    int recorded = 0;
    int alreadyRecorded = 0; // a pledge of that kind and period was there: left as it was
};

// One line of the pledge lists: a person with their pledge, or without one (unsigned lists).
struct PledgeEntry : StaffInUnit {
    std::optional<Pledge> pledge;
};

struct PledgeFilter {
    std::optional<PledgeKind> kind; // both when not set (lists of pledges)
    qint64 unitId = 0;              // 0: every unit
};

// Which of the people who owe a pledge a list keeps.
enum class Signing { Any, Signed, Unsigned };

struct ObligationFilter {
    qint64 unitId = 0; // 0: every unit
    Signing signing = Signing::Any;
    int limit = -1; // at most this many entries when >= 0; the counts still cover everyone
};

// People who owe a pledge, by unit code and name, each with their pledge when signed by the
// date; `total` counts everyone the filter keeps, not only the entries returned.
struct Obligations {
    QList<PledgeEntry> entries;
    int total = 0;
};

struct ObligationCounts {
    int owed = 0;        // must sign
    int signedCount = 0; // of those, signed by the date
};

// Pledges of an election period and who still owes one. The obligation is decided "as of" a
// date: the ikrar by every ASN active that day, the pakta by each unit's recorded head that
// day and the staff flagged as officials; each person counted in the unit they were in.
class PledgeRepository {
    Q_DECLARE_TR_FUNCTIONS(PledgeRepository)
public:
    // Lists of who owes the ikrar over staff ids spanning `splitFrom` or more are read in two
    // halves at once, on two connections (see overStaffIdHalves).
    static constexpr qint64 kSplitFrom = 10000;

    // A page of a unit's ikrar list walks the whole roster in name order, rather than the
    // unit's people, when the expected number of people visited, times this, is below the
    // unit's number (see obligations()).
    static constexpr qint64 kNameWalkCost = 2;

    explicit PledgeRepository(Database& db, qint64 splitFrom = kSplitFrom, qint64 nameWalkCost = kNameWalkCost)
        : m_db(db), m_splitFrom(splitFrom), m_nameWalkCost(nameWalkCost)
    {
    }

    // Refused as a whole (nothing recorded) when the date lies outside the period or after
    // today, or when someone was not active on that date. A person who already has a pledge
    // of the kind keeps it and is counted as already recorded. One transaction.
    Result<PledgeCounts> record(const ElectionPeriod& period, const PledgeDraft& draft, const QList<qint64>& staffIds);

    // Ties a stored document to these people's pledges of the kind; someone without such a
    // pledge refuses the whole list. One transaction; returns how many pledges changed.
    Result<int> attach(const ElectionPeriod& period, PledgeKind kind, const QList<qint64>& staffIds, qint64 documentId);

    // The period's pledges in use, by unit code and name; the unit is the one on signing day.
    Result<QList<PledgeEntry>> pledges(const ElectionPeriod& period, const PledgeFilter& filter) const;
    // Who owes `kind` as of `asOf` (see the class comment) and whether they had signed it by
    // then. The ikrar's counts come from IkrarTally; a first page of a unit's unsigned from
    // ikrar_outstanding, and of a unit holding a large share of the roster from a walk in name
    // order that stops at the page's end; otherwise one query walks the unit (or everyone)
    // and counts as it goes.
    Result<Obligations> obligations(const ElectionPeriod& period, PledgeKind kind, QDate asOf,
                                    const ObligationFilter& filter) const;
    Result<ObligationCounts> obligationCounts(const ElectionPeriod& period, PledgeKind kind, QDate asOf,
                                              qint64 unitId = 0) const;
    // Whether the person was an active ASN on the day (the rule pledges are recorded under).
    Result<bool> activeOn(qint64 staffId, QDate day) const;

private:
    QString describeStaff(qint64 staffId) const; // "Name (NIP)" for messages
    // (staff_id, unit_id) of who owes the kind on the date.
    static QString owedSql(PledgeKind kind, QDate asOf, qint64 unitId);
    // (staff_id, unit_id, name_key) of the first `limit` people of the unit, in name order,
    // who owed the ikrar on the date (within the period) and had not signed it by then: those
    // without one (ikrar_outstanding) and those who signed later.
    static QString unsignedFirstSql(const ElectionPeriod& period, QDate asOf, qint64 unitId, int limit);
    // The condition "pledge `alias` of o.staff_id, of the kind, signed by the date".
    static QString signedBySql(const ElectionPeriod& period, PledgeKind kind, QDate asOf, const QString& alias);

    Database& m_db;
    qint64 m_splitFrom;
    qint64 m_nameWalkCost;
};

} // namespace netra
