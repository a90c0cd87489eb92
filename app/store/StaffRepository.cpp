// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include "core/Nip.h"
#include "core/PersonName.h"
#include "core/StaffValidator.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace netra {

namespace {

const char* const selectStaff =
    "SELECT s.id, s.uuid, coalesce(s.nip, ''), coalesce(s.internal_id, ''), s.name, s.front_titles, s.bare_name,"
    "       s.back_titles, s.kind, coalesce(s.sex, ''), s.birth_date, coalesce(s.grade, ''), coalesce(s.position, ''),"
    "       s.is_official, s.active, s.inactive_from, coalesce(a.unit_id, 0), coalesce(u.code, '')"
    "  FROM staff s"
    "  LEFT JOIN assignment a ON a.staff_id = s.id AND a.end_date IS NULL AND a.voided_at IS NULL"
    "  LEFT JOIN work_unit u ON u.id = a.unit_id"
    " WHERE s.voided_at IS NULL";

Staff staffFromQuery(const QSqlQuery& q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.nip = q.value(2).toString();
    s.internalId = q.value(3).toString();
    s.name = q.value(4).toString();
    s.frontTitles = q.value(5).toString();
    s.bareName = q.value(6).toString();
    s.backTitles = q.value(7).toString();
    s.kind = staffKindFromCode(q.value(8).toString()).value_or(StaffKind::Pns);
    s.sex = sexFromText(q.value(9).toString());
    s.birthDate = dateFromSql(q.value(10));
    s.grade = q.value(11).toString();
    s.position = q.value(12).toString();
    s.official = q.value(13).toBool();
    s.active = q.value(14).toBool();
    s.inactiveFrom = dateFromSql(q.value(15));
    s.unitId = q.value(16).toLongLong();
    s.unitCode = q.value(17).toString();
    return s;
}

// The columns from nip to is_official, in that order, as INSERT and UPDATE both list them.
void bindRecordFields(QSqlQuery& q, const Staff& staff)
{
    q.addBindValue(sqlText(staff.nip));
    q.addBindValue(sqlText(staff.internalId));
    q.addBindValue(staff.name);
    q.addBindValue(sqlTextNotNull(staff.frontTitles));
    q.addBindValue(staff.bareName);
    q.addBindValue(sqlTextNotNull(staff.backTitles));
    q.addBindValue(nameKey(staff.name));
    q.addBindValue(staffKindCode(staff.kind));
    q.addBindValue(staff.sex ? QVariant(sexCode(*staff.sex)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(sqlDate(staff.birthDate));
    q.addBindValue(sqlText(staff.grade));
    q.addBindValue(sqlText(staff.position.simplified()));
    q.addBindValue(staff.official ? 1 : 0);
}

} // namespace

StaffRepository::StaffRepository(Database& db)
    : m_db(db)
{
}

StaffRepository::~StaffRepository() = default;

Result<Staff> StaffRepository::add(const Staff& draft, const QString& unitCode, QDate from)
{
    const auto valid = StaffValidator(m_db.clock().today()).validate(draft);
    if (!valid)
        return valid.error();
    Staff staff = *valid;
    if (!from.isValid())
        return Error::invalid(tr("The assignment start date is not a valid date."));

    const auto unit = unitIdByCode(unitCode);
    if (!unit)
        return unit.error();
    const qint64 unitId = *unit;

    QSqlQuery q(m_db.connection());
    if (!staff.nip.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM staff WHERE nip = ?"));
        q.addBindValue(staff.nip);
        if (q.exec() && q.next())
            return Error::conflict(tr("NIP %1 is already recorded for %2.").arg(staff.nip, q.value(0).toString()));
    } else {
        const auto internalId = nextInternalId();
        if (!internalId)
            return internalId.error();
        staff.internalId = *internalId;
    }

    staff.uuid = staff.uuid.isEmpty() ? Database::newUuid() : staff.uuid;
    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO staff (uuid, nip, internal_id, name, front_titles, bare_name, back_titles, name_key, kind, sex,"
            " birth_date, grade, position, is_official, active, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        insert.addBindValue(staff.uuid);
        bindRecordFields(insert, staff);
        insert.addBindValue(m_db.nowStamp());
        if (!insert.exec())
            return Error::database(tr("Cannot add %1: %2").arg(staff.name, insert.lastError().databaseText()));
        staff.id = insert.lastInsertId().toLongLong();

        return openAssignment(staff, unitId, from);
    });
    if (!written)
        return written.error();
    staff.unitId = unitId;
    staff.unitCode = unitCode.trimmed();
    staff.active = true;
    return staff;
}

Result<qint64> StaffRepository::unitIdByCode(const QString& unitCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM work_unit WHERE code = ? AND voided_at IS NULL"));
    q.addBindValue(unitCode.trimmed());
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("Unknown work unit code %1.").arg(unitCode));
    return q.value(0).toLongLong();
}

