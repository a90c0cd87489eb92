// SPDX-License-Identifier: GPL-3.0-or-later
// DemoSeeder: deterministic, valid and shaped like a real kabupaten.
#include "StoreTestSupport.h"

#include "core/CaseStatus.h"

#include "store/DemoSeeder.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include "core/DemoKabupaten.h"
#include "core/Nip.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int StaffCount = 500;
constexpr quint32 Seed = 7;

} // namespace

class TestDemoSeeder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void countsMatch();
    void sameSeedGivesSameFile();
    void otherSeedGivesOtherPeople();
    void everyNipIsValid();
    void everyUnitHasAHead();
    void rosterIsShapedLikeAKabupaten();
    void refusesNonEmptyDatabase();
    void refusesTooFewStaff();
    void casesReachEveryStatusInBothPeriods();
    void rosterScopeLeavesThePeriodsEmpty();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DemoSeeder::Counts m_counts;
};

void TestDemoSeeder::initTestCase()
{
    auto db = openDb(m_dir.filePath(u"demo.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    const auto counts = DemoSeeder(*m_db).seed(StaffCount, Seed);
    QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
    m_counts = *counts;
}

void TestDemoSeeder::cleanupTestCase()
{
    m_db.reset();
}

void TestDemoSeeder::countsMatch()
{
    const QSqlDatabase c = m_db->connection();
    QCOMPARE(m_counts.staff, StaffCount);
    QCOMPARE(m_counts.units, int(DemoKabupaten::units().size()));
    QCOMPARE(m_counts.periods, int(DemoKabupaten::periods().size()));
    QCOMPARE(scalar(c, u"SELECT count(*) FROM staff"_s), StaffCount);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM work_unit"_s), m_counts.units);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM assignment"_s), m_counts.assignments);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM election_period"_s), m_counts.periods);
    // Everyone has exactly one current assignment.
    QCOMPARE(scalar(c, u"SELECT count(DISTINCT staff_id) FROM assignment WHERE end_date IS NULL"_s), StaffCount);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM assignment WHERE end_date IS NULL"_s), StaffCount);
    QVERIFY(m_db->check());
    // Seeding restored the journal of a local file.
    QCOMPARE(pragma(c, u"journal_mode"_s), u"wal"_s);
    // ... and the connection's page cache, which the lists after seeding depend on.
    QCOMPARE(pragma(c, u"cache_size"_s), u"-65536"_s);
    // The ikrar's counts and who has not signed, written at the end, are what the rows give.
    QCOMPARE(scalar(c, u"SELECT (SELECT count(*) FROM (SELECT * FROM ikrar_outstanding EXCEPT SELECT * FROM ikrar_outstanding_source))"
                       " + (SELECT count(*) FROM (SELECT * FROM ikrar_outstanding_source EXCEPT SELECT * FROM ikrar_outstanding))"_s),
             0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM ikrar_outstanding"_s) > StaffCount / 10);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM (SELECT unit_id, day, sum(change) s FROM asn_unit_change GROUP BY 1, 2"
                       " EXCEPT SELECT unit_id, day, change FROM asn_unit_tally)"_s),
             0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM (SELECT period_id, unit_id, day, sum(change) FROM ikrar_unit_change GROUP BY 1, 2, 3"
                       " EXCEPT SELECT period_id, unit_id, day, change FROM ikrar_unit_tally)"_s),
             0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM ikrar_unit_tally"_s) > 10);
}

void TestDemoSeeder::casesReachEveryStatusInBothPeriods()
{
    const QSqlDatabase c = m_db->connection();
    QCOMPARE(scalar(c, u"SELECT count(*) FROM violation_case"_s), m_counts.cases);
    QVERIFY(m_counts.cases >= 24);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM (SELECT DISTINCT period_id, status FROM violation_case)"_s),
             qint64(DemoKabupaten::periods().size() * CaseStatusText::all().size()));
    // Each case's history ends where its status says.
    QCOMPARE(scalar(c, u"SELECT count(*) FROM violation_case c WHERE c.status <> (SELECT s.status FROM case_step s"
                       " WHERE s.case_id = c.id ORDER BY s.step_date DESC, s.id DESC LIMIT 1)"_s),
             0);
}

void TestDemoSeeder::rosterScopeLeavesThePeriodsEmpty()
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(u"roster.sqlite"_s), true);
    QVERIFY(db);
    const auto counts = DemoSeeder(**db).seed(500, Seed, {}, DemoSeeder::Scope::Roster);
    QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
    QCOMPARE(counts->staff, 500);
    QCOMPARE(counts->periods, int(DemoKabupaten::periods().size()));
    QCOMPARE(counts->sessions + counts->attendance + counts->pledges + counts->cases, 0);
    const QSqlDatabase c = (*db)->connection();
    QCOMPARE(scalar(c, u"SELECT (SELECT count(*) FROM session) + (SELECT count(*) FROM pledge)"
                       " + (SELECT count(*) FROM violation_case)"_s),
             0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM staff"_s), 500);
}

