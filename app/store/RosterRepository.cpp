// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterRepository.h"

#include "BatchInsert.h"
#include "BulkLoadSchema.h"
#include "IkrarTally.h"
#include "Database.h"
#include "SqlValues.h"
#include "StaffSearchIndex.h"

#include "core/Nip.h"
#include "core/PersonName.h"

#include <QSqlError>

#include <algorithm>
#include <utility>

namespace netra {

namespace {

QVariant sexValue(const std::optional<Sex>& sex)
{
    return sex ? QVariant(sexCode(*sex)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

RosterRepository::RosterRepository(Database& db) : m_db(db) {}
RosterRepository::~RosterRepository() = default;

Result<QHash<qint64, RosterEntry>> RosterRepository::loadByNip(const std::function<quint64(const Staff&)>& fingerprint) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.nip, s.name, s.kind, coalesce(s.sex, ''), s.birth_date, coalesce(s.grade, ''),"
            "       coalesce(s.position, ''), s.active, coalesce(a.unit_id, 0), a.start_date"
            "  FROM staff s"
            "  LEFT JOIN assignment a ON a.staff_id = s.id AND a.end_date IS NULL AND a.voided_at IS NULL"
            " WHERE s.voided_at IS NULL AND s.nip IS NOT NULL")))
        return Error::database(tr("Cannot read the staff: %1").arg(q.lastError().databaseText()));
    QHash<qint64, RosterEntry> entries;
    Staff s; // the fields a fingerprint covers
    while (q.next()) {
        const auto key = Nip::asKey(q.value(1).toString());
        if (!key)
            continue; // not 18 digits: no file row can name it
        s.name = q.value(2).toString();
        s.kind = staffKindFromCode(q.value(3).toString()).value_or(StaffKind::Pns);
        s.sex = sexFromText(q.value(4).toString());
        s.birthDate = dateFromSql(q.value(5));
        s.grade = q.value(6).toString();
        s.position = q.value(7).toString();
        s.active = q.value(8).toBool();
        RosterEntry& e = entries[*key];
        e.staffId = q.value(0).toLongLong();
        e.fingerprint = fingerprint(s);
        e.unitId = q.value(9).toLongLong();
        e.assignedFrom = dateFromSql(q.value(10));
        e.kind = s.kind;
        e.active = s.active;
    }
    return entries;
}

Status RosterRepository::add(const QList<RosterAddition>& people, QDate from)
{
    if (people.isEmpty())
        return {};
    // Ids are given here rather than read back afterwards: within the import's transaction
    // nobody else adds staff, and SQLite would hand out the same ones (the largest plus one).
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM staff")) || !q.next())
        return Error::database(q.lastError().databaseText());
    qint64 id = q.value(0).toLongLong();
    q.finish();
    const QVariant now = m_db.nowStamp();
    const QVariant start = sqlDate(from);

    if (!m_staffRows) {
        m_staffRows = std::make_unique<BatchInsert>(
            m_db.connection(), QStringLiteral("staff"),
            QStringList{QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("nip"), QStringLiteral("name"),
                        QStringLiteral("front_titles"), QStringLiteral("bare_name"), QStringLiteral("back_titles"),
                        QStringLiteral("name_key"), QStringLiteral("kind"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                        QStringLiteral("grade"), QStringLiteral("position"), QStringLiteral("updated_at")});
        m_assignmentRows = std::make_unique<BatchInsert>(
            m_db.connection(), QStringLiteral("assignment"),
            QStringList{QStringLiteral("uuid"), QStringLiteral("staff_id"), QStringLiteral("unit_id"),
                        QStringLiteral("start_date"), QStringLiteral("updated_at")});
    }
    QList<const RosterAddition*> order;
    order.reserve(people.size());
    for (const RosterAddition& person : people)
        order.push_back(&person);
    // In name order: the search index's rowids then ascend through the batch (name bucket,
    // then id), and it is appended to instead of written a segment per person. Not needed
    // while the index is set aside.
    if (!m_setAside)
        std::sort(order.begin(), order.end(), [](const auto* a, const auto* b) { return a->nameKey < b->nameKey; });
    for (const RosterAddition* person : std::as_const(order)) {
        const Staff& s = person->staff;
        ++id;
        if (Status added = m_staffRows->add({id, Database::newUuid(), s.nip, s.name, sqlTextNotNull(s.frontTitles),
                                             s.bareName, sqlTextNotNull(s.backTitles), person->nameKey,
                                             staffKindCode(s.kind), sexValue(s.sex), sqlDate(s.birthDate),
                                             sqlText(s.grade), sqlText(s.position), now});
            !added)
            return added;
        if (Status added = m_assignmentRows->add({Database::newUuid(), id, s.unitId, start, now}); !added)
            return added;
    }
    if (Status flushed = m_staffRows->flush(); !flushed)
        return flushed;
    return m_assignmentRows->flush();
}

Status RosterRepository::update(const Staff& s)
{
    if (!m_update) {
        m_update = std::make_unique<QSqlQuery>(m_db.connection());
        m_update->prepare(QStringLiteral(
            "UPDATE staff SET name = ?, front_titles = ?, bare_name = ?, back_titles = ?, name_key = ?, kind = ?, sex = ?,"
            " birth_date = ?, grade = ?, position = ?, active = ?, inactive_from = ?, updated_at = ?"
            " WHERE id = ? AND voided_at IS NULL"));
    }
    QSqlQuery& w = *m_update;
    w.addBindValue(s.name);
    w.addBindValue(sqlTextNotNull(s.frontTitles));
    w.addBindValue(s.bareName);
    w.addBindValue(sqlTextNotNull(s.backTitles));
    w.addBindValue(nameKey(s.name));
    w.addBindValue(staffKindCode(s.kind));
    w.addBindValue(sexValue(s.sex));
    w.addBindValue(sqlDate(s.birthDate));
    w.addBindValue(sqlText(s.grade));
    w.addBindValue(sqlText(s.position));
    w.addBindValue(s.active ? 1 : 0);
    w.addBindValue(sqlDate(s.active ? QDate() : s.inactiveFrom));
    w.addBindValue(m_db.nowStamp());
    w.addBindValue(s.id);
    if (!w.exec())
        return Error::database(tr("Cannot save %1: %2").arg(s.name, w.lastError().databaseText()));
    return {};
}

Status RosterRepository::move(qint64 staffId, qint64 unitId, QDate from)
{
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("UPDATE assignment SET end_date = ?, updated_at = ?"
                             " WHERE staff_id = ? AND end_date IS NULL AND voided_at IS NULL"));
    w.addBindValue(sqlDate(from.addDays(-1)));
    w.addBindValue(m_db.nowStamp());
    w.addBindValue(staffId);
    if (!w.exec())
        return Error::database(tr("Cannot end an assignment: %1").arg(w.lastError().databaseText()));
    w.prepare(QStringLiteral("INSERT INTO assignment (uuid, staff_id, unit_id, start_date, updated_at) VALUES (?, ?, ?, ?, ?)"));
    w.addBindValue(Database::newUuid());
    w.addBindValue(staffId);
    w.addBindValue(unitId);
    w.addBindValue(sqlDate(from));
    w.addBindValue(m_db.nowStamp());
    if (!w.exec())
        return Error::database(tr("Cannot record an assignment: %1").arg(w.lastError().databaseText()));
    return {};
}

