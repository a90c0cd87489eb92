// SPDX-License-Identifier: GPL-3.0-or-later
// Compliance figures per unit on a hand-made Pemda whose answers are worked out below by
// hand: a mover between units, someone who joins after the date, someone who left, excused
// against present, a pakta that is not an ikrar, a unit without a head, case statuses
// taken from the history on the date.
#include "StoreTestSupport.h"

#include "core/CaseStatus.h"
#include "store/AttendanceRepository.h"
#include "store/CaseRepository.h"
#include "store/ComplianceRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

// Unit A 1.01.01 (head Budi), B 1.02.01 (head Citra), C 7.01.01 (no head), D 8.01.01 (nobody).
const QString kBudi = u"198703152010121002"_s;  // A, head; ikrar + pakta; present S1, S2
const QString kAni = u"199205172019032011"_s;   // A; ikrar; excused S1, present S2; a case, recommended
const QString kDodi = u"198001012005011001"_s;  // A, moves to B on 2024-01-15; ikrar; present S1
const QString kEka = u"199502022020122003"_s;   // joins A on 2024-03-01
const QString kCitra = u"198502022010012003"_s; // B, head; ikrar after voting day, no pakta; present S1
const QString kFajar = u"199003032015031004"_s; // B; ikrar; sick S1, present S3 (after voting day)
const QString kGita = u"199104042016032005"_s;  // C; ikrar; present S1; a case examined, recommended later
const QString kHadi = u"197812122003121005"_s;  // C, inactive from 2024-02-01; a case
const QString kJoko = u"199206062023211006"_s;  // C, PPPK; a pakta but no ikrar; present S2

QStringList codes(const QList<UnitCompliance>& units)
{
    QStringList list;
    for (const UnitCompliance& u : units)
        list << u.unitCode;
    return list;
}

} // namespace

class TestCompliance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void figuresOnVotingDay();
    void figuresAfterVotingDay();
    void beforeThePeriodNothingCounts();
    void sessionsToAttend();
    void statusFromTheFigures();
    void thresholdsPerPeriod();
    void thePeopleAndCasesBehindTheFigures();
    void weeklyProgress();

