// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hand-made Pemda whose compliance figures are worked out by hand in tests/store/
// TestCompliance.cpp: a mover between units, someone who joins after the date, someone who
// left, excused against present, a pakta that is not an ikrar, a unit without a head, case
// statuses taken from the history on the date. The io tests write it out as a workbook.

#include "StoreTestSupport.h"

#include "core/CaseStatus.h"
#include "store/AttendanceRepository.h"
#include "store/CaseRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <optional>

namespace netra::test::pemda {

using namespace Qt::StringLiterals;

// Unit A 1.01.01 (head Budi), B 1.02.01 (head Citra), C 7.01.01 (no head), D 8.01.01 (nobody).
inline const QString kBudi = u"198703152010121002"_s;  // A, head; ikrar + pakta; present S1, S2
inline const QString kAni = u"199205172019032011"_s;   // A; ikrar; excused S1, present S2; a case, recommended
inline const QString kDodi = u"198001012005011001"_s;  // A, moves to B on 2024-01-15; ikrar; present S1
inline const QString kEka = u"199502022020122003"_s;   // joins A on 2024-03-01
inline const QString kCitra = u"198502022010012003"_s; // B, head; ikrar after voting day, no pakta; present S1
inline const QString kFajar = u"199003032015031004"_s; // B; ikrar; sick S1, present S3 (after voting day)
inline const QString kGita = u"199104042016032005"_s;  // C; ikrar; present S1; a case examined, recommended later
inline const QString kHadi = u"197812122003121005"_s;  // C, inactive from 2024-02-01; a case
inline const QString kJoko = u"199206062023211006"_s;  // C, PPPK; a pakta but no ikrar; present S2

inline qint64 idOf(Database& db, const QString& nip)
{
    const auto found = StaffRepository(db).findByNip(nip);
    return found ? found->id : 0;
}

// Fills an empty database; the period on success, nullopt after a warning naming the line.
inline std::optional<ElectionPeriod> build(Database& db)
{
    const auto failAt = [](int line, const QString& why = {}) -> std::optional<ElectionPeriod> {
        qWarning("CompliancePemda.h:%d failed %s", line, qPrintable(why));
        return std::nullopt;
    };
    ElectionPeriod period;
    WorkUnitRepository units(db);
    for (const auto& [code, name] : {std::pair{u"1.01.01"_s, u"Dinas Pendidikan"_s}, std::pair{u"1.02.01"_s, u"Dinas Kesehatan"_s},
                                     std::pair{u"7.01.01"_s, u"Kecamatan Sukamaju"_s}, std::pair{u"8.01.01"_s, u"Badan Baru"_s}}) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = u"dinas"_s;
        if (!units.add(unit))
            return failAt(__LINE__);
    }
    period.name = u"Pemilu 2024"_s;
    period.start = QDate(2023, 11, 28);
    period.votingDay = QDate(2024, 2, 14);
    period.end = QDate(2024, 3, 20);
    const auto periodId = ElectionPeriodRepository(db).add(period);
    if (!periodId)
        return failAt(__LINE__);
    period.id = *periodId;

