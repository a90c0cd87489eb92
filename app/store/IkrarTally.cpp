// SPDX-License-Identifier: GPL-3.0-or-later
#include "IkrarTally.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Result<IkrarTally::Counts> IkrarTally::counts(qint64 periodId, QDate asOf, qint64 unitId) const
{
    const QString ofUnit = unitId > 0 ? QStringLiteral(" AND unit_id = :unit") : QString();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT coalesce(sum(change), 0) FROM asn_unit_tally WHERE day <= :day%1),"
                             "       (SELECT coalesce(sum(change), 0) FROM ikrar_unit_tally"
                             "         WHERE period_id = :period AND day <= :day%1)")
                  .arg(ofUnit));
    q.bindValue(QStringLiteral(":day"), sqlDate(asOf));
    q.bindValue(QStringLiteral(":period"), periodId);
    if (unitId > 0)
        q.bindValue(QStringLiteral(":unit"), unitId);
    if (!q.exec() || !q.next())
        return Error::database(tr("Cannot count who owes the ikrar: %1").arg(q.lastError().databaseText()));
    return Counts{q.value(0).toInt(), q.value(1).toInt()};
}

Status IkrarTally::rebuild()
{
    return m_db.transaction([this]() -> Status {
        QSqlQuery q(m_db.connection());
        for (const char* statement :
             {"DELETE FROM asn_unit_tally", "DELETE FROM ikrar_unit_tally",
              "INSERT INTO asn_unit_tally (unit_id, day, change)"
              " SELECT unit_id, day, sum(change) FROM asn_unit_change GROUP BY unit_id, day",
              "INSERT INTO ikrar_unit_tally (period_id, unit_id, day, change)"
              " SELECT period_id, unit_id, day, sum(change) FROM ikrar_unit_change GROUP BY period_id, unit_id, day",
              // Periods whose pledges went in with the triggers set aside are kept from now on.
              "INSERT INTO ikrar_outstanding_period SELECT DISTINCT period_id FROM pledge"
              " WHERE kind = 'ikrar' AND voided_at IS NULL AND period_id NOT IN (SELECT period_id FROM ikrar_outstanding_period)",
              "DELETE FROM ikrar_outstanding", "INSERT INTO ikrar_outstanding SELECT * FROM ikrar_outstanding_kept"})
            if (!q.exec(QLatin1String(statement)))
                return Error::database(tr("Cannot count who owes the ikrar again: %1").arg(q.lastError().databaseText()));
        return {};
    });
}

} // namespace netra
