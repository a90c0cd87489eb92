// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkUnitRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include "core/UnitKind.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

namespace {

const char* const selectUnits =
    "SELECT u.id, u.uuid, u.code, u.name, coalesce(u.abbreviation, ''), u.kind, coalesce(u.parent_id, 0),"
    "       coalesce(p.code, ''), coalesce(h.staff_id, 0), coalesce(s.nip, s.internal_id, ''), coalesce(s.name, '')"
    "  FROM work_unit u"
    "  LEFT JOIN work_unit p ON p.id = u.parent_id"
    "  LEFT JOIN unit_head h ON h.unit_id = u.id AND h.voided_at IS NULL"
    "        AND h.start_date <= :as_of AND (h.end_date IS NULL OR h.end_date >= :as_of)"
    "  LEFT JOIN staff s ON s.id = h.staff_id"
    " WHERE u.voided_at IS NULL";

WorkUnit unitFromQuery(const QSqlQuery& q)
{
    WorkUnit unit;
    unit.id = q.value(0).toLongLong();
    unit.uuid = q.value(1).toString();
    unit.code = q.value(2).toString();
    unit.name = q.value(3).toString();
    unit.abbreviation = q.value(4).toString();
    unit.kind = q.value(5).toString();
    unit.parentId = q.value(6).toLongLong();
    unit.parentCode = q.value(7).toString();
    unit.headStaffId = q.value(8).toLongLong();
    unit.headNip = q.value(9).toString();
    unit.headName = q.value(10).toString();
    return unit;
}

} // namespace

Result<QList<WorkUnit>> WorkUnitRepository::list(QDate asOf) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(selectUnits) + QLatin1String(" ORDER BY u.code"));
    q.bindValue(QStringLiteral(":as_of"), sqlDate(asOf));
    if (!q.exec())
        return Error::database(tr("Cannot read the work units: %1").arg(q.lastError().databaseText()));
    QList<WorkUnit> units;
    while (q.next())
        units.push_back(unitFromQuery(q));
    return units;
}

Result<WorkUnit> WorkUnitRepository::findByCode(const QString& code, QDate asOf) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(selectUnits) + QLatin1String(" AND u.code = :code"));
    q.bindValue(QStringLiteral(":as_of"), sqlDate(asOf));
    q.bindValue(QStringLiteral(":code"), code.trimmed());
    if (!q.exec())
        return Error::database(tr("Cannot read the work units: %1").arg(q.lastError().databaseText()));
    if (!q.next())
        return Error::notFound(tr("Unknown work unit code %1.").arg(code));
    return unitFromQuery(q);
}

Result<QHash<qint64, qint64>> WorkUnitRepository::headcounts(QDate asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.unit_id, count(*) FROM assignment a JOIN staff s ON s.id = a.staff_id"
                             " WHERE a.voided_at IS NULL AND s.voided_at IS NULL"
                             "   AND a.start_date <= :as_of AND (a.end_date IS NULL OR a.end_date >= :as_of)"
                             "   AND (s.active = 1 OR s.inactive_from > :as_of)"
                             " GROUP BY a.unit_id"));
    q.bindValue(QStringLiteral(":as_of"), sqlDate(asOf));
    if (!q.exec())
        return Error::database(tr("Cannot count the staff of the work units: %1").arg(q.lastError().databaseText()));
    QHash<qint64, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

Status WorkUnitRepository::validate(const WorkUnit& unit) const
{
    if (unit.code.trimmed().isEmpty())
        return Error::invalid(tr("A work unit needs a code."));
    if (unit.name.trimmed().isEmpty())
        return Error::invalid(tr("Work unit %1 needs a name.").arg(unit.code));
    if (!isUnitKind(unit.kind))
        return Error::invalid(tr("Unknown work unit kind \"%1\"; use one of: %2.")
                                  .arg(unit.kind, unitKindCodes().join(QStringLiteral(", "))));
    if (!unit.parentCode.isEmpty() && unit.parentCode.trimmed() == unit.code.trimmed())
        return Error::invalid(tr("Work unit %1 cannot be its own parent.").arg(unit.code));
    return {};
}

Result<qint64> WorkUnitRepository::resolveParent(const WorkUnit& unit) const
{
    if (unit.parentCode.trimmed().isEmpty())
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM work_unit WHERE code = ? AND voided_at IS NULL"));
    q.addBindValue(unit.parentCode.trimmed());
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("Unknown parent work unit code %1.").arg(unit.parentCode));
    return q.value(0).toLongLong();
}