void TestDemoSeeder::sameSeedGivesSameFile()
{
    QTemporaryDir dir;
    auto other = openDb(dir.filePath(u"again.sqlite"_s), true);
    QVERIFY(other);
    QVERIFY(DemoSeeder(**other).seed(StaffCount, Seed));
    // With the clock pinned, every row is the same, uuids and timestamps included.
    const QString mine = dumpTables(m_db->connection());
    QVERIFY(mine.size() > 10000);
    QCOMPARE(dumpTables((*other)->connection()), mine);
}

void TestDemoSeeder::otherSeedGivesOtherPeople()
{
    QTemporaryDir dir;
    auto other = openDb(dir.filePath(u"other.sqlite"_s), true);
    QVERIFY(other);
    QVERIFY(DemoSeeder(**other).seed(StaffCount, Seed + 1));
    const QString sql = u"SELECT group_concat(nip, ',') FROM (SELECT nip FROM staff ORDER BY id)"_s;
    QSqlQuery a(m_db->connection());
    QSqlQuery b((*other)->connection());
    QVERIFY(a.exec(sql) && a.next() && b.exec(sql) && b.next());
    QVERIFY(a.value(0).toString() != b.value(0).toString());
}

void TestDemoSeeder::everyNipIsValid()
{
    QSet<QString> seen;
    int checked = 0;
    QStringList problems;
    const Status listed = StaffRepository(*m_db).forEach({}, [&](const Staff& s) {
        ++checked;
        Nip::Options options;
        options.kind = s.kind;
        options.sexColumn = s.sex;
        const auto nip = Nip::parse(s.nip, today(), options);
        if (!nip) {
            problems << s.nip + u": "_s + nip.error().message;
            return;
        }
        if (nip->digits() != s.nip || nip->birthDate() != s.birthDate)
            problems << s.nip + u": birth date "_s + s.birthDate.toString(Qt::ISODate);
        if (seen.contains(s.nip))
            problems << s.nip + u": duplicate"_s;
        seen.insert(s.nip);
    });
    QVERIFY(listed);
    QCOMPARE(checked, StaffCount);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u"; "_s)));
}

void TestDemoSeeder::everyUnitHasAHead()
{
    WorkUnitRepository units(*m_db);
    StaffRepository staff(*m_db);
    const auto all = units.list(today());
    QVERIFY(all);
    QCOMPARE(all->size(), m_counts.units);
    for (const WorkUnit& unit : *all) {
        QVERIFY2(unit.headStaffId > 0, qPrintable(unit.code));
        // The head works in the unit they head, and is PNS.
        const auto head = staff.findById(unit.headStaffId);
        QVERIFY(head);
        QCOMPARE(head->unitCode, unit.code);
        QCOMPARE(head->kind, StaffKind::Pns);
        QCOMPARE(head->nip, unit.headNip);
    }
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM unit_head"_s), m_counts.units);
}

void TestDemoSeeder::rosterIsShapedLikeAKabupaten()
{
    StaffRepository staff(*m_db);
    const qint64 education = *staff.count({u"1.01.01"_s, false});
    QVERIFY2(education >= StaffCount * 35 / 100 && education <= StaffCount * 65 / 100, qPrintable(QString::number(education)));

    const qint64 pppk = scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE kind IN ('PPPK', 'PPPK_PW')"_s);
    QVERIFY2(pppk >= StaffCount * 10 / 100 && pppk <= StaffCount * 30 / 100, qPrintable(QString::number(pppk)));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE kind = 'NON_ASN' OR nip IS NULL"_s), 0);

    // Both sexes, and every kecamatan has people.
    QVERIFY(scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE sex = 'P'"_s) > StaffCount / 5);
    QVERIFY(scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE sex = 'L'"_s) > StaffCount / 5);
    const auto units = WorkUnitRepository(*m_db).list(today());
    for (const WorkUnit& unit : *units)
        QVERIFY2(*staff.count({unit.code, false}) >= 1, qPrintable(unit.code));
}

void TestDemoSeeder::refusesNonEmptyDatabase()
{
    const QString before = dumpTables(m_db->connection());
    const auto again = DemoSeeder(*m_db).seed(100, 1);
    QVERIFY(!again);
    QCOMPARE(failure(again), ErrorKind::Conflict);
    QCOMPARE(dumpTables(m_db->connection()), before);

    // One hand-made unit is enough to refuse.
    QTemporaryDir dir;
    auto other = openDb(dir.filePath(u"one-unit.sqlite"_s), true);
    QVERIFY(other);
    WorkUnit unit;
    unit.code = u"1.01.01"_s;
    unit.name = u"Dinas Pendidikan"_s;
    unit.kind = u"dinas"_s;
    QVERIFY(WorkUnitRepository(**other).add(unit));
    QCOMPARE(failure(DemoSeeder(**other).seed(100, 1)), ErrorKind::Conflict);
    QCOMPARE(scalar((*other)->connection(), u"SELECT count(*) FROM staff"_s), 0);
}

void TestDemoSeeder::refusesTooFewStaff()
{
    QTemporaryDir dir;
    auto other = openDb(dir.filePath(u"small.sqlite"_s), true);
    QVERIFY(other);
    const auto seeded = DemoSeeder(**other).seed(int(DemoKabupaten::units().size()) - 1, 1);
    QVERIFY(!seeded);
    QCOMPARE(failure(seeded), ErrorKind::Invalid);
    QCOMPARE(scalar((*other)->connection(), u"SELECT count(*) FROM work_unit"_s), 0);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
