// SPDX-License-Identifier: GPL-3.0-or-later
// The roster search in name order: the first matches of a name fragment, read from the search
// index bucket by bucket, are exactly those a full sort of every match puts first, before and
// after people are added, renamed and voided, and after the buckets are placed again.
#include "StoreTestSupport.h"

#include "core/PersonName.h"
#include "core/StaffKind.h"
#include "store/DemoSeeder.h"
#include "store/RosterRepository.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchIndex.h"
#include "store/StaffSearchRepository.h"

#include <QDebug>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int StaffCount = 3000;

// Every person in use whose name key holds `fragment`, sorted by SQL without the search index.
QList<qint64> sortedMatches(Database& db, const QString& fragment, bool descending,
                            std::optional<StaffKind> kind = std::nullopt)
{
    QSqlQuery q(db.connection());
    const QString direction = descending ? u" DESC"_s : QString();
    q.prepare(u"SELECT id FROM staff WHERE voided_at IS NULL AND instr(name_key, ?) > 0 %1"
              " ORDER BY name_key%2, id%2"_s.arg(kind ? u"AND kind = ?"_s : QString(), direction));
    q.addBindValue(fragment);
    if (kind)
        q.addBindValue(staffKindCode(*kind));
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    return ids;
}

// FTS5's own check of an external content index against its content (rank 1): every row of
// the content view is indexed under the rowid the view gives it, and nothing else is.
bool indexMatchesRoster(Database& db)
{
    QSqlQuery q(db.connection());
    if (q.exec(u"INSERT INTO staff_search (staff_search, rank) VALUES ('integrity-check', 1)"_s))
        return true;
    qWarning() << q.lastError().text();
    return false;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

Staff person(const QString& nip, const QString& name, qint64 unitId = 0)
{
    Staff s;
    s.nip = nip;
    s.name = name;
    s.bareName = name; // no titles
    s.kind = StaffKind::Pns;
    s.unitId = unitId;
    return s;
}

} // namespace

class TestStaffSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bucketsArePlacedOverTheDemo();
    void firstMatchesAreTheFirstInNameOrder_data();
    void firstMatchesAreTheFirstInNameOrder();
    void aKindFilterKeepsTheOrder();
    void changesAfterPlacementAreFound();
    void aRosterThatOutgrewItsBucketsGetsThemPlacedAgain();

private:
    void compareWindows(const QString& fragment);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStaffSearch::initTestCase()
{
    auto db = openDb(m_dir.filePath(u"search.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    const auto counts = DemoSeeder(*m_db).seed(StaffCount, 7);
    QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
}

void TestStaffSearch::cleanupTestCase()
{
    m_db.reset();
}

void TestStaffSearch::bucketsArePlacedOverTheDemo()
{
    const qint64 inUse = scalar(*m_db, u"SELECT count(*) FROM staff WHERE voided_at IS NULL"_s);
    QCOMPARE(scalar(*m_db, u"SELECT staff_in_use FROM staff_name_bucket_basis"_s), inUse);
    // One bucket per name key in use.
    const qint64 buckets = scalar(*m_db, u"SELECT count(*) FROM staff_name_bucket"_s);
    QCOMPARE(buckets, scalar(*m_db, u"SELECT count(DISTINCT name_key) FROM staff WHERE voided_at IS NULL"_s));
    QVERIFY(buckets > 20);
    QVERIFY(indexMatchesRoster(*m_db));
    // Every staff row is in the index once, under its bucket.
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM staff_search WHERE staff_search MATCH 'ati'"_s),
             scalar(*m_db, u"SELECT count(*) FROM staff WHERE name_key LIKE '%ati%'"_s));
    QVERIFY(scalar(*m_db, u"SELECT count(DISTINCT rowid >> 32) FROM staff_search WHERE staff_search MATCH 'wati'"_s) > 1);
}

void TestStaffSearch::compareWindows(const QString& fragment)
{
    for (const bool descending : {false, true}) {
        const QList<qint64> all = sortedMatches(*m_db, fragment, descending);
        for (const int limit : {0, 1, 5, 17, 60, 200}) {
            StaffQuery query;
            query.text = fragment;
            query.descending = descending;
            const auto window = StaffSearchRepository(*m_db).ids(query, limit);
            QVERIFY2(window, window ? "" : qPrintable(window.error().message));
            QCOMPARE(*window, all.mid(0, limit));
        }
    }
}

void TestStaffSearch::firstMatchesAreTheFirstInNameOrder_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("atLeast"); // matches in the demo, so that the windows are filled
    QTest::newRow("common, everywhere") << u"wati"_s << 60;
    QTest::newRow("first names") << u"rahmawati"_s << 18;
    QTest::newRow("across words") << u"ti r"_s << 5;
    QTest::newRow("short") << u"nur"_s << 60;
    QTest::newRow("none") << u"qqq"_s << 0;
}

void TestStaffSearch::firstMatchesAreTheFirstInNameOrder()
{
    QFETCH(QString, fragment);
    QFETCH(int, atLeast);
    QVERIFY(sortedMatches(*m_db, fragment, false).size() >= atLeast);
    compareWindows(fragment);
}

void TestStaffSearch::aKindFilterKeepsTheOrder()
{
    StaffQuery query;
    query.text = u"wati"_s;
    query.kind = StaffKind::Pppk;
    const QList<qint64> all = sortedMatches(*m_db, u"wati"_s, false, StaffKind::Pppk);
    QVERIFY(all.size() > 20);
    const auto window = StaffSearchRepository(*m_db).ids(query, 20);
    QVERIFY(window);
    QCOMPARE(*window, all.mid(0, 20));
}

