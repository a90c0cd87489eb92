// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "Database.h"
#include "ElectionPeriodRepository.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include "core/DemoKabupaten.h"
#include "core/PersonName.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Result<DemoSeeder::Counts> DemoSeeder::seed(int staffCount, quint32 seed, const std::function<void(int)>& progress)
{
    const QList<WorkUnit> units = DemoKabupaten::units();
    if (staffCount < units.size())
        return Error::invalid(tr("Demo data needs at least %1 staff, one head per work unit.").arg(units.size()));
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM work_unit)")) || !q.next())
            return Error::database(q.lastError().databaseText());
        if (q.value(0).toLongLong() > 0)
            return Error::conflict(tr("The database already holds data; demo data goes into a new, empty database."));
    }

    DemoKabupaten kabupaten(seed);
    Counts counts;
    const QString stamp = m_db.nowStamp();
    // A large page cache keeps a million random-uuid index inserts in memory.
    QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = -262144"));

    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery unitInsert(m_db.connection());
        unitInsert.prepare(QStringLiteral("INSERT INTO work_unit (uuid, code, name, abbreviation, kind, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QList<qint64> unitIds;
        for (const WorkUnit& unit : units) {
            unitInsert.addBindValue(kabupaten.nextUuid());
            unitInsert.addBindValue(unit.code);
            unitInsert.addBindValue(unit.name);
            unitInsert.addBindValue(unit.abbreviation);
            unitInsert.addBindValue(unit.kind);
            unitInsert.addBindValue(stamp);
            if (!unitInsert.exec())
                return Error::database(unitInsert.lastError().databaseText());
            unitIds.push_back(unitInsert.lastInsertId().toLongLong());
        }
        counts.units = int(units.size());

        QSqlQuery staffInsert(m_db.connection());
        staffInsert.prepare(QStringLiteral(
            "INSERT INTO staff (uuid, nip, name, front_titles, bare_name, back_titles, name_key, kind, sex, birth_date,"
            " grade, position, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        QSqlQuery assignmentInsert(m_db.connection());
        assignmentInsert.prepare(QStringLiteral(
            "INSERT INTO assignment (uuid, staff_id, unit_id, start_date, end_date, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery headInsert(m_db.connection());
        headInsert.prepare(QStringLiteral("INSERT INTO unit_head (uuid, unit_id, staff_id, start_date, updated_at) VALUES (?, ?, ?, ?, ?)"));

        const auto insertAssignment = [&](qint64 staffId, int unitIndex, QDate from, QDate to) -> bool {
            assignmentInsert.addBindValue(kabupaten.nextUuid());
            assignmentInsert.addBindValue(staffId);
            assignmentInsert.addBindValue(unitIds.at(unitIndex));
            assignmentInsert.addBindValue(sqlDate(from));
            assignmentInsert.addBindValue(sqlDate(to));
            assignmentInsert.addBindValue(stamp);
            ++counts.assignments;
            return assignmentInsert.exec();
        };

        Status failure;
        kabupaten.generateStaff(staffCount, [&](const DemoKabupaten::Person& person) {
            if (!failure)
                return;
            const Staff& s = person.staff;
            staffInsert.addBindValue(s.uuid);
            staffInsert.addBindValue(s.nip);
            staffInsert.addBindValue(s.name);
            staffInsert.addBindValue(sqlTextNotNull(s.frontTitles));
            staffInsert.addBindValue(s.bareName);
            staffInsert.addBindValue(sqlTextNotNull(s.backTitles));
            staffInsert.addBindValue(nameKey(s.name));
            staffInsert.addBindValue(staffKindCode(s.kind));
            staffInsert.addBindValue(sexCode(*s.sex));
            staffInsert.addBindValue(sqlDate(s.birthDate));
            staffInsert.addBindValue(s.grade);
            staffInsert.addBindValue(s.position);
            staffInsert.addBindValue(stamp);
            if (!staffInsert.exec()) {
                failure = Error::database(tr("Cannot add demo staff %1: %2").arg(s.nip, staffInsert.lastError().databaseText()));
                return;
            }
            const qint64 staffId = staffInsert.lastInsertId().toLongLong();
            bool ok = true;
            if (person.previousUnitIndex >= 0)
                ok = insertAssignment(staffId, person.previousUnitIndex, person.previousFrom, person.assignedFrom.addDays(-1));
            ok = ok && insertAssignment(staffId, person.unitIndex, person.assignedFrom, QDate());
            if (ok && person.head) {
                headInsert.addBindValue(kabupaten.nextUuid());
                headInsert.addBindValue(unitIds.at(person.unitIndex));
                headInsert.addBindValue(staffId);
                headInsert.addBindValue(sqlDate(person.assignedFrom));
                headInsert.addBindValue(stamp);
                ok = headInsert.exec();
            }
            if (!ok) {
                failure = Error::database(tr("Cannot assign demo staff %1: %2")
                                              .arg(s.nip, assignmentInsert.lastError().databaseText() + headInsert.lastError().databaseText()));
                return;
            }
            ++counts.staff;
            if (progress && counts.staff % 10000 == 0)
                progress(counts.staff);
        });
        if (!failure)
            return failure;

        ElectionPeriodRepository periods(m_db);
        for (ElectionPeriod period : DemoKabupaten::periods()) {
            period.uuid = kabupaten.nextUuid();
            if (auto added = periods.add(period); !added)
                return added.error();
            ++counts.periods;
        }
        SettingsRepository settings(m_db);
        const auto values = DemoKabupaten::settings();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (auto set = settings.set(it.key(), it.value()); !set)
                return set.error();
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

} // namespace netra
