// SPDX-License-Identifier: GPL-3.0-or-later
// WorkUnitRepository and StaffRepository against a fresh database per test function.
#include "StoreTestSupport.h"

#include "store/SqlValues.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

WorkUnit makeUnit(const QString& code, const QString& name, const QString& kind, const QString& parent = {})
{
    WorkUnit unit;
    unit.code = code;
    unit.name = name;
    unit.kind = kind;
    unit.parentCode = parent;
    return unit;
}

Staff makeStaff(const QString& nip, const QString& name, StaffKind kind = StaffKind::Pns)
{
    Staff s;
    s.nip = nip;
    s.name = name;
    s.kind = kind;
    return s;
}

} // namespace

class TestRepositories : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unitAddAndFind();
    void isoDatesAsQtWritesThem();
    void unitRejects_data();
    void unitRejects();
    void unitUpdate();
    void headTermsAreDated();
    void staffAddDerivesFromNip();
    void staffRejects_data();
    void staffRejects();
    void staffDuplicateNipConflicts();
    void nonAsnGetInternalIds();
    void assignmentStartsOnTheGivenDate();

private:
    qint64 tableCount(const QString& table) const
    {
        return scalar(m_db->connection(), u"SELECT count(*) FROM "_s + table);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    WorkUnitRepository units(*m_db);
    QVERIFY(units.add(makeUnit(u"1.01.01"_s, u"Dinas Pendidikan dan Kebudayaan"_s, u"dinas"_s)));
    QVERIFY(units.add(makeUnit(u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s)));
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRepositories::unitAddAndFind()
{
    WorkUnitRepository units(*m_db);
    WorkUnit school = makeUnit(u" 1.01.01.05 "_s, u"  SD Negeri   5 Sukamaju "_s, u"sekolah"_s, u"1.01.01"_s);
    school.abbreviation = u"SDN 5"_s;
    const auto id = units.add(school);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(*id > 0);

    const auto found = units.findByCode(u"1.01.01.05"_s, today());
    QVERIFY(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->code, u"1.01.01.05"_s);
    QCOMPARE(found->name, u"SD Negeri 5 Sukamaju"_s);
    QCOMPARE(found->abbreviation, u"SDN 5"_s);
    QCOMPARE(found->kind, u"sekolah"_s);
    QCOMPARE(found->parentCode, u"1.01.01"_s);
    QVERIFY(!found->uuid.isEmpty());
    QCOMPARE(found->headStaffId, 0);

    const auto all = units.list(today());
    QVERIFY(all);
    QStringList codes;
    for (const WorkUnit& unit : *all)
        codes << unit.code;
    QCOMPARE(codes, QStringList({u"1.01.01"_s, u"1.01.01.05"_s, u"7.01.01"_s}));

    const auto missing = units.findByCode(u"9.99.99"_s, today());
    QVERIFY(!missing);
    QCOMPARE(failure(missing), ErrorKind::NotFound);
}

void TestRepositories::unitRejects_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<ErrorKind>("error");

    QTest::newRow("duplicate code") << u"1.01.01"_s << u"Dinas Lain"_s << u"dinas"_s << QString() << ErrorKind::Conflict;
    QTest::newRow("duplicate code, padded") << u" 1.01.01 "_s << u"Dinas Lain"_s << u"dinas"_s << QString() << ErrorKind::Conflict;
    QTest::newRow("unknown kind") << u"5.01.01"_s << u"Bappeda"_s << u"kementerian"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("kind in capitals") << u"5.01.01"_s << u"Bappeda"_s << u"BADAN"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("unknown parent") << u"1.01.01.01"_s << u"SD Negeri 1"_s << u"sekolah"_s << u"1.09.09"_s << ErrorKind::NotFound;
    QTest::newRow("own parent") << u"5.01.01"_s << u"Bappeda"_s << u"badan"_s << u"5.01.01"_s << ErrorKind::Invalid;
    QTest::newRow("no code") << u"  "_s << u"Bappeda"_s << u"badan"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("no name") << u"5.01.01"_s << u" "_s << u"badan"_s << QString() << ErrorKind::Invalid;
}

void TestRepositories::unitRejects()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, parent);
    QFETCH(ErrorKind, error);
    const QString before = dumpTables(m_db->connection());
    const auto added = WorkUnitRepository(*m_db).add(makeUnit(code, name, kind, parent));
    QVERIFY(!added);
    QCOMPARE(failure(added), error);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(dumpTables(m_db->connection()), before);
}