void TestStaffSearch::changesAfterPlacementAreFound()
{
    StaffRepository staff(*m_db);
    const QString unitCode = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT code FROM work_unit ORDER BY id LIMIT 1"_s) && q.next() ? q.value(0).toString() : QString();
    }();
    QVERIFY(!unitCode.isEmpty());
    // Below every name, between two, and above every name: buckets 0, some and the last.
    const auto first = staff.add(person(u"199001012015031001"_s, u"Aaron Rahmawati"_s), unitCode, QDate(2024, 1, 2));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    const auto middle = staff.add(person(u"199001012015032002"_s, u"Rahmawati Aaa"_s), unitCode, QDate(2024, 1, 2));
    QVERIFY(middle);
    const auto last = staff.add(person(u"199001012015031003"_s, u"Zzz Rahmawati"_s), unitCode, QDate(2024, 1, 2));
    QVERIFY(last);
    compareWindows(u"rahmawati"_s);
    StaffQuery query;
    query.text = u"rahmawati"_s;
    const auto top = StaffSearchRepository(*m_db).ids(query, 2);
    QVERIFY(top);
    QCOMPARE(*top, (QList<qint64>{first->id, middle->id}));

    // Renamed: found under the new name only.
    Staff renamed = *middle;
    renamed.name = u"Wulan Sekarsari"_s;
    const auto updated = staff.update(renamed, unitCode, QDate(2024, 1, 2));
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    query.text = u"sekarsari"_s;
    const auto found = StaffSearchRepository(*m_db).ids(query, 200);
    QVERIFY(found);
    QVERIFY(found->contains(middle->id));
    QVERIFY(!sortedMatches(*m_db, u"rahmawati"_s, false).contains(middle->id));
    compareWindows(u"rahmawati"_s);
    compareWindows(u"sari"_s);

    // Voided: gone from the results.
    QVERIFY(staff.voidStaff(first->id, u"Entered twice"_s));
    query.text = u"rahmawati"_s;
    const auto afterVoid = StaffSearchRepository(*m_db).ids(query, 200);
    QVERIFY(afterVoid);
    QVERIFY(!afterVoid->contains(first->id));
    compareWindows(u"rahmawati"_s);
    QVERIFY(indexMatchesRoster(*m_db));

    // Placed again over the changed roster, the voided kept in the index.
    QVERIFY(StaffSearchIndex(*m_db).rebuild());
    QVERIFY(indexMatchesRoster(*m_db));
    compareWindows(u"rahmawati"_s);
    compareWindows(u"sari"_s);
}

void TestStaffSearch::aRosterThatOutgrewItsBucketsGetsThemPlacedAgain()
{
    // A new file: no one to place buckets over, so everyone added lands in bucket 0.
    auto opened = openDb(m_dir.filePath(u"grown.sqlite"_s), true);
    QVERIFY(opened);
    Database& db = **opened;
    QCOMPARE(scalar(db, u"SELECT staff_in_use FROM staff_name_bucket_basis"_s), qint64(0));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO work_unit (uuid, code, name, kind, updated_at)"
                   " VALUES ('u1', '1.01', 'Dinas Satu', 'dinas', '2026-01-01T00:00:00Z')"_s));
    const qint64 unitId = q.lastInsertId().toLongLong();
    const QStringList first = {u"Siti"_s, u"Dewi"_s, u"Budi"_s, u"Agus"_s, u"Rina"_s, u"Rahmawati"_s, u"Nur"_s, u"Eka"_s};
    const QStringList last = {u"Lestari"_s, u"Santoso"_s, u"Wati"_s, u"Hidayat"_s, u"Saputra"_s, u"Kurniawati"_s,
                              u"Sari"_s, u"Pratama"_s};
    QList<RosterAddition> people;
    for (int i = 0; i < 640; ++i) {
        // NIP: born 1980-01-01 + i days, appointed 2010-03, male, sequence i.
        const QDate born = QDate(1980, 1, 1).addDays(i);
        const QString nip = born.toString(u"yyyyMMdd"_s) + u"201003"_s + u"1"_s + QString::number(100 + i % 900).rightJustified(3, u'0');
        const Staff added = person(nip, first[i % 8] + u' ' + last[(i / 8) % 8] + u' ' + QString(QChar(u'a' + i % 26)), unitId);
        people.push_back({added, nameKey(added.name)});
    }
    const Status added = db.transaction([&] { return RosterRepository(db).add(people, QDate(2024, 1, 2)); });
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(scalar(db, u"SELECT max(rowid >> 32) FROM staff_search WHERE staff_search MATCH 'sari'"_s), qint64(0));
    QVERIFY(indexMatchesRoster(db));

    const auto refreshed = StaffSearchIndex(db).refreshIfOutgrown();
    QVERIFY(refreshed);
    QVERIFY(*refreshed);
    QCOMPARE(scalar(db, u"SELECT staff_in_use FROM staff_name_bucket_basis"_s), qint64(640));
    QVERIFY(scalar(db, u"SELECT max(rowid >> 32) FROM staff_search WHERE staff_search MATCH 'sari'"_s) > 10);
    QVERIFY(indexMatchesRoster(db));
    const auto again = StaffSearchIndex(db).refreshIfOutgrown();
    QVERIFY(again);
    QVERIFY(!*again); // not outgrown any more

    StaffQuery query;
    query.text = u"sari"_s;
    const auto window = StaffSearchRepository(db).ids(query, 30);
    QVERIFY(window);
    QCOMPARE(*window, sortedMatches(db, u"sari"_s, false).mid(0, 30));
    QCOMPARE(window->size(), 30);
}

QTEST_GUILESS_MAIN(TestStaffSearch)
#include "TestStaffSearch.moc"
