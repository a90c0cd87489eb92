// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "BatchInsert.h"
#include "AttendanceRepository.h" // invitedStaffSql
#include "BulkLoadSchema.h"
#include "IkrarTally.h"
#include "CaseRepository.h"
#include "SessionRepository.h"
#include "Database.h"
#include "DemoPersonStream.h"
#include "ElectionPeriodRepository.h"
#include "SettingsRepository.h"
#include "SqlValues.h"
#include "StaffOnDate.h"
#include "StaffSearchIndex.h"

#include "core/DemoKabupaten.h"
#include "core/PersonName.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace netra {

Result<DemoSeeder::Counts> DemoSeeder::seed(int staffCount, quint32 seed, const std::function<void(int)>& progress,
                                            Scope scope)
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
    // A page cache as large as a million-staff file keeps the load and the index builds in
    // memory (it only grows as pages are used). The file is new and empty (checked above), so
    // a crash mid-way loses nothing: skip the journal and the syncs while seeding and restore
    // them afterwards.
    QSqlQuery pragma(m_db.connection());
    const QString cacheSize = pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()
        ? pragma.value(0).toString()
        : QStringLiteral("-2000");
    pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA threads = 2")); // CREATE INDEX sorts on both cores
    const bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next()
        && pragma.value(0).toString() == QLatin1String("wal");
    pragma.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    pragma.finish();
    const auto restore = [&] {
        QSqlQuery q(m_db.connection());
        q.exec(wal ? QStringLiteral("PRAGMA journal_mode = WAL") : QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA cache_size = ") + cacheSize); // the connection's own, as opened
        q.exec(QStringLiteral("PRAGMA threads = 0"));
    };

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

        BulkLoadSchema derived(m_db.connection());
        if (auto suspended = derived.suspend({QStringLiteral("staff"), QStringLiteral("assignment")}); !suspended)
            return suspended;
        // Ids are given here, not read back per row, so that staff and assignments can go in
        // multi-row statements (the database is empty: ids start at 1).
        BatchInsert staffRows(m_db.connection(), QStringLiteral("staff"),
                              {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("nip"), QStringLiteral("name"),
                               QStringLiteral("front_titles"), QStringLiteral("bare_name"), QStringLiteral("back_titles"),
                               QStringLiteral("name_key"), QStringLiteral("kind"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                               QStringLiteral("grade"), QStringLiteral("position"), QStringLiteral("updated_at")});
        BatchInsert assignmentRows(m_db.connection(), QStringLiteral("assignment"),
                                   {QStringLiteral("uuid"), QStringLiteral("staff_id"), QStringLiteral("unit_id"),
                                    QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("updated_at")});
        QSqlQuery headInsert(m_db.connection());
        headInsert.prepare(QStringLiteral("INSERT INTO unit_head (uuid, unit_id, staff_id, start_date, updated_at) VALUES (?, ?, ?, ?, ?)"));

        QHash<QDate, QVariant> dateTexts; // a few thousand distinct dates among a million rows
        const auto dateText = [&](QDate date) -> QVariant {
            auto it = dateTexts.find(date);
            if (it == dateTexts.end())
                it = dateTexts.insert(date, sqlDate(date));
            return *it;
        };
        const QVariant stampValue(stamp);
        // An assignment refers to its staff row, so assignments wait until the staff batch
        // holding their people has been written.
        QList<QList<QVariant>> waitingAssignments;
        const auto addAssignment = [&](const QString& uuid, qint64 staffId, int unitIndex, QDate from, QDate to) {
            ++counts.assignments;
            waitingAssignments.push_back({uuid, staffId, unitIds.at(unitIndex), dateText(from), dateText(to), stampValue});
            return Status();
        };
        const auto releaseAssignments = [&]() -> Status {
            for (const auto& row : std::as_const(waitingAssignments))
                if (auto added = assignmentRows.add(row); !added)
                    return added;
            waitingAssignments.clear();
            return {};
        };

        struct Head {
            qint64 unitId;
            qint64 staffId;
            QDate from;
            QString uuid;
        };
        QList<Head> heads; // written after the batches, once their staff rows exist
        Status failure;
        qint64 staffId = 0;
        const auto write = [&](const DemoKabupaten::Person& person) {
            const Staff& s = person.staff;
            ++staffId;
            failure = staffRows.add({staffId, s.uuid, s.nip, s.name, sqlTextNotNull(s.frontTitles), s.bareName,
                                     sqlTextNotNull(s.backTitles), person.nameKey, staffKindCode(s.kind), sexCode(*s.sex),
                                     dateText(s.birthDate), s.grade, s.position, stampValue});
            if (failure && person.previousUnitIndex >= 0)
                failure = addAssignment(person.previousAssignmentUuid, staffId, person.previousUnitIndex, person.previousFrom,
                                        person.assignedFrom.addDays(-1));
            if (failure)
                failure = addAssignment(person.assignmentUuid, staffId, person.unitIndex, person.assignedFrom, QDate());
            if (failure && !staffRows.hasPending())
                failure = releaseAssignments();
            if (person.head)
                heads.push_back({unitIds.at(person.unitIndex), staffId, person.assignedFrom, person.headUuid});
            ++counts.staff;
            if (progress && counts.staff % 10000 == 0)
                progress(counts.staff);
        };
        {
            DemoPersonStream people(kabupaten, staffCount);
            for (auto chunk = people.next(); failure && !chunk.empty(); chunk = people.next())
                for (const auto& person : chunk)
                    if (failure)
                        write(person);
        }
        if (failure)
            failure = staffRows.flush();
        if (failure)
            failure = releaseAssignments();
        if (failure)
            failure = assignmentRows.flush();
        if (!failure)
            return failure;
        if (auto rebuilt = derived.rebuild(); !rebuilt)
            return rebuilt;
        // The search index's triggers were suspended with the rest: it is written whole, in
        // name order, over buckets placed for this roster.
        if (auto searchable = StaffSearchIndex(m_db).rebuild(); !searchable)
            return searchable;
        for (const Head& head : std::as_const(heads)) {
            headInsert.addBindValue(head.uuid);
            headInsert.addBindValue(head.unitId);
            headInsert.addBindValue(head.staffId);
            headInsert.addBindValue(sqlDate(head.from));
            headInsert.addBindValue(stamp);
            if (!headInsert.exec())
                return Error::database(tr("Cannot record the head of a demo unit: %1").arg(headInsert.lastError().databaseText()));
        }

        // A period's trigger lists everyone as not yet signed; the list is written once at the
        // end instead, after the pledges.
        BulkLoadSchema periodTriggers(m_db.connection());
        if (auto suspended = periodTriggers.suspend({QStringLiteral("election_period")}); !suspended)
            return suspended;
        ElectionPeriodRepository periods(m_db);
        for (ElectionPeriod period : DemoKabupaten::periods()) {
            period.uuid = kabupaten.nextUuid();
            if (auto added = periods.add(period); !added)
                return added.error();
            ++counts.periods;
        }
        if (auto rebuilt = periodTriggers.rebuild(); !rebuilt)
            return rebuilt;
        if (scope == Scope::Everything)
            if (auto seeded = seedActivity(kabupaten, seed, staffCount, counts); !seeded)
                return seeded;
        // The roster's and the pledges' triggers were set aside: the ikrar counts are written
        // once, from the rows.
        if (auto tallied = IkrarTally(m_db).rebuild(); !tallied)
            return tallied;
        SettingsRepository settings(m_db);
        const auto values = DemoKabupaten::settings();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (auto set = settings.set(it.key(), it.value()); !set)
                return set.error();
        return {};
    });
    restore();
    if (!written)
        return written.error();
    return counts;
}