    StaffRepository staff(db);
    for (const auto& [nip, name, unit, from, kind] :
         {std::tuple{kBudi, u"Budi Santoso"_s, u"1.01.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kAni, u"Ani Rahmawati"_s, u"1.01.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kDodi, u"Dodi Saputra"_s, u"1.01.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kEka, u"Eka Lestari"_s, u"1.01.01"_s, QDate(2024, 3, 1), StaffKind::Pns},
          std::tuple{kCitra, u"Citra Dewi"_s, u"1.02.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kFajar, u"Fajar Nugroho"_s, u"1.02.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kGita, u"Gita Permata"_s, u"7.01.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kHadi, u"Hadi Wijaya"_s, u"7.01.01"_s, QDate(2020, 1, 2), StaffKind::Pns},
          std::tuple{kJoko, u"Joko Susilo"_s, u"7.01.01"_s, QDate(2023, 2, 1), StaffKind::Pppk}}) {
        Staff s;
        s.nip = nip;
        s.name = name;
        s.kind = kind;
        const auto added = staff.add(s, unit, from);
        if (!added)
            return failAt(__LINE__, added.error().message);
    }
    auto dodi = staff.findByNip(kDodi);
    if (!staff.update(*dodi, u"1.02.01"_s, QDate(2024, 1, 15)))
        return failAt(__LINE__);
    auto hadi = staff.findByNip(kHadi);
    hadi->active = false;
    hadi->inactiveFrom = QDate(2024, 2, 1);
    if (!staff.update(*hadi, u"7.01.01"_s, QDate(2024, 2, 1)))
        return failAt(__LINE__);
    if (!units.setHead(u"1.01.01"_s, idOf(db, kBudi), QDate(2021, 1, 4)))
        return failAt(__LINE__);
    if (!units.setHead(u"1.02.01"_s, idOf(db, kCitra), QDate(2021, 1, 4)))
        return failAt(__LINE__);

    PledgeRepository pledges(db);
    const auto sign = [&](PledgeKind kind, QDate day, const QList<QString>& nips) {
        PledgeDraft draft;
        draft.kind = kind;
        draft.signedOn = day;
        QList<qint64> ids;
        for (const QString& nip : nips)
            ids << idOf(db, nip);
        const auto recorded = pledges.record(period, draft, ids);
        return recorded && recorded->recorded == ids.size();
    };
    if (!sign(PledgeKind::Ikrar, QDate(2023, 12, 1), {kBudi}))
        return failAt(__LINE__);
    if (!sign(PledgeKind::Pakta, QDate(2023, 12, 1), {kBudi, kJoko}))
        return failAt(__LINE__);
    if (!sign(PledgeKind::Ikrar, QDate(2023, 12, 5), {kAni, kDodi}))
        return failAt(__LINE__);
    if (!sign(PledgeKind::Ikrar, QDate(2023, 12, 10), {kGita}))
        return failAt(__LINE__);
    if (!sign(PledgeKind::Ikrar, QDate(2024, 1, 10), {kFajar}))
        return failAt(__LINE__);
    if (!sign(PledgeKind::Ikrar, QDate(2024, 2, 20), {kCitra}))
        return failAt(__LINE__);
    if (!sign(PledgeKind::Ikrar, QDate(2024, 3, 5), {kEka}))
        return failAt(__LINE__);

    SessionRepository sessions(db);
    AttendanceRepository attendance(db);
    const auto session = [&](const QString& title, QDate day) {
        Session draft;
        draft.periodId = period.id;
        draft.title = title;
        draft.date = day;
        const auto stored = sessions.add(draft);
        return stored ? *stored : Session{};
    };
    const auto mark = [&](const Session& s, AttendanceStatus status, const QList<QString>& nips) {
        QList<qint64> ids;
        for (const QString& nip : nips)
            ids << idOf(db, nip);
        return attendance.setStatus(s, ids, status, CaptureMethod::Bulk, QDateTime(s.date, QTime(2, 0), Qt::UTC)).ok();
    };
    const Session s1 = session(u"Sosialisasi I"_s, QDate(2023, 12, 15));
    const Session s2 = session(u"Sosialisasi II"_s, QDate(2024, 1, 20));
    const Session s3 = session(u"Evaluasi"_s, QDate(2024, 2, 20));
    if (!(s1.id && s2.id && s3.id))
        return failAt(__LINE__);
    if (!mark(s1, AttendanceStatus::Hadir, {kBudi, kDodi, kCitra, kGita}))
        return failAt(__LINE__);
    if (!mark(s1, AttendanceStatus::Izin, {kAni}))
        return failAt(__LINE__);
    if (!mark(s1, AttendanceStatus::Sakit, {kFajar}))
        return failAt(__LINE__);
    if (!mark(s2, AttendanceStatus::Hadir, {kBudi, kAni, kJoko}))
        return failAt(__LINE__);
    if (!mark(s3, AttendanceStatus::Hadir, {kFajar}))
        return failAt(__LINE__);

    CaseRepository cases(db);
    const auto report = [&](const QString& nip, QDate act) {
        CaseReport r;
        r.staffId = idOf(db, nip);
        r.periodId = period.id;
        r.kindCode = u"media_sosial"_s;
        r.actDate = act;
        r.sourceCode = u"temuan_bawaslu"_s;
        const auto added = cases.report(r);
        return added ? *added : 0;
    };
    const auto move = [&](qint64 caseId, CaseStatus to, QDate day) {
        CaseMove m;
        m.to = to;
        m.date = day;
        return cases.move(caseId, m).ok();
    };
    const qint64 ani = report(kAni, QDate(2024, 1, 10));
    if (!move(ani, CaseStatus::Klarifikasi, QDate(2024, 1, 12)))
        return failAt(__LINE__);
    if (!move(ani, CaseStatus::Rekomendasi, QDate(2024, 1, 20)))
        return failAt(__LINE__);
    const qint64 gita = report(kGita, QDate(2024, 1, 5));
    if (!move(gita, CaseStatus::Klarifikasi, QDate(2024, 1, 8)))
        return failAt(__LINE__);
    if (!move(gita, CaseStatus::Rekomendasi, QDate(2024, 2, 20)))
        return failAt(__LINE__);
    if (!(report(kHadi, QDate(2024, 1, 6)) > 0))
        return failAt(__LINE__);
    return period;
}

} // namespace netra::test::pemda
