// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace netra {

// One unit's share of the per-person compliance flags.
struct UnitFlagSums {
    int activeStaff = 0;
    int ikrarSigned = 0;
    int attended = 0;

    UnitFlagSums& operator+=(const UnitFlagSums& other)
    {
        activeStaff += other.activeStaff;
        ikrarSigned += other.ikrarSigned;
        attended += other.attended;
        return *this;
    }
};

// The part of the compliance figures that visits every person: the ASN active on the date,
// each in their unit that day, whether they signed the ikrar by then and whether they were
// present at enough of the counted sessions; summed per unit over a slice of staff ids, so
// that a large roster can be summed in parts on connections of their own.
class ComplianceFlags {
    Q_DECLARE_TR_FUNCTIONS(ComplianceFlags)
public:
    // `sessions`: the ids of the period's sessions that count (held by the date, not voided).
    ComplianceFlags(qint64 periodId, QDate asOf, const QList<qint64>& sessions, int minSessions);

    // Unit id to sums, for the active staff with ids from `firstStaffId` to `lastStaffId`.
    Result<QHash<qint64, UnitFlagSums>> sum(const QSqlDatabase& connection, qint64 firstStaffId,
                                            qint64 lastStaffId) const;

private:
    qint64 m_periodId;
    QString m_day;
    QString m_sql;
};

} // namespace netra