Status RosterRepository::correctUnit(qint64 staffId, qint64 unitId)
{
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("UPDATE assignment SET unit_id = ?, updated_at = ?"
                             " WHERE staff_id = ? AND end_date IS NULL AND voided_at IS NULL"));
    w.addBindValue(unitId);
    w.addBindValue(m_db.nowStamp());
    w.addBindValue(staffId);
    if (!w.exec())
        return Error::database(tr("Cannot correct an assignment: %1").arg(w.lastError().databaseText()));
    return {};
}

Status RosterRepository::deactivate(const QList<qint64>& staffIds, QDate from)
{
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("UPDATE staff SET active = 0, inactive_from = ?, updated_at = ?"
                             " WHERE id = ? AND voided_at IS NULL"));
    for (const qint64 id : staffIds) {
        w.addBindValue(sqlDate(from));
        w.addBindValue(m_db.nowStamp());
        w.addBindValue(id);
        if (!w.exec())
            return Error::database(tr("Cannot mark staff inactive: %1").arg(w.lastError().databaseText()));
    }
    return {};
}

Status RosterRepository::beginBulkAdd()
{
    if (m_setAside)
        return {};
    auto setAside = std::make_unique<BulkLoadSchema>(m_db.connection());
    // Set aside: the indexes new people land all over (NIP, name). Kept: those where they
    // land at the end (ascending staff ids, uuids in time order, each unit's newest
    // assignments) or nowhere (partial indexes of officials and of non-ASN ids). move() and
    // correctUnit() also need assignment_staff to find a person's current assignment.
    const QStringList kept = {QStringLiteral("staff_uuid"), QStringLiteral("staff_asn"), QStringLiteral("staff_official"),
                              QStringLiteral("staff_internal_id"), QStringLiteral("assignment_uuid"),
                              QStringLiteral("assignment_staff"), QStringLiteral("assignment_unit"),
                              QStringLiteral("assignment_unit_span")};
    if (Status done = setAside->suspend({QStringLiteral("staff"), QStringLiteral("assignment")}, kept);
        !done)
        return Error::database(tr("Cannot prepare the roster for a large import: %1").arg(done.error().message));
    m_setAside = std::move(setAside);
    return {};
}

Status RosterRepository::finishBulkAdd()
{
    if (!m_setAside)
        return {};
    if (Status done = m_setAside->rebuild(); !done)
        return Error::database(tr("Cannot rebuild the roster's indexes: %1").arg(done.error().message));
    m_setAside.reset();
    if (Status searchable = StaffSearchIndex(m_db).rebuild(); !searchable)
        return searchable;
    // The ikrar counts' triggers were set aside with the rest.
    return IkrarTally(m_db).rebuild();
}

Result<QString> RosterRepository::nextImportUnitCode() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(CAST(substr(code, 5) AS INTEGER)), 0) FROM work_unit"
                               " WHERE code LIKE 'IMP-%'"))
        || !q.next())
        return Error::database(q.lastError().databaseText());
    return QStringLiteral("IMP-%1").arg(q.value(0).toLongLong() + 1, 4, 10, QLatin1Char('0'));
}

} // namespace netra
