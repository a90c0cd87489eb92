// SPDX-License-Identifier: GPL-3.0-or-later
// The Pegawai table's data path: the search rules, the store's ordered ids, and the lazy
// model over them, checked by QAbstractItemModelTester while windows arrive from its thread.
#include "ui/StaffTableModel.h"

#include "core/PersonName.h"
#include "core/StaffQuery.h"
#include "store/Database.h"
#include "store/DemoSeeder.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace netra;
using namespace Qt::StringLiterals;

class TestStaffModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchTermsAreReadAsClerksMeanThem();
    void idsFollowNameOrder();
    void nameFragmentIgnoresTitlesAndFindsItAnywhere();
    void nipPrefixIgnoresSpacesAndDots();
    void filtersByKindUnitAndActive();
    void modelPassesTheTesterWhileWindowsArrive();
    void modelFiltersToTheMatchingRows();
    void updateKeepsTheUnitHistory();

private:
    QList<Staff> allStaff() const;
    QList<qint64> search(const StaffQuery& query) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_planted;
};

void TestStaffModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database::Options options;
    options.create = true;
    auto db = Database::open(m_dir.filePath(u"staff.sqlite"_s), options);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    QVERIFY(DemoSeeder(*m_db).seed(3000, 7));
    // Three people no demo name resembles, to search for.
    StaffRepository staff(*m_db);
    const QStringList names{u"Drs. H. Zulkarnaen Qowiyyu, M.Si."_s, u"Ir. Siti Qowiyyah"_s, u"Budi Zulkarnaen"_s};
    const QStringList nips{u"198703152010121002"_s, u"199001012015032001"_s, u"198703162011011003"_s};
    const auto units = WorkUnitRepository(*m_db).list(QDate::currentDate());
    QVERIFY(units && !units->isEmpty());
    for (int i = 0; i < names.size(); ++i) {
        Staff s;
        s.name = names.at(i);
        s.nip = nips.at(i);
        s.kind = StaffKind::Pns;
        const auto added = staff.add(s, units->first().code, QDate(2020, 1, 1));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        m_planted << added->id;
    }
}

QList<Staff> TestStaffModel::allStaff() const
{
    QList<Staff> all;
    const Status read = StaffRepository(*m_db).forEach({}, [&](const Staff& s) { all << s; });
    return read ? all : QList<Staff>();
}

QList<qint64> TestStaffModel::search(const StaffQuery& query) const
{
    const auto ids = StaffSearchRepository(*m_db).ids(query);
    return ids ? *ids : QList<qint64>{-1};
}

void TestStaffModel::searchTermsAreReadAsClerksMeanThem()
{
    using Mode = StaffSearchTerm::Mode;
    QCOMPARE(StaffSearchTerm::interpret(u"  "_s).mode, Mode::None);
    QCOMPARE(StaffSearchTerm::interpret(u"1987 03.15"_s), (StaffSearchTerm{Mode::NipPrefix, u"19870315"_s}));
    QCOMPARE(StaffSearchTerm::interpret(u"Drs. H. Zulkar"_s), (StaffSearchTerm{Mode::NameFragment, u"zulkar"_s}));
    QCOMPARE(StaffSearchTerm::interpret(u"zu"_s), (StaffSearchTerm{Mode::NamePrefix, u"zu"_s}));
    StaffQuery query;
    QCOMPARE(query.effectiveSort(), StaffSort::Name);
    query.text = u"1987"_s;
    QCOMPARE(query.effectiveSort(), StaffSort::Nip);
    query.sort = StaffSort::Kind;
    QCOMPARE(query.effectiveSort(), StaffSort::Kind);
}

void TestStaffModel::idsFollowNameOrder()
{
    QList<Staff> all = allStaff();
    QCOMPARE(all.size(), 3003);
    std::sort(all.begin(), all.end(), [](const Staff& a, const Staff& b) {
        const QString ka = nameKey(a.name), kb = nameKey(b.name);
        return ka != kb ? ka < kb : a.id < b.id;
    });
    QList<qint64> expected;
    for (const Staff& s : std::as_const(all))
        expected << s.id;
    QCOMPARE(search({}), expected);
    const auto first = StaffSearchRepository(*m_db).ids({}, 200);
    QVERIFY(first);
    QCOMPARE(*first, expected.mid(0, 200));
    StaffQuery descending;
    descending.descending = true;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(search(descending), expected);
}

void TestStaffModel::nameFragmentIgnoresTitlesAndFindsItAnywhere()
{
    StaffQuery query;
    query.text = u"qowiyy"_s;
    QCOMPARE(search(query), (QList<qint64>{m_planted.at(1), m_planted.at(0)})); // "siti …" sorts before "zulkarnaen …"
    query.text = u"Drs. zulkarnaen"_s; // the title is not part of any name
    QList<qint64> zulkarnaen = search(query);
    QCOMPARE(zulkarnaen.size(), 2);
    QVERIFY(zulkarnaen.contains(m_planted.at(0)));
    QVERIFY(zulkarnaen.contains(m_planted.at(2)));
}