void TestRepositories::unitUpdate()
{
    WorkUnitRepository units(*m_db);
    QVERIFY(units.update(makeUnit(u"7.01.01"_s, u"Kecamatan Sukamaju Kota"_s, u"kecamatan"_s)));
    QCOMPARE(units.findByCode(u"7.01.01"_s, today())->name, u"Kecamatan Sukamaju Kota"_s);
    QCOMPARE(failure(units.update(makeUnit(u"7.09.09"_s, u"Kecamatan X"_s, u"kecamatan"_s))), ErrorKind::NotFound);
    QCOMPARE(failure(units.update(makeUnit(u"7.01.01"_s, u"Kecamatan X"_s, u"kota"_s))), ErrorKind::Invalid);
    QCOMPARE(units.findByCode(u"7.01.01"_s, today())->kind, u"kecamatan"_s);

    // A unit cannot be placed under itself, directly or further down.
    QVERIFY(units.add(makeUnit(u"7.01.01.01"_s, u"Kelurahan Sukamaju"_s, u"kelurahan"_s, u"7.01.01"_s)));
    QVERIFY(units.add(makeUnit(u"7.01.01.01.01"_s, u"Pos Pelayanan"_s, u"lainnya"_s, u"7.01.01.01"_s)));
    const QString before = dumpTables(m_db->connection());
    QCOMPARE(failure(units.update(makeUnit(u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s, u"7.01.01.01"_s))),
             ErrorKind::Invalid);
    QCOMPARE(failure(units.update(makeUnit(u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s, u"7.01.01.01.01"_s))),
             ErrorKind::Invalid);
    QCOMPARE(failure(units.update(makeUnit(u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s, u"7.01.01"_s))),
             ErrorKind::Invalid);
    QCOMPARE(dumpTables(m_db->connection()), before);
    // Moving a sub-unit elsewhere is fine.
    QVERIFY(units.update(makeUnit(u"7.01.01.01.01"_s, u"Pos Pelayanan"_s, u"lainnya"_s, u"7.01.01"_s)));
    QCOMPARE(units.findByCode(u"7.01.01.01.01"_s, today())->parentCode, u"7.01.01"_s);
}

void TestRepositories::headTermsAreDated()
{
    StaffRepository staff(*m_db);
    const auto first = staff.add(makeStaff(u"198703152010121002"_s, u"Drs. Budi Santoso, M.Si."_s), u"1.01.01"_s, QDate(2020, 1, 2));
    const auto second = staff.add(makeStaff(u"199205172019032011"_s, u"Siti Rahmawati, S.Pd."_s), u"1.01.01"_s, QDate(2020, 1, 2));
    QVERIFY(first && second);

    WorkUnitRepository units(*m_db);
    QVERIFY(units.setHead(u"1.01.01"_s, first->id, QDate(2025, 1, 6)));
    QCOMPARE(units.findByCode(u"1.01.01"_s, QDate(2025, 1, 5))->headStaffId, 0);
    QCOMPARE(units.findByCode(u"1.01.01"_s, QDate(2025, 1, 6))->headNip, first->nip);

    const Status replaced = units.setHead(u"1.01.01"_s, second->id, QDate(2026, 3, 1));
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
    const auto terms = units.headHistory(u"1.01.01"_s);
    QVERIFY(terms);
    QCOMPARE(terms->size(), 2);
    QCOMPARE(terms->at(0).staffId, first->id);
    QCOMPARE(terms->at(0).from, QDate(2025, 1, 6));
    QCOMPARE(terms->at(0).to, QDate(2026, 2, 28)); // the day before the successor starts
    QCOMPARE(terms->at(1).staffId, second->id);
    QCOMPARE(terms->at(1).from, QDate(2026, 3, 1));
    QVERIFY(!terms->at(1).to.isValid());

    // "As of" a date names the head of that day.
    QCOMPARE(units.findByCode(u"1.01.01"_s, QDate(2026, 2, 28))->headNip, first->nip);
    QCOMPARE(units.findByCode(u"1.01.01"_s, QDate(2026, 3, 1))->headNip, second->nip);
    QCOMPARE(units.list(today())->constFirst().headName, second->name);

    // A start on or before the current term's start is refused and changes nothing.
    const QString before = dumpTables(m_db->connection());
    const Status early = units.setHead(u"1.01.01"_s, first->id, QDate(2026, 2, 1));
    QVERIFY(!early);
    QCOMPARE(failure(early), ErrorKind::Invalid);
    QCOMPARE(failure(units.setHead(u"1.01.01"_s, first->id, QDate(2026, 3, 1))), ErrorKind::Invalid);
    QCOMPARE(failure(units.setHead(u"1.01.01"_s, second->id, QDate(2026, 6, 1))), ErrorKind::Conflict);
    QCOMPARE(failure(units.setHead(u"9.99.99"_s, second->id, QDate(2026, 6, 1))), ErrorKind::NotFound);
    QCOMPARE(failure(units.setHead(u"7.01.01"_s, second->id, QDate())), ErrorKind::Invalid);
    QCOMPARE(dumpTables(m_db->connection()), before);
}