private:
    qint64 id(const QString& nip) const
    {
        const auto found = StaffRepository(*m_db).findByNip(nip);
        return found ? found->id : 0;
    }
    QList<UnitCompliance> figures(QDate asOf, int minSessions = 1) const
    {
        const auto units = ComplianceRepository(*m_db).figures(m_period, asOf, minSessions);
        return units ? *units : QList<UnitCompliance>{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

void TestCompliance::initTestCase()
{
    auto db = openDb(m_dir.filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    WorkUnitRepository units(*m_db);
    for (const auto& [code, name] : {std::pair{u"1.01.01"_s, u"Dinas Pendidikan"_s}, std::pair{u"1.02.01"_s, u"Dinas Kesehatan"_s},
                                     std::pair{u"7.01.01"_s, u"Kecamatan Sukamaju"_s}, std::pair{u"8.01.01"_s, u"Badan Baru"_s}}) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = u"dinas"_s;
        QVERIFY(units.add(unit));
    }
    m_period.name = u"Pemilu 2024"_s;
    m_period.start = QDate(2023, 11, 28);
    m_period.votingDay = QDate(2024, 2, 14);
    m_period.end = QDate(2024, 3, 20);
    const auto periodId = ElectionPeriodRepository(*m_db).add(m_period);
    QVERIFY(periodId);
    m_period.id = *periodId;

    StaffRepository staff(*m_db);
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
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }
    auto dodi = staff.findByNip(kDodi);
    QVERIFY(staff.update(*dodi, u"1.02.01"_s, QDate(2024, 1, 15)));
    auto hadi = staff.findByNip(kHadi);
    hadi->active = false;
    hadi->inactiveFrom = QDate(2024, 2, 1);
    QVERIFY(staff.update(*hadi, u"7.01.01"_s, QDate(2024, 2, 1)));
    QVERIFY(units.setHead(u"1.01.01"_s, id(kBudi), QDate(2021, 1, 4)));
    QVERIFY(units.setHead(u"1.02.01"_s, id(kCitra), QDate(2021, 1, 4)));

    PledgeRepository pledges(*m_db);
    const auto sign = [&](PledgeKind kind, QDate day, const QList<QString>& nips) {
        PledgeDraft draft;
        draft.kind = kind;
        draft.signedOn = day;
        QList<qint64> ids;
        for (const QString& nip : nips)
            ids << id(nip);
        const auto recorded = pledges.record(m_period, draft, ids);
        return recorded && recorded->recorded == ids.size();
    };
    QVERIFY(sign(PledgeKind::Ikrar, QDate(2023, 12, 1), {kBudi}));
    QVERIFY(sign(PledgeKind::Pakta, QDate(2023, 12, 1), {kBudi, kJoko}));
    QVERIFY(sign(PledgeKind::Ikrar, QDate(2023, 12, 5), {kAni, kDodi}));
    QVERIFY(sign(PledgeKind::Ikrar, QDate(2023, 12, 10), {kGita}));
    QVERIFY(sign(PledgeKind::Ikrar, QDate(2024, 1, 10), {kFajar}));
    QVERIFY(sign(PledgeKind::Ikrar, QDate(2024, 2, 20), {kCitra}));
    QVERIFY(sign(PledgeKind::Ikrar, QDate(2024, 3, 5), {kEka}));

    SessionRepository sessions(*m_db);
    AttendanceRepository attendance(*m_db);
    const auto session = [&](const QString& title, QDate day) {
        Session draft;
        draft.periodId = m_period.id;
        draft.title = title;
        draft.date = day;
        const auto stored = sessions.add(draft);
        return stored ? *stored : Session{};
    };
    const auto mark = [&](const Session& s, AttendanceStatus status, const QList<QString>& nips) {
        QList<qint64> ids;
        for (const QString& nip : nips)
            ids << id(nip);
        return attendance.setStatus(s, ids, status, CaptureMethod::Bulk, QDateTime(s.date, QTime(2, 0), Qt::UTC)).ok();
    };
    const Session s1 = session(u"Sosialisasi I"_s, QDate(2023, 12, 15));
    const Session s2 = session(u"Sosialisasi II"_s, QDate(2024, 1, 20));
    const Session s3 = session(u"Evaluasi"_s, QDate(2024, 2, 20));
    QVERIFY(s1.id && s2.id && s3.id);
    QVERIFY(mark(s1, AttendanceStatus::Hadir, {kBudi, kDodi, kCitra, kGita}));
    QVERIFY(mark(s1, AttendanceStatus::Izin, {kAni}));
    QVERIFY(mark(s1, AttendanceStatus::Sakit, {kFajar}));
    QVERIFY(mark(s2, AttendanceStatus::Hadir, {kBudi, kAni, kJoko}));
    QVERIFY(mark(s3, AttendanceStatus::Hadir, {kFajar}));

    CaseRepository cases(*m_db);
    const auto report = [&](const QString& nip, QDate act) {
        CaseReport r;
        r.staffId = id(nip);
        r.periodId = m_period.id;
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
    QVERIFY(move(ani, CaseStatus::Klarifikasi, QDate(2024, 1, 12)));
    QVERIFY(move(ani, CaseStatus::Rekomendasi, QDate(2024, 1, 20)));
    const qint64 gita = report(kGita, QDate(2024, 1, 5));
    QVERIFY(move(gita, CaseStatus::Klarifikasi, QDate(2024, 1, 8)));
    QVERIFY(move(gita, CaseStatus::Rekomendasi, QDate(2024, 2, 20)));
    QVERIFY(report(kHadi, QDate(2024, 1, 6)) > 0);
}

void TestCompliance::cleanupTestCase()
{
    m_db.reset();
}

void TestCompliance::figuresOnVotingDay()
{
    const QList<UnitCompliance> units = figures(m_period.votingDay);
    QCOMPARE(codes(units), (QStringList{u"1.01.01"_s, u"1.02.01"_s, u"7.01.01"_s, u"8.01.01"_s}));
    // A: Budi and Ani (Dodi has moved, Eka not yet joined); both signed and attended (Ani at
    // S2, her S1 was excused); the head signed the pakta; Ani's case recommended: open, proven.
    const UnitCompliance& a = units[0];
    QCOMPARE(a.activeStaff, 2);
    QCOMPARE(a.ikrarSigned, 2);
    QCOMPARE(a.attendedStaff, 2);
    QCOMPARE(a.headPaktaSigned, std::optional(true));
    QCOMPARE(a.cases, 1);
    QCOMPARE(a.casesOpen, 1);
    QCOMPARE(a.casesProven, 1);
    // B: Citra, Fajar and Dodi who moved in; Citra signed after the date; Fajar was sick at
    // S1 and present only at S3, after the date; the head has no pakta.
    const UnitCompliance& b = units[1];
    QCOMPARE(b.activeStaff, 3);
    QCOMPARE(b.ikrarSigned, 2);
    QCOMPARE(b.attendedStaff, 2);
    QCOMPARE(b.headPaktaSigned, std::optional(false));
    QCOMPARE(b.cases, 0);
    // C: Gita and Joko (Hadi left on 1 February, his case goes nowhere); Joko's pakta is not
    // an ikrar; no head; Gita's case was still under examination that day.
    const UnitCompliance& c = units[2];
    QCOMPARE(c.activeStaff, 2);
    QCOMPARE(c.ikrarSigned, 1);
    QCOMPARE(c.attendedStaff, 2);
    QCOMPARE(c.headPaktaSigned, std::nullopt);
    QCOMPARE(c.cases, 1);
    QCOMPARE(c.casesOpen, 1);
    QCOMPARE(c.casesProven, 0);
    const UnitCompliance& d = units[3];
    QCOMPARE(d.activeStaff, 0);
    QCOMPARE(d.headPaktaSigned, std::nullopt);
}

void TestCompliance::figuresAfterVotingDay()
{
    const QList<UnitCompliance> units = figures(QDate(2024, 2, 25));
    QCOMPARE(units[1].ikrarSigned, 3);   // Citra signed on the 20th
    QCOMPARE(units[1].attendedStaff, 3); // Fajar at S3
    QCOMPARE(units[2].casesProven, 1);   // Gita's recommendation of the 20th
    QCOMPARE(units[0].activeStaff, 2);   // Eka starts on 1 March
    const QList<UnitCompliance> march = figures(QDate(2024, 3, 10));
    QCOMPARE(march[0].activeStaff, 3);
    QCOMPARE(march[0].ikrarSigned, 3);
    QCOMPARE(march[0].attendedStaff, 2);
}

void TestCompliance::beforeThePeriodNothingCounts()
{
    const QList<UnitCompliance> units = figures(QDate(2023, 11, 1));
    QCOMPARE(units[0].activeStaff, 3); // Budi, Ani and Dodi, all in A then
    for (const UnitCompliance& u : units) {
        QCOMPARE(u.ikrarSigned, 0);
        QCOMPARE(u.attendedStaff, 0);
        QCOMPARE(u.cases, 0);
    }
    QCOMPARE(units[0].headPaktaSigned, std::optional(false));
}

void TestCompliance::sessionsToAttend()
{
    const QList<UnitCompliance> units = figures(m_period.votingDay, 2);
    QCOMPARE(units[0].attendedStaff, 1); // only Budi was present twice
    QCOMPARE(units[1].attendedStaff, 0);
    QCOMPARE(units[2].attendedStaff, 0);
}

void TestCompliance::statusFromTheFigures()
{
    const ComplianceThresholds defaults;
    const QList<UnitCompliance> units = figures(m_period.votingDay);
    // A meets every share, but a proven case keeps it from Patuh.
    QCOMPARE(ComplianceRule::status(units[0], defaults), ComplianceStatus::PerluPerhatian);
    QCOMPARE(ComplianceRule::status(units[1], defaults), ComplianceStatus::TidakPatuh); // the head's pakta
    QCOMPARE(ComplianceRule::status(units[2], defaults), ComplianceStatus::TidakPatuh); // ikrar 50 %
    QCOMPARE(ComplianceRule::status(units[3], defaults), ComplianceStatus::NoStaff);
    UnitCompliance clean = units[0];
    clean.casesProven = 0;
    QCOMPARE(ComplianceRule::status(clean, defaults), ComplianceStatus::Patuh);
    clean.headPaktaSigned.reset(); // no head recorded: at best Perlu perhatian
    QCOMPARE(ComplianceRule::status(clean, defaults), ComplianceStatus::PerluPerhatian);
}

void TestCompliance::thresholdsPerPeriod()
{
    ComplianceRepository compliance(*m_db);
    QCOMPARE(*compliance.thresholds(m_period.id), ComplianceThresholds{});
    const ComplianceThresholds strict{100, 100, 90, 2};
    QVERIFY(compliance.setThresholds(m_period.id, strict));
    QCOMPARE(*compliance.thresholds(m_period.id), strict);
    QCOMPARE(failure(compliance.setThresholds(m_period.id, {90, 80, 85, 1})), std::optional(ErrorKind::Invalid));
    QCOMPARE(failure(compliance.setThresholds(m_period.id, {101, 80, 70, 1})), std::optional(ErrorKind::Invalid));
    QCOMPARE(failure(compliance.setThresholds(m_period.id, {95, 80, 70, 0})), std::optional(ErrorKind::Invalid));
    QCOMPARE(*compliance.thresholds(m_period.id), strict);
    QVERIFY(compliance.setThresholds(m_period.id, {}));
}

void TestCompliance::thePeopleAndCasesBehindTheFigures()
{
    ComplianceRepository compliance(*m_db);
    const auto absent = compliance.notAttended(m_period, m_period.votingDay, 1);
    QVERIFY(absent);
    QCOMPARE(absent->size(), 1); // Fajar: sick at S1, present only after the date
    QCOMPARE(absent->at(0).nip, kFajar);
    QCOMPARE(absent->at(0).unitCode, u"1.02.01"_s);
    const auto twice = compliance.notAttended(m_period, m_period.votingDay, 2);
    QVERIFY(twice);
    QCOMPARE(twice->size(), 6); // everyone active but Budi
    const qint64 unitC = WorkUnitRepository(*m_db).findByCode(u"7.01.01"_s, m_period.votingDay)->id;
    QCOMPARE(compliance.notAttended(m_period, m_period.votingDay, 2, unitC)->size(), 2);

    const auto cases = compliance.casesOn(m_period, m_period.votingDay);
    QVERIFY(cases);
    QCOMPARE(cases->size(), 2); // Hadi had left: his case is in no unit's figures
    QCOMPARE(cases->at(0).nip, kAni);
    QCOMPARE(cases->at(0).status, CaseStatus::Rekomendasi);
    QCOMPARE(cases->at(1).nip, kGita);
    QCOMPARE(cases->at(1).status, CaseStatus::Klarifikasi); // recommended only on the 20th
    QCOMPARE(cases->at(1).statusDate, QDate(2024, 1, 8));
    QCOMPARE(compliance.casesOn(m_period, QDate(2024, 2, 25))->at(1).status, CaseStatus::Rekomendasi);
    QCOMPARE(compliance.casesOn(m_period, m_period.votingDay, unitC)->size(), 1);
}

void TestCompliance::weeklyProgress()
{
    const auto points = ComplianceRepository(*m_db).weeklyProgress(m_period, m_period.votingDay);
    QVERIFY(points);
    QCOMPARE(points->size(), 12);
    QCOMPARE(points->at(0).day, QDate(2023, 12, 4));
    QCOMPARE(points->at(0).ikrarSigned, 1);
    QCOMPARE(points->at(0).attended, 0);
    QCOMPARE(points->at(1).ikrarSigned, 4);  // 11 December: Ani, Dodi and Gita too
    QCOMPARE(points->at(2).attended, 4);     // 18 December: S1
    QCOMPARE(points->at(7).day, QDate(2024, 1, 22));
    QCOMPARE(points->at(7).ikrarSigned, 5);  // Fajar on 10 January
    QCOMPARE(points->at(7).attended, 6);     // Ani and Joko first present at S2
    QCOMPARE(points->last().day, m_period.votingDay);
    QCOMPARE(points->last().ikrarSigned, 5); // Citra signed after voting day
}

QTEST_GUILESS_MAIN(TestCompliance)
#include "TestCompliance.moc"