Result<qint64> WorkUnitRepository::add(const WorkUnit& unit)
{
    if (auto valid = validate(unit); !valid)
        return valid.error();
    const auto parent = resolveParent(unit);
    if (!parent)
        return parent.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM work_unit WHERE code = ?"));
    q.addBindValue(unit.code.trimmed());
    if (q.exec() && q.next())
        return Error::conflict(tr("A work unit with code %1 already exists.").arg(unit.code.trimmed()));
    q.prepare(QStringLiteral("INSERT INTO work_unit (uuid, code, name, abbreviation, kind, parent_id, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(unit.uuid.isEmpty() ? Database::newUuid() : unit.uuid);
    q.addBindValue(unit.code.trimmed());
    q.addBindValue(unit.name.simplified());
    q.addBindValue(sqlText(unit.abbreviation.trimmed()));
    q.addBindValue(unit.kind);
    q.addBindValue(sqlId(*parent));
    q.addBindValue(m_db.nowStamp());
    if (!q.exec())
        return Error::database(tr("Cannot add work unit %1: %2").arg(unit.code, q.lastError().databaseText()));
    return q.lastInsertId().toLongLong();
}

Status WorkUnitRepository::update(const WorkUnit& unit)
{
    if (auto valid = validate(unit); !valid)
        return valid;
    const auto parent = resolveParent(unit);
    if (!parent)
        return parent.error();
    QSqlQuery q(m_db.connection());
    if (*parent > 0) {
        // Reports roll sub-units up to their parents: a unit must never end up above itself.
        q.prepare(QStringLiteral("WITH RECURSIVE above (id) AS (SELECT ? UNION"
                                 " SELECT w.parent_id FROM work_unit w JOIN above ON w.id = above.id WHERE w.parent_id IS NOT NULL)"
                                 " SELECT 1 FROM above JOIN work_unit u ON u.id = above.id WHERE u.code = ?"));
        q.addBindValue(*parent);
        q.addBindValue(unit.code.trimmed());
        if (!q.exec())
            return Error::database(q.lastError().databaseText());
        if (q.next())
            return Error::invalid(tr("Work unit %1 cannot be placed under %2, which is already below it.")
                                      .arg(unit.code.trimmed(), unit.parentCode.trimmed()));
    }
    q.prepare(QStringLiteral("UPDATE work_unit SET name = ?, abbreviation = ?, kind = ?, parent_id = ?, updated_at = ?"
                             " WHERE code = ? AND voided_at IS NULL"));
    q.addBindValue(unit.name.simplified());
    q.addBindValue(sqlText(unit.abbreviation.trimmed()));
    q.addBindValue(unit.kind);
    q.addBindValue(sqlId(*parent));
    q.addBindValue(m_db.nowStamp());
    q.addBindValue(unit.code.trimmed());
    if (!q.exec())
        return Error::database(tr("Cannot update work unit %1: %2").arg(unit.code, q.lastError().databaseText()));
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("Unknown work unit code %1.").arg(unit.code));
    return {};
}

Status WorkUnitRepository::setHead(const QString& unitCode, qint64 staffId, QDate from)
{
    if (!from.isValid())
        return Error::invalid(tr("The head's start date is not a valid date."));
    const auto unit = findByCode(unitCode, from);
    if (!unit)
        return unit.error();
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, staff_id, start_date FROM unit_head"
                                 " WHERE unit_id = ? AND end_date IS NULL AND voided_at IS NULL"));
        q.addBindValue(unit->id);
        if (!q.exec())
            return Error::database(q.lastError().databaseText());
        if (q.next()) {
            const qint64 termId = q.value(0).toLongLong();
            const QDate started = dateFromSql(q.value(2));
            if (q.value(1).toLongLong() == staffId)
                return Error::conflict(tr("This person has headed %1 since %2.").arg(unitCode, started.toString(Qt::ISODate)));
            if (from <= started)
                return Error::invalid(tr("The current head of %1 started on %2; the new head must start after that.")
                                          .arg(unitCode, started.toString(Qt::ISODate)));
            QSqlQuery close(m_db.connection());
            close.prepare(QStringLiteral("UPDATE unit_head SET end_date = ?, updated_at = ? WHERE id = ?"));
            close.addBindValue(sqlDate(from.addDays(-1)));
            close.addBindValue(m_db.nowStamp());
            close.addBindValue(termId);
            if (!close.exec())
                return Error::database(close.lastError().databaseText());
        }
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO unit_head (uuid, unit_id, staff_id, start_date, updated_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(Database::newUuid());
        insert.addBindValue(unit->id);
        insert.addBindValue(staffId);
        insert.addBindValue(sqlDate(from));
        insert.addBindValue(m_db.nowStamp());
        if (!insert.exec())
            return Error::database(tr("Cannot record the head of %1: %2").arg(unitCode, insert.lastError().databaseText()));
        return {};
    });
}

Result<QList<UnitHead>> WorkUnitRepository::headHistory(const QString& unitCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.unit_id, h.staff_id, h.start_date, h.end_date FROM unit_head h"
                             " JOIN work_unit u ON u.id = h.unit_id"
                             " WHERE u.code = ? AND h.voided_at IS NULL ORDER BY h.start_date"));
    q.addBindValue(unitCode.trimmed());
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    QList<UnitHead> terms;
    while (q.next())
        terms.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), dateFromSql(q.value(2)), dateFromSql(q.value(3))});
    return terms;
}

} // namespace netra