Status DemoSeeder::seedActivity(DemoKabupaten& kabupaten, quint32 seed, int staffCount, Counts& counts)
{
    ElectionPeriodRepository periods(m_db);
    SessionRepository sessions(m_db);
    // Millions of records for a million staff: the attendance indexes are built once,
    // by sorting, after the rows are in.
    BulkLoadSchema attendanceIndexes(m_db.connection());
    if (auto suspended = attendanceIndexes.suspend({QStringLiteral("attendance")}); !suspended)
        return suspended;
    for (Session session : DemoKabupaten::sessions()) {
        const auto period = periods.findByName(session.periodName);
        if (!period)
            return period.error();
        session.periodId = period->id;
        session.uuid = kabupaten.nextUuid();
        const auto stored = sessions.add(session);
        if (!stored)
            return stored.error();
        Session seeded = *stored;
        seeded.closedAt = session.closedAt;
        const auto records = seedAttendance(seeded, seed);
        if (!records)
            return records.error();
        counts.attendance += *records;
        ++counts.sessions;
    }
    if (auto rebuilt = attendanceIndexes.rebuild(); !rebuilt)
        return rebuilt;
    const auto stored = periods.list();
    if (!stored)
        return stored.error();
    // A million pledges: their indexes are sorted once afterwards, and their ikrar counts
    // written whole by the caller instead of row by row by the triggers.
    BulkLoadSchema pledgeIndexes(m_db.connection());
    if (auto suspended = pledgeIndexes.suspend({QStringLiteral("pledge")}); !suspended)
        return suspended;
    for (const ElectionPeriod& period : *stored) {
        const auto pledged = seedPledges(period, seed);
        if (!pledged)
            return pledged.error();
        counts.pledges += *pledged;
        const auto reported = seedCases(period, seed, staffCount);
        if (!reported)
            return reported.error();
        counts.cases += *reported;
    }
    return pledgeIndexes.rebuild();
}

