// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceFlags.h"

#include "StaffOnDate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace netra {

namespace {

// Present ("hadir") at `minSessions` of the counted sessions. The ids are read from the
// database and written as numbers: a literal list lets each lookup skip the other periods'
// sessions in the index by their id range, and a minimum of one (the usual one) is a plain
// EXISTS, which stops at the first presence.
QString attendedSql(const QList<qint64>& sessions, int minSessions)
{
    if (sessions.isEmpty() || minSessions > sessions.size())
        return QStringLiteral("0");
    QStringList ids;
    ids.reserve(sessions.size());
    for (const qint64 id : sessions)
        ids.push_back(QString::number(id));
    const auto [first, last] = std::minmax_element(sessions.cbegin(), sessions.cend());
    const QString present = QStringLiteral("SELECT 1 FROM attendance x WHERE x.staff_id = a.staff_id"
                                           " AND x.session_id BETWEEN %1 AND %2 AND x.status = 'hadir'"
                                           " AND x.voided_at IS NULL AND +x.session_id IN (%3)")
                                .arg(*first)
                                .arg(*last)
                                .arg(ids.join(QLatin1Char(',')));
    if (minSessions <= 1)
        return QStringLiteral("EXISTS (%1)").arg(present);
    return QStringLiteral("(SELECT count(*) FROM (%1 LIMIT %2)) >= %2").arg(present).arg(minSessions);
}

} // namespace

ComplianceFlags::ComplianceFlags(qint64 periodId, QDate asOf, const QList<qint64>& sessions, int minSessions)
    : m_periodId(periodId)
    , m_day(asOf.toString(Qt::ISODate))
{
    // Walked in staff id order, so that the lookups into the pledge and attendance indexes,
    // keyed by staff, come in index order too (in unit order they jump about a million-staff
    // file and take several times longer); every lookup is answered by a covering index
    // (schema v8, v9). Materialized, the flags are summed per unit with one sort.
    m_sql = QStringLiteral("WITH flags AS MATERIALIZED (SELECT a.unit_id,"
                           "     EXISTS (SELECT 1 FROM pledge p INDEXED BY pledge_staff WHERE p.staff_id = a.staff_id AND p.period_id = :period"
                           "             AND p.kind = 'ikrar' AND p.signed_on <= :day AND p.voided_at IS NULL) AS ikrar,"
                           "     %1 AS attended"
                           "   FROM (%2 AND s.id BETWEEN :first AND :last) a)"
                           " SELECT unit_id, count(*), sum(ikrar), sum(attended) FROM flags GROUP BY unit_id")
                .arg(attendedSql(sessions, minSessions), activeAsnInStaffOrderSql(asOf));
}

Result<QHash<qint64, UnitFlagSums>> ComplianceFlags::sum(const QSqlDatabase& connection, qint64 firstStaffId,
                                                         qint64 lastStaffId) const
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.prepare(m_sql))
        return Error::database(tr("Cannot compute the compliance figures: %1").arg(q.lastError().databaseText()));
    q.bindValue(QStringLiteral(":period"), m_periodId);
    q.bindValue(QStringLiteral(":day"), m_day);
    q.bindValue(QStringLiteral(":first"), firstStaffId);
    q.bindValue(QStringLiteral(":last"), lastStaffId);
    if (!q.exec())
        return Error::database(tr("Cannot compute the compliance figures: %1").arg(q.lastError().databaseText()));
    QHash<qint64, UnitFlagSums> sums;
    while (q.next())
        sums.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return sums;
}

} // namespace netra
