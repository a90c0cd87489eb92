// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffInUnit.h"

#include "core/Compliance.h"
#include "core/ViolationCase.h"
#include "core/ElectionPeriod.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace netra {

class ComplianceFlags;
class Database;
struct UnitFlagSums;

// The per-unit compliance figures of a period as of a date: the one query the dashboard,
// the Sekda's report, the exports and the CLI all read. Every figure is over the ASN active
// on that date, each in the unit they were assigned to that day:
//   - ikrar: signed on or before the date (a pakta is not an ikrar);
//   - attended: present ("hadir") at `minSessions` or more of the period's sessions held on
//     or before the date;
//   - the head: the unit's head recorded that day, and whether they signed the pakta by then;
//   - cases: the period's cases with the act on or before the date, by their status that day
//     from the case history; open = dilaporkan, klarifikasi, rekomendasi; proven =
//     rekomendasi, sanksi.
// Counted in SQL over the whole roster; no person is visited in C++. A roster whose staff ids
// span `splitFrom` or more is counted in two halves at once, on two connections.
class ComplianceRepository {
    Q_DECLARE_TR_FUNCTIONS(ComplianceRepository)
public:
    static constexpr qint64 kSplitFrom = 10000;

    explicit ComplianceRepository(Database& db, qint64 splitFrom = kSplitFrom) : m_db(db), m_splitFrom(splitFrom) {}

    // Every unit in code order, those without active staff included.
    Result<QList<UnitCompliance>> figures(const ElectionPeriod& period, QDate asOf, int minSessions) const;

    // The people behind the figures, by unit code and name (0: every unit): those active on
    // the date who were present at fewer than `minSessions` of the period's sessions held by
    // then, and the cases counted, each with its status on that date and the person's unit
    // that day.
    Result<QList<StaffInUnit>> notAttended(const ElectionPeriod& period, QDate asOf, int minSessions,
                                           qint64 unitId = 0) const;
    Result<QList<ViolationCase>> casesOn(const ElectionPeriod& period, QDate asOf, qint64 unitId = 0) const;

    // Progress through the period for the dashboard: for each week's last day from the start
    // to `asOf` (and `asOf` itself), the ikrar signed by then and the people present at least
    // once by then, whoever they were; counted from the dates of signing and first presence.
    struct WeekPoint {
        QDate day;
        int ikrarSigned = 0;
        int attended = 0;
    };
    Result<QList<WeekPoint>> weeklyProgress(const ElectionPeriod& period, QDate asOf) const;

    // The period's thresholds; the defaults when none were set.
    Result<ComplianceThresholds> thresholds(qint64 periodId) const;
    Status setThresholds(qint64 periodId, const ComplianceThresholds& thresholds);

private:
    Result<QList<qint64>> countedSessions(const ElectionPeriod& period, QDate asOf) const;
    Result<QHash<qint64, UnitFlagSums>> flagSums(const ComplianceFlags& flags) const;

    Database& m_db;
    qint64 m_splitFrom;
};

} // namespace netra