Status StaffRepository::openAssignment(const Staff& staff, qint64 unitId, QDate from)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO assignment (uuid, staff_id, unit_id, start_date, updated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(Database::newUuid());
    q.addBindValue(staff.id);
    q.addBindValue(unitId);
    q.addBindValue(sqlDate(from));
    q.addBindValue(m_db.nowStamp());
    if (!q.exec())
        return Error::database(tr("Cannot assign %1: %2").arg(staff.name, q.lastError().databaseText()));
    return {};
}

Result<QString> StaffRepository::nextInternalId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(CAST(substr(internal_id, 4) AS INTEGER)), 0) FROM staff"
                               " WHERE internal_id LIKE 'NA-%'"))
        || !q.next())
        return Error::database(q.lastError().databaseText());
    return QStringLiteral("NA-%1").arg(q.value(0).toLongLong() + 1, 6, 10, QLatin1Char('0'));
}

Result<Staff> StaffRepository::findByNip(const QString& nip) const
{
    const QString key = nip.trimmed().startsWith(QLatin1String("NA-"), Qt::CaseInsensitive) ? nip.trimmed().toUpper()
                                                                                             : Nip::clean(nip);
    if (!m_byNip) {
        m_byNip = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_byNip->prepare(QLatin1String(selectStaff) + QLatin1String(" AND (s.nip = :key OR s.internal_id = :key)"))) {
            const QString reason = m_byNip->lastError().databaseText();
            m_byNip.reset();
            return Error::database(reason);
        }
    }
    QSqlQuery& q = *m_byNip;
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next()) {
        q.finish();
        return Error::notFound(tr("No staff member with NIP %1.").arg(nip.trimmed()));
    }
    Staff found = staffFromQuery(q);
    q.finish();
    return found;
}

Result<Staff> StaffRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(selectStaff) + QLatin1String(" AND s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return Error::notFound(tr("No staff member with id %1.").arg(id));
    return staffFromQuery(q);
}

Result<QList<Staff>> StaffRepository::findByIds(const QList<qint64>& ids) const
{
    QList<Staff> found;
    if (ids.isEmpty())
        return found;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectStaff) + QStringLiteral(" AND s.id IN (%1)").arg(marks.join(QLatin1Char(','))));
    for (const qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return Error::database(tr("Cannot read the staff: %1").arg(q.lastError().databaseText()));
    QHash<qint64, Staff> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        Staff s = staffFromQuery(q);
        byId.insert(s.id, std::move(s));
    }
    found.reserve(byId.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            found.push_back(*it);
    }
    return found;
}