Result<int> DemoSeeder::seedAttendance(const Session& session, quint32 seed)
{
    // h in [0, 1000) per person and session: 80 % hadir, then izin, sakit and dinas luar;
    // the rest have no record, or alpa when the session is closed. Arrivals spread over the
    // first 45 minutes on the region's clock (WIB), stored in UTC.
    const QString start = session.date.toString(Qt::ISODate) + QLatin1Char(' ')
                          + (session.start.isValid() ? session.start : QTime(8, 0)).toString(QStringLiteral("HH:mm:ss"));
    // Put together by concatenation: QString::arg would read printf's %04x as a marker.
    const QString sql =
        QStringLiteral(
            "INSERT INTO attendance (uuid, session_id, staff_id, status, captured_at, method, outside_target, updated_at)"
            " SELECT printf('%08x-%04x-8000-8000-%012x', :session, :seed, i.staff_id), :session, i.staff_id,"
            "        CASE WHEN h < 800 THEN 'hadir' WHEN h < 840 THEN 'izin' WHEN h < 860 THEN 'sakit'"
            "             WHEN h < 890 THEN 'dinas_luar' ELSE 'alpa' END,"
            "        CASE WHEN h >= 890 THEN :closedAt ELSE strftime('%Y-%m-%dT%H:%M:%SZ', :start, '-7 hours', '+' || (h % 45) || ' minutes',"
            "                 '+' || (h % 60) || ' seconds') END,"
            "        CASE WHEN h >= 800 THEN 'bulk' WHEN h % 10 = 0 THEN 'import' ELSE 'desk' END, 0, :now"
            "   FROM (SELECT staff_id, abs(staff_id * 2654435761 + :session * 40503 + :seed) % 1000 AS h FROM (")
        + invitedStaffSql(session) + QStringLiteral(")) i WHERE h < 890 OR :closed = 1");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":session"), session.id);
    q.bindValue(QStringLiteral(":seed"), qint64(seed & 0xffff));
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":now"), m_db.nowStamp());
    q.bindValue(QStringLiteral(":closed"), session.closed() ? 1 : 0);
    q.bindValue(QStringLiteral(":closedAt"), session.closedAt.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Error::database(tr("Cannot write the demo attendance: %1").arg(q.lastError().databaseText()));
    // Read now: SQLite counts the changes of the connection's latest statement.
    const int written = q.numRowsAffected();
    if (session.closed()) {
        QSqlQuery close(m_db.connection());
        close.prepare(QStringLiteral("UPDATE session SET closed_at = ? WHERE id = ?"));
        close.addBindValue(session.closedAt.toUTC().toString(Qt::ISODate));
        close.addBindValue(session.id);
        if (!close.exec())
            return Error::database(close.lastError().databaseText());
    }
    return written;
}

