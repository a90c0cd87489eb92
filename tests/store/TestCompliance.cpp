// SPDX-License-Identifier: GPL-3.0-or-later
// Compliance figures per unit on the hand-made Pemda of CompliancePemda.h, whose answers are
// worked out below by hand; every test runs twice: on one connection, and with the roster
// counted in two halves at once on two connections, as a large roster is.
#include "CompliancePemda.h"

#include "core/CaseStatus.h"
#include "store/AttendanceRepository.h"
#include "store/CaseRepository.h"
#include "store/ComplianceRepository.h"
#include "store/DemoSeeder.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

using namespace netra::test::pemda;

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
    void initTestCase_data();
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
    void aTransactionIsCountedOnItsOwnConnection();
    void twoHalvesCountTheDemoAsOne();
    void aRefusedSecondConnectionCountsOnOne();

private:
    QList<UnitCompliance> figures(QDate asOf, int minSessions = 1) const
    {
        QFETCH_GLOBAL(qint64, splitFrom);
        const auto units = ComplianceRepository(*m_db, splitFrom).figures(m_period, asOf, minSessions);
        return units ? *units : QList<UnitCompliance>{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

void TestCompliance::initTestCase_data()
{
    QTest::addColumn<qint64>("splitFrom");
    QTest::newRow("one connection") << std::numeric_limits<qint64>::max();
    QTest::newRow("two halves") << qint64(1); // the hand-made Pemda's few staff ids, split at the middle
}

void TestCompliance::initTestCase()
{
    auto db = openDb(m_dir.filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    const auto period = pemda::build(*m_db);
    QVERIFY(period);
    m_period = *period;
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

void TestCompliance::aTransactionIsCountedOnItsOwnConnection()
{
    // Inside a transaction a second connection would not see its writes: the whole roster is
    // counted on the transaction's connection, however it would be split otherwise.
    const Status rolledBack = m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"UPDATE staff SET inactive_from = '2000-01-01'"_s))
            return Error::database(q.lastError().databaseText());
        for (const UnitCompliance& u : figures(m_period.votingDay))
            if (u.activeStaff != 0)
                return Error::invalid(u"%1 still counts %2"_s.arg(u.unitCode).arg(u.activeStaff));
        return Error::cancelled(u"rolled back on purpose"_s);
    });
    QCOMPARE(rolledBack.error().kind, ErrorKind::Cancelled);
    QCOMPARE(figures(m_period.votingDay).at(0).activeStaff, 2);
}

void TestCompliance::twoHalvesCountTheDemoAsOne()
{
    QFETCH_GLOBAL(qint64, splitFrom);
    if (splitFrom != 1)
        QSKIP("compares both ways at once");
    QTemporaryDir dir;
    auto opened = openDb(dir.filePath(u"demo.sqlite"_s), true);
    QVERIFY(opened);
    Database& demo = **opened;
    QVERIFY(DemoSeeder(demo).seed(3000, 7));
    const auto periods = ElectionPeriodRepository(demo).list();
    QVERIFY(periods && periods->size() == 2);
    int compared = 0;
    for (const ElectionPeriod& period : *periods) {
        for (const QDate day : {period.start, period.votingDay.addDays(-20), period.votingDay, period.end}) {
            for (const int minSessions : {1, 2, 3}) {
                const auto one = ComplianceRepository(demo, std::numeric_limits<qint64>::max()).figures(period, day, minSessions);
                const auto halves = ComplianceRepository(demo, 1).figures(period, day, minSessions);
                QVERIFY(one && halves);
                QCOMPARE(halves->size(), one->size());
                for (qsizetype i = 0; i < one->size(); ++i) {
                    const UnitCompliance& a = one->at(i);
                    const UnitCompliance& b = halves->at(i);
                    QCOMPARE(b.unitId, a.unitId);
                    QCOMPARE(b.activeStaff, a.activeStaff);
                    QCOMPARE(b.ikrarSigned, a.ikrarSigned);
                    QCOMPARE(b.attendedStaff, a.attendedStaff);
                    QCOMPARE(b.headPaktaSigned, a.headPaktaSigned);
                    QCOMPARE(b.cases, a.cases);
                }
                int active = 0;
                for (const UnitCompliance& u : *one)
                    active += u.activeStaff;
                compared += active;
            }
        }
    }
    QVERIFY(compared > 3000); // real figures were compared, not empty ones
}

void TestCompliance::aRefusedSecondConnectionCountsOnOne()
{
    QFETCH_GLOBAL(qint64, splitFrom);
    if (splitFrom != 1)
        QSKIP("compares both ways at once");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    auto opened = openDb(path, true);
    QVERIFY(opened);
    Database& demo = **opened;
    QVERIFY(DemoSeeder(demo).seed(1000, 3));
    const auto period = ElectionPeriodRepository(demo).findByName(u"Pilkada 2024"_s);
    QVERIFY(period);
    const auto before = ComplianceRepository(demo, 1).figures(*period, period->votingDay, 1);
    QVERIFY(before);
    // A database whose second connection is not open yet: once the file has moved, its own
    // connection keeps reading it, and a second one cannot be opened.
    auto reopened = openDb(path);
    QVERIFY(reopened);
    Database& moved = **reopened;
    QVERIFY(QFile::rename(path, path + u".moved"_s));
    QVERIFY(!Database::open(path));
    const auto after = ComplianceRepository(moved, 1).figures(*period, period->votingDay, 1);
    QVERIFY2(after, after ? "" : qPrintable(after.error().message));
    QCOMPARE(after->size(), before->size());
    int active = 0;
    for (qsizetype i = 0; i < before->size(); ++i) {
        QCOMPARE(after->at(i).activeStaff, before->at(i).activeStaff);
        QCOMPARE(after->at(i).ikrarSigned, before->at(i).ikrarSigned);
        QCOMPARE(after->at(i).attendedStaff, before->at(i).attendedStaff);
        active += after->at(i).activeStaff;
    }
    QVERIFY(active > 900);
}

QTEST_GUILESS_MAIN(TestCompliance)
#include "TestCompliance.moc"