Result<Staff> StaffRepository::update(const Staff& changed, const QString& unitCode, QDate from)
{
    const auto current = findById(changed.id);
    if (!current)
        return current.error();
    const auto valid = StaffValidator(m_db.clock().today()).validate(changed);
    if (!valid)
        return valid.error();
    Staff staff = *valid;
    staff.uuid = current->uuid;
    staff.internalId = current->internalId;

    const auto unit = unitIdByCode(unitCode);
    if (!unit)
        return unit.error();
    const qint64 unitId = *unit;
    const bool moves = unitId != current->unitId;
    QDate currentStart;
    if (moves && current->unitId > 0) {
        const auto history = assignments(staff.id);
        if (!history)
            return history.error();
        for (const Assignment& a : *history)
            if (a.unitId == current->unitId && !a.to.isValid())
                currentStart = a.from;
    }
    if (moves && !from.isValid())
        return Error::invalid(tr("The date of the move is not a valid date."));
    if (moves && currentStart.isValid() && from <= currentStart)
        return Error::invalid(tr("The move must be dated after %1, when the current assignment started.")
                                  .arg(currentStart.toString(Qt::ISODate)));

    QSqlQuery q(m_db.connection());
    if (!staff.nip.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM staff WHERE nip = ? AND id <> ?"));
        q.addBindValue(staff.nip);
        q.addBindValue(staff.id);
        if (q.exec() && q.next())
            return Error::conflict(tr("NIP %1 is already recorded for %2.").arg(staff.nip, q.value(0).toString()));
    } else if (staff.internalId.isEmpty()) {
        const auto internalId = nextInternalId();
        if (!internalId)
            return internalId.error();
        staff.internalId = *internalId;
    }
    if (staff.active)
        staff.inactiveFrom = QDate();
    else if (!staff.inactiveFrom.isValid())
        staff.inactiveFrom = m_db.clock().today();

    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery w(m_db.connection());
        w.prepare(QStringLiteral(
            "UPDATE staff SET nip = ?, internal_id = ?, name = ?, front_titles = ?, bare_name = ?, back_titles = ?,"
            " name_key = ?, kind = ?, sex = ?, birth_date = ?, grade = ?, position = ?, is_official = ?, active = ?,"
            " inactive_from = ?, updated_at = ? WHERE id = ? AND voided_at IS NULL"));
        bindRecordFields(w, staff);
        w.addBindValue(staff.active ? 1 : 0);
        w.addBindValue(sqlDate(staff.inactiveFrom));
        w.addBindValue(m_db.nowStamp());
        w.addBindValue(staff.id);
        if (!w.exec())
            return Error::database(tr("Cannot save %1: %2").arg(staff.name, w.lastError().databaseText()));
        if (!moves)
            return {};
        w.prepare(QStringLiteral("UPDATE assignment SET end_date = ?, updated_at = ?"
                                 " WHERE staff_id = ? AND end_date IS NULL AND voided_at IS NULL"));
        w.addBindValue(sqlDate(from.addDays(-1)));
        w.addBindValue(m_db.nowStamp());
        w.addBindValue(staff.id);
        if (!w.exec())
            return Error::database(tr("Cannot end the assignment of %1: %2").arg(staff.name, w.lastError().databaseText()));
        return openAssignment(staff, unitId, from);
    });
    if (!written)
        return written.error();
    return findById(staff.id);
}

Status StaffRepository::forEach(const StaffFilter& filter, const std::function<void(const Staff&)>& visit) const
{
    QString sql = QLatin1String(selectStaff);
    if (!filter.unitCode.isEmpty())
        sql += QLatin1String(" AND u.code = :unit");
    if (filter.activeOnly)
        sql += QLatin1String(" AND s.active = 1");
    sql += QLatin1String(" ORDER BY u.code, s.bare_name, s.id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.unitCode.isEmpty())
        q.bindValue(QStringLiteral(":unit"), filter.unitCode.trimmed());
    if (!q.exec())
        return Error::database(tr("Cannot read the staff: %1").arg(q.lastError().databaseText()));
    while (q.next())
        visit(staffFromQuery(q));
    return {};
}

Result<qint64> StaffRepository::count(const StaffFilter& filter) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM staff s"
                                 " LEFT JOIN assignment a ON a.staff_id = s.id AND a.end_date IS NULL AND a.voided_at IS NULL"
                                 " LEFT JOIN work_unit u ON u.id = a.unit_id WHERE s.voided_at IS NULL");
    if (!filter.unitCode.isEmpty())
        sql += QLatin1String(" AND u.code = :unit");
    if (filter.activeOnly)
        sql += QLatin1String(" AND s.active = 1");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    if (!filter.unitCode.isEmpty())
        q.bindValue(QStringLiteral(":unit"), filter.unitCode.trimmed());
    if (!q.exec() || !q.next())
        return Error::database(q.lastError().databaseText());
    return q.value(0).toLongLong();
}

Result<QList<Assignment>> StaffRepository::assignments(qint64 staffId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.staff_id, a.unit_id, u.code, a.start_date, a.end_date FROM assignment a"
                             " JOIN work_unit u ON u.id = a.unit_id"
                             " WHERE a.staff_id = ? AND a.voided_at IS NULL ORDER BY a.start_date"));
    q.addBindValue(staffId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    QList<Assignment> history;
    while (q.next())
        history.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                           dateFromSql(q.value(4)), dateFromSql(q.value(5))});
    return history;
}

Status StaffRepository::voidStaff(qint64 staffId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give a reason for voiding this record."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET voided_at = ?, void_reason = ?, updated_at = ? WHERE id = ? AND voided_at IS NULL"));
    q.addBindValue(m_db.nowStamp());
    q.addBindValue(reason.trimmed());
    q.addBindValue(m_db.nowStamp());
    q.addBindValue(staffId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("No staff member with id %1.").arg(staffId));
    return {};
}

} // namespace netra