Result<int> DemoSeeder::seedPledges(const ElectionPeriod& period, quint32 seed)
{
    // Who owes what is decided on the seventh week of the period; h in [0, 1000) per person:
    // below 760 signed, on day h % 42 of the period (most at the apel on its first day); the
    // heads' pacts (90 %) within the first week.
    const QDate asOf = period.start.addDays(42);
    const QString start = period.start.toString(Qt::ISODate);
    const QString sql =
        QStringLiteral(
            "INSERT INTO pledge (uuid, kind, staff_id, period_id, signed_on, place, recorded_by, updated_at)"
            " SELECT printf('%08x-%04x-8000-9000-%012x', :period, :seed + (CASE :kind WHEN 'ikrar' THEN 0 ELSE 1 END),"
            "               o.staff_id), :kind, o.staff_id, :period,"
            "        date(:start, '+' || (CASE WHEN :kind = 'pakta' THEN h % 7 WHEN h < 500 THEN 0 ELSE h % 42 END) || ' days'),"
            "        CASE WHEN h < 500 THEN 'Apel bersama, halaman Kantor Bupati' ELSE '' END, 'demo', :now"
            "   FROM (SELECT staff_id, abs(staff_id * 2654435761 + :period * 7919 + :seed) % 1000 AS h FROM (")
        + QStringLiteral("%1")
        + QStringLiteral(")) o WHERE h < :share");
    int written = 0;
    for (const auto& [kind, owed, share] : {std::tuple{QStringLiteral("ikrar"), activeAsnOnSql(asOf), 760},
                                            std::tuple{QStringLiteral("pakta"), paktaSignatoriesOnSql(asOf), 900}}) {
        QSqlQuery q(m_db.connection());
        q.prepare(QString(sql).replace(QStringLiteral("%1"), owed));
        q.bindValue(QStringLiteral(":period"), period.id);
        q.bindValue(QStringLiteral(":seed"), qint64(seed & 0x7fff));
        q.bindValue(QStringLiteral(":kind"), kind);
        q.bindValue(QStringLiteral(":start"), start);
        q.bindValue(QStringLiteral(":now"), m_db.nowStamp());
        q.bindValue(QStringLiteral(":share"), share);
        if (!q.exec())
            return Error::database(tr("Cannot write the demo pledges: %1").arg(q.lastError().databaseText()));
        written += q.numRowsAffected();
    }
    return written;
}