void TestStaffModel::nipPrefixIgnoresSpacesAndDots()
{
    StaffQuery query;
    query.text = u"19870315 2010"_s;
    QCOMPARE(search(query), QList<qint64>{m_planted.at(0)});
    query.text = u"1987.031"_s;
    const QList<qint64> found = search(query);
    QVERIFY(found.contains(m_planted.at(0)));
    QVERIFY(found.contains(m_planted.at(2)));
    QVERIFY(!found.contains(m_planted.at(1)));
}

void TestStaffModel::filtersByKindUnitAndActive()
{
    StaffQuery query;
    query.kind = StaffKind::Pppk;
    const QList<qint64> pppk = search(query);
    QVERIFY(!pppk.isEmpty());
    const auto rows = StaffRepository(*m_db).findByIds(pppk);
    QVERIFY(rows);
    QVERIFY(std::all_of(rows->begin(), rows->end(), [](const Staff& s) { return s.kind == StaffKind::Pppk; }));

    const auto units = WorkUnitRepository(*m_db).list(QDate::currentDate());
    QVERIFY(units);
    query = {};
    query.unitId = units->first().id;
    query.text = u"qowiyy"_s;
    QCOMPARE(search(query).size(), 2);
    query.unitId = units->last().id;
    QCOMPARE(search(query).size(), 0);

    query = {};
    query.active = StaffActiveFilter::Inactive;
    const qsizetype inactiveBefore = search(query).size();
    Staff s = *StaffRepository(*m_db).findById(m_planted.at(2));
    s.active = false;
    QVERIFY(StaffRepository(*m_db).update(s, s.unitCode, QDate()));
    QCOMPARE(search(query).size(), inactiveBefore + 1);
    s.active = true;
    QVERIFY(StaffRepository(*m_db).update(s, s.unitCode, QDate()));
}

void TestStaffModel::modelPassesTheTesterWhileWindowsArrive()
{
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &StaffTableModel::countKnown);
    model.setDatabase(m_db.get());
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(model.rowCount(), 3003);
    QVERIFY(model.isComplete());
    // A row far down: its window is fetched on demand and then shown.
    const QModelIndex far = model.index(2500, StaffTableModel::NameColumn);
    model.data(far);
    QTRY_VERIFY(model.staffAt(2500) != nullptr);
    QCOMPARE(model.data(far).toString(), model.staffAt(2500)->name);
    QCOMPARE(model.idAt(2500), search({}).at(2500));
    // Sorting by NIP through the header's call.
    counted.clear();
    model.sort(StaffTableModel::NipColumn, Qt::DescendingOrder);
    QTRY_COMPARE(counted.size(), 1);
    StaffQuery byNip;
    byNip.sort = StaffSort::Nip;
    byNip.descending = true;
    QCOMPARE(model.idAt(0), search(byNip).at(0));
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestStaffModel::modelFiltersToTheMatchingRows()
{
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    QTRY_VERIFY(model.isComplete() && model.rowCount() == 3003);
    StaffQuery query;
    query.text = u"qowiyy"_s;
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_VERIFY(model.staffAt(0) && model.staffAt(1));
    QStringList names{model.data(model.index(0, 0)).toString(), model.data(model.index(1, 0)).toString()};
    names.sort();
    QCOMPARE(names, (QStringList{u"Drs. H. Zulkarnaen Qowiyyu, M.Si."_s, u"Ir. Siti Qowiyyah"_s}));
    QCOMPARE(model.data(model.index(0, StaffTableModel::NipColumn)).toString().count(QLatin1Char(' ')), 3);
    query.text = u"zzzzqqq"_s;
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestStaffModel::updateKeepsTheUnitHistory()
{
    StaffRepository staff(*m_db);
    const auto units = WorkUnitRepository(*m_db).list(QDate::currentDate());
    QVERIFY(units && units->size() > 1);
    Staff s = *staff.findById(m_planted.at(1));
    const QString before = s.unitCode;
    const QString after = units->at(1).code;
    QVERIFY(before != after);
    // A move dated on or before the current start would leave no valid history: refused.
    const auto early = staff.update(s, after, QDate(2019, 12, 31));
    QVERIFY(!early);
    QCOMPARE(staff.findById(s.id)->unitCode, before);
    const auto moved = staff.update(s, after, QDate(2024, 7, 1));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->unitCode, after);
    const auto history = staff.assignments(s.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).unitCode, before);
    QCOMPARE(history->at(0).to, QDate(2024, 6, 30));
    QCOMPARE(history->at(1).unitCode, after);
    QCOMPARE(history->at(1).from, QDate(2024, 7, 1));
    QVERIFY(!history->at(1).to.isValid());
    // A NIP another person holds is refused, and nothing changes.
    Staff clash = *moved;
    clash.nip = u"198703152010121002"_s;
    clash.sex.reset(); // taken from the NIP, so only the clash itself can refuse it
    const auto refused = staff.update(clash, after, QDate());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(staff.findById(s.id)->nip, u"199001012015032001"_s);
}

QTEST_MAIN(TestStaffModel)
#include "TestStaffModel.moc"