void TestRepositories::staffAddDerivesFromNip()
{
    StaffRepository staff(*m_db);
    const auto added = staff.add(makeStaff(u"19870315 201012 1 002"_s, u"Drs.  Budi Santoso, M.Si."_s), u"1.01.01"_s,
                                 QDate(2026, 1, 2));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(added->nip, u"198703152010121002"_s);
    QVERIFY(added->sex.has_value());
    QCOMPARE(*added->sex, Sex::Male);
    QCOMPARE(added->birthDate, QDate(1987, 3, 15));
    QVERIFY(added->internalId.isEmpty());

    const auto found = staff.findByNip(u"19870315.201012.1.002"_s);
    QVERIFY(found);
    QCOMPARE(found->id, added->id);
    QCOMPARE(found->name, u"Drs. Budi Santoso, M.Si."_s);
    QCOMPARE(found->frontTitles, u"Drs."_s);
    QCOMPARE(found->bareName, u"Budi Santoso"_s);
    QCOMPARE(found->backTitles, u"M.Si."_s);
    QCOMPARE(*found->sex, Sex::Male);
    QCOMPARE(found->birthDate, QDate(1987, 3, 15));
    QCOMPARE(found->kind, StaffKind::Pns);
    QCOMPARE(found->unitCode, u"1.01.01"_s);
    QVERIFY(found->active);

    // An NI PPPK, female: sex and birth date from its digits too.
    const auto pppk = staff.add(makeStaff(u"19880512 202221 2 003"_s, u"Rina Marlina, A.Md.Kep."_s, StaffKind::Pppk),
                                u"7.01.01"_s, QDate(2026, 1, 2));
    QVERIFY2(pppk, pppk ? "" : qPrintable(pppk.error().message));
    QCOMPARE(*pppk->sex, Sex::Female);
    QCOMPARE(pppk->birthDate, QDate(1988, 5, 12));
    QCOMPARE(staff.findByNip(u"198805122022212003"_s)->kind, StaffKind::Pppk);
    QCOMPARE(*staff.count({}), 2);
    QCOMPARE(*staff.count({u"7.01.01"_s, false}), 1);
}

void TestRepositories::staffRejects_data()
{
    QTest::addColumn<QString>("nip");
    QTest::addColumn<QString>("name");
    QTest::addColumn<StaffKind>("kind");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<ErrorKind>("error");

    const QString good = u"198703152010121002"_s;
    QTest::newRow("no 29 Feb 1997") << u"199702292022032004"_s << u"Ani"_s << StaffKind::Pns << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("month 13") << u"198713152010121002"_s << u"Ani"_s << StaffKind::Pns << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("17 digits") << u"19870315201012100"_s << u"Ani"_s << StaffKind::Pns << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("spreadsheet float") << u"1.98703152010121E+17"_s << u"Ani"_s << StaffKind::Pns << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("PNS without NIP") << QString() << u"Ani"_s << StaffKind::Pns << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("NON_ASN with NIP") << good << u"Ani"_s << StaffKind::NonAsn << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("sex disagrees") << good << u"Ani"_s << StaffKind::Pns << u"1.01.01"_s << u"P"_s << ErrorKind::Invalid;
    QTest::newRow("no name") << good << u"  "_s << StaffKind::Pns << u"1.01.01"_s << QString() << ErrorKind::Invalid;
    QTest::newRow("unknown unit") << good << u"Ani"_s << StaffKind::Pns << u"9.99.99"_s << QString() << ErrorKind::NotFound;
}