Result<int> DemoSeeder::seedCases(const ElectionPeriod& period, quint32 seed, int staffCount)
{
    // Weighted as reports run (social media first); each case ends in one of six statuses.
    static const struct {
        const char* kind;
        int weight;
        const char* sanction; // recommended and imposed when it gets that far
    } kinds[] = {
        {"media_sosial", 40, "moral_terbuka"},           {"foto_bersama_simbol_paslon", 12, "moral_tertutup"},
        {"menghadiri_kampanye", 10, "moral_terbuka"},    {"memasang_atribut", 5, "moral_tertutup"},
        {"ikut_kampanye", 8, "sedang_tukin_6"},          {"dukungan_ktp", 5, "sedang_tukin_9"},
        {"fasilitas_negara", 6, "berat_turun_jabatan"}, {"menjadi_tim_sukses", 4, "berat_bebas_jabatan"},
        {"keberpihakan_kebijakan", 4, "berat_turun_jabatan"}, {"kegiatan_pemberian_barang", 4, "berat_bebas_jabatan"},
        {"lainnya", 2, "moral_tertutup"},
    };
    static const char* const sources[] = {"temuan_bawaslu", "temuan_bawaslu", "laporan_masyarakat", "media",
                                          "pengawasan_internal"};
    const int count = std::clamp(staffCount / 1000, 12, 2000);
    QRandomGenerator random(seed * 7919u + quint32(period.id));
    // People active a month before voting day, spread over the whole staff by a hash.
    const QDate pickDay = period.votingDay.addDays(-30);
    QSqlQuery pick(m_db.connection());
    pick.setForwardOnly(true);
    if (!pick.exec(QStringLiteral("SELECT o.staff_id, s.kind = 'PNS' FROM (") + activeAsnOnSql(pickDay)
                   + QStringLiteral(") o JOIN staff s ON s.id = o.staff_id ORDER BY (o.staff_id * 2654435761 + %1) % 1000003"
                                    " LIMIT %2")
                         .arg(seed)
                         .arg(count)))
        return Error::database(tr("Cannot choose the demo cases: %1").arg(pick.lastError().databaseText()));
    QList<std::pair<qint64, bool>> people; // staff id, PNS
    while (pick.next())
        people.push_back({pick.value(0).toLongLong(), pick.value(1).toBool()});
    pick.finish();

    CaseRepository cases(m_db);
    const QDate firstAct = period.start.addDays(14);
    const int actSpan = std::max(1, int(firstAct.daysTo(period.votingDay)));
    int written = 0;
    for (qsizetype i = 0; i < people.size(); ++i) {
        int roll = int(random.bounded(100));
        auto kind = std::cbegin(kinds);
        while (roll >= kind->weight && std::next(kind) != std::cend(kinds)) {
            roll -= kind->weight;
            ++kind;
        }
        CaseReport report;
        report.staffId = people.at(i).first;
        report.periodId = period.id;
        report.kindCode = QLatin1String(kind->kind);
        report.actDate = firstAct.addDays(random.bounded(actSpan));
        report.sourceCode = QLatin1String(sources[random.bounded(int(std::size(sources)))]);
        report.externalNo = QStringLiteral("%1/LP/PL/Kab/%2").arg(100 + i).arg(period.votingDay.year());
        report.description = QStringLiteral("Data contoh");
        report.recordedBy = QStringLiteral("demo");
        const auto id = cases.report(report);
        if (!id)
            return id.error();
        ++written;
        // Where it ends: i % 10 spreads the six statuses (sanctions the most common end).
        const int end = int(i % 10);
        QDate day = report.actDate;
        const auto step = [&](CaseStatus to, int afterDays, const char* sanction = nullptr) -> Status {
            day = day.addDays(afterDays);
            CaseMove move;
            move.to = to;
            move.date = std::min(day, m_db.clock().today());
            move.recordedBy = QStringLiteral("demo");
            if (to == CaseStatus::Klarifikasi)
                move.body = QStringLiteral("Bawaslu Kabupaten");
            if (to == CaseStatus::Rekomendasi) {
                move.body = QStringLiteral("BKN");
                move.letterNo = QStringLiteral("%1/R/BKN/%2").arg(2000 + i).arg(day.year());
                move.letterDate = move.date.addDays(-2);
            }
            if (to == CaseStatus::Sanksi)
                move.letterNo = QStringLiteral("800/%1/BKPSDM/%2").arg(300 + i).arg(day.year());
            if (sanction) // the heavy end of a PPPK's scale ends the contract
                move.sanctionCode = !people.at(i).second && QByteArray(sanction).startsWith("berat")
                    ? QStringLiteral("pppk_putus_kontrak")
                    : QLatin1String(sanction);
            const auto moved = cases.move(*id, move);
            return moved ? Status() : Status(moved.error());
        };
        Status done;
        if (end == 0) // still reported
            continue;
        if (end == 1) { // withdrawn before any examination
            if (!(done = step(CaseStatus::Dihentikan, 4)))
                return done.error();
            continue;
        }
        if (!(done = step(CaseStatus::Klarifikasi, 3)))
            return done.error();
        if (end == 2) // under examination
            continue;
        if (end == 3) {
            if (!(done = step(CaseStatus::TidakTerbukti, 7)))
                return done.error();
            continue;
        }
        if (!(done = step(CaseStatus::Rekomendasi, 10, kind->sanction)))
            return done.error();
        if (end <= 5) // awaiting the head of region's decision, most of them overdue by now
            continue;
        if (!(done = step(CaseStatus::Sanksi, 12, kind->sanction)))
            return done.error();
    }
    // The repository gives random uuids; the same seed must give the same file, so the
    // demo's are made from the row ids, which are the same for the same seed.
    const QString seedHex = QString::number(seed & 0xffff);
    const QString periodId = QString::number(period.id);
    QSqlQuery uuids(m_db.connection());
    for (const QString& sql :
         {QStringLiteral("UPDATE violation_case SET uuid = printf('%08x-%04x-8000-a000-%012x', period_id, ") + seedHex
              + QStringLiteral(", id) WHERE period_id = ") + periodId,
          QStringLiteral("UPDATE case_step SET uuid = printf('%08x-%04x-8000-a001-%012x', ") + periodId
              + QStringLiteral(", ") + seedHex
              + QStringLiteral(", id) WHERE case_id IN (SELECT id FROM violation_case WHERE period_id = ") + periodId
              + QStringLiteral(")")})
        if (!uuids.exec(sql))
            return Error::database(tr("Cannot write the demo cases: %1").arg(uuids.lastError().databaseText()));
    return written;
}

} // namespace netra
