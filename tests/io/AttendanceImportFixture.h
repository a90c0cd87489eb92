// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The roster and the session that tests/data/import/google_forms_noisy.{csv,xlsx} were
// written against, shared by the importer's tests and the CLI's.
//
// Session 28 November 2023, 08:00 WIB, inviting Dinas Kesehatan and Dinas Pendidikan (not
// Kecamatan Sukamaju). The file's rows, and what each must come to:
//   2  Agus Mulyadi 10:15:40, by NIP with spaces     kept once, at 09:05:12 of row 7
//   3  Siti Rahmawati, by NIP with dots              matched; row 16 (name only) duplicates it
//   4  Joko Santoso, NIP with a leading apostrophe   matched, unit not invited (flagged)
//   5  Rina Wulandari, by NIP with spaces            matched
//   6  Andi Pratama, a valid NIP not on the roster   unmatched, never a walk-in
//   7  Agus Mulyadi 09:05:12, bare NIP               duplicate; its earlier time is kept
//   8  Budi Santoso, name only, nobody               unmatched, Joko Santoso offered
//   9  Dewi Lestari, S.Pd, name only                 by name (the only one)
//  10  Ir. Ahmad Fauzi, S.T., name only              by name: one of two namesakes is invited
//  11  nur hidayah, name only                        unmatched: both namesakes invited
//  12  Hendra Gunawan, NIP 1.98306172008011E+17      NIP not guessed; by name
//  13  Yanto, NIP 1,98703E+17                        unmatched: spreadsheet damage
//  14  SLAMET RIYADI, name only                      by name: the namesake inactive since June
//  15  Bambang Sutrisno, time "kemarin pagi"         by NIP at the session's start, warned
//  16  Siti Rahmawati, name only                     duplicate of row 3
// matched 9, by name 4, duplicates 2, unmatched 4.

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QHash>
#include <QTest>

namespace netra::test {

struct AttendanceRoster {
    qint64 sessionId = 0;
    QHash<QString, qint64> ids; // "agus", "siti", ... -> staff id
};

inline bool addUnit(Database& db, const QString& code, const QString& name, const QString& kind)
{
    WorkUnit unit;
    unit.code = code;
    unit.name = name;
    unit.kind = kind;
    const auto added = WorkUnitRepository(db).add(unit);
    if (!added)
        qWarning("unit %s: %s", qPrintable(code), qPrintable(added.error().message));
    return added.ok();
}

inline qint64 addPerson(Database& db, const QString& nip, const QString& name, const QString& unitCode)
{
    Staff s;
    s.nip = nip;
    s.name = name;
    s.kind = StaffKind::Pns;
    const auto added = StaffRepository(db).add(s, unitCode, QDate(2015, 1, 1));
    if (!added) {
        qWarning("staff %s: %s", qPrintable(nip), qPrintable(added.error().message));
        return 0;
    }
    return added->id;
}

// Fills an empty database; an empty result (sessionId 0) when something could not be added.
inline AttendanceRoster seedAttendanceRoster(Database& db)
{
    AttendanceRoster roster;
    if (!addUnit(db, QStringLiteral("1.02.01"), QStringLiteral("Dinas Kesehatan"), QStringLiteral("dinas"))
        || !addUnit(db, QStringLiteral("1.01.01"), QStringLiteral("Dinas Pendidikan dan Kebudayaan"), QStringLiteral("dinas"))
        || !addUnit(db, QStringLiteral("7.01.01"), QStringLiteral("Kecamatan Sukamaju"), QStringLiteral("kecamatan")))
        return {};
    const QString kes = QStringLiteral("1.02.01");
    const QString dik = QStringLiteral("1.01.01");
    const QString kec = QStringLiteral("7.01.01");
    const QList<std::tuple<const char*, const char*, const char*, QString>> people = {
        {"agus", "198703152010121002", "Drs. H. Agus Mulyadi, M.Si.", kes},
        {"siti", "199001012015032003", "Siti Rahmawati, S.Pd", dik},
        {"joko", "198012312005011007", "Joko Santoso", kec},
        {"rina", "198805122012122001", "Rina Wulandari, S.Kep", kes},
        {"dewi", "198511102009042001", "Dewi Lestari, S.Pd", dik},
        {"ahmad_kes", "198402152008011003", "Ahmad Fauzi, S.T.", kes},
        {"ahmad_kec", "198607072010011004", "Ahmad Fauzi", kec},
        {"nur_kes", "198909092014022002", "Nur Hidayah, S.Kep", kes},
        {"nur_dik", "199105052016032001", "Nur Hidayah, S.Pd", dik},
        {"hendra", "198306172008011004", "Hendra Gunawan", kes},
        {"slamet", "197805052003121002", "Slamet Riyadi", kec},
        {"slamet_old", "197001012000031001", "Drs. Slamet Riyadi", kec},
        {"bambang", "199203202019031005", "dr. Bambang Sutrisno", kec},
    };
    for (const auto& [key, nip, name, unit] : people) {
        const qint64 id = addPerson(db, QString::fromLatin1(nip), QString::fromUtf8(name), unit);
        if (id == 0)
            return {};
        roster.ids.insert(QString::fromLatin1(key), id);
    }
    // The older Slamet Riyadi left before the session: not a namesake on its date.
    StaffRepository staff(db);
    auto old = staff.findById(roster.ids.value(QStringLiteral("slamet_old")));
    if (!old)
        return {};
    old->active = false;
    old->inactiveFrom = QDate(2023, 6, 1);
    if (const auto updated = staff.update(*old, kec, QDate(2023, 6, 1)); !updated) {
        qWarning("inactive: %s", qPrintable(updated.error().message));
        return {};
    }

    ElectionPeriod period;
    period.name = QStringLiteral("Pemilu 2024");
    period.kind = ElectionKind::Pemilu;
    period.start = QDate(2023, 11, 1);
    period.votingDay = QDate(2024, 2, 14);
    period.end = QDate(2024, 6, 30);
    const auto periodId = ElectionPeriodRepository(db).add(period);
    if (!periodId) {
        qWarning("period: %s", qPrintable(periodId.error().message));
        return {};
    }
    Session session;
    session.periodId = *periodId;
    session.title = QStringLiteral("Sosialisasi Netralitas ASN");
    session.date = QDate(2023, 11, 28);
    session.start = QTime(8, 0);
    session.end = QTime(12, 0);
    session.venue = QStringLiteral("Aula Kantor Bupati");
    session.targetUnitCodes = {kes, dik};
    const auto stored = SessionRepository(db).add(session);
    if (!stored) {
        qWarning("session: %s", qPrintable(stored.error().message));
        return {};
    }
    roster.sessionId = stored->id;
    return roster;
}

} // namespace netra::test