void TestRepositories::staffRejects()
{
    QFETCH(QString, nip);
    QFETCH(QString, name);
    QFETCH(StaffKind, kind);
    QFETCH(QString, unit);
    QFETCH(QString, sex);
    QFETCH(ErrorKind, error);
    Staff draft = makeStaff(nip, name, kind);
    if (!sex.isEmpty())
        draft.sex = sexFromText(sex);
    const QString before = dumpTables(m_db->connection());
    const auto added = StaffRepository(*m_db).add(draft, unit, QDate(2026, 1, 2));
    QVERIFY(!added);
    QCOMPARE(failure(added), error);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(dumpTables(m_db->connection()), before);
}

void TestRepositories::staffDuplicateNipConflicts()
{
    StaffRepository staff(*m_db);
    QVERIFY(staff.add(makeStaff(u"198703152010121002"_s, u"Budi Santoso"_s), u"1.01.01"_s, QDate(2026, 1, 2)));
    const QString before = dumpTables(m_db->connection());
    // The same number typed another way is the same person.
    const auto again = staff.add(makeStaff(u"'19870315 201012 1 002"_s, u"Budi S."_s), u"7.01.01"_s, QDate(2026, 1, 2));
    QVERIFY(!again);
    QCOMPARE(failure(again), ErrorKind::Conflict);
    QVERIFY2(again.error().message.contains(u"198703152010121002"_s), qPrintable(again.error().message));
    QCOMPARE(dumpTables(m_db->connection()), before);
    QCOMPARE(tableCount(u"staff"_s), 1);
    QCOMPARE(tableCount(u"assignment"_s), 1);
}

void TestRepositories::nonAsnGetInternalIds()
{
    StaffRepository staff(*m_db);
    const auto first = staff.add(makeStaff(QString(), u"Asep Saepudin"_s, StaffKind::NonAsn), u"7.01.01"_s, QDate(2026, 1, 2));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->internalId, u"NA-000001"_s);
    QVERIFY(first->nip.isEmpty());
    const auto second = staff.add(makeStaff(QString(), u"Dedi Kurniawan"_s, StaffKind::NonAsn), u"1.01.01"_s, QDate(2026, 1, 2));
    QVERIFY(second);
    QCOMPARE(second->internalId, u"NA-000002"_s);

    const auto found = staff.findByNip(u"na-000002"_s);
    QVERIFY(found);
    QCOMPARE(found->name, u"Dedi Kurniawan"_s);
    QVERIFY(found->nip.isEmpty());
    QVERIFY(!found->sex.has_value());
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE nip IS NULL AND kind = 'NON_ASN'"_s), 2);
}

void TestRepositories::assignmentStartsOnTheGivenDate()
{
    StaffRepository staff(*m_db);
    const auto added = staff.add(makeStaff(u"199205172019032011"_s, u"Siti Rahmawati"_s), u"7.01.01"_s, QDate(2024, 7, 15));
    QVERIFY(added);
    const auto history = staff.assignments(added->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).staffId, added->id);
    QCOMPARE(history->at(0).unitCode, u"7.01.01"_s);
    QCOMPARE(history->at(0).from, QDate(2024, 7, 15));
    QVERIFY(!history->at(0).to.isValid());
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM assignment WHERE start_date = '2024-07-15'"_s), 1);

    const auto noDate = staff.add(makeStaff(u"198703152010121002"_s, u"Budi"_s), u"7.01.01"_s, QDate());
    QVERIFY(!noDate);
    QCOMPARE(failure(noDate), ErrorKind::Invalid);
    QCOMPARE(tableCount(u"staff"_s), 1);
}

void TestRepositories::isoDatesAsQtWritesThem()
{
    // Every day of four centuries, and the ends of the range.
    for (QDate day(1900, 1, 1); day < QDate(2300, 1, 1); day = day.addDays(1))
        QCOMPARE(isoDateText(day), day.toString(Qt::ISODate));
    for (const QDate day : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 3, 1)})
        QCOMPARE(isoDateText(day), day.toString(Qt::ISODate));
    QCOMPARE(isoDateText(QDate(2024, 2, 29)), u"2024-02-29"_s);
    QVERIFY(sqlDate(QDate()).isNull());
    QCOMPARE(sqlDate(QDate(987, 6, 5)).toString(), u"0987-06-05"_s);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
