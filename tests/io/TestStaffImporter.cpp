// SPDX-License-Identifier: GPL-3.0-or-later
// StaffImporter on large imports: with the roster's indexes set aside (RosterRepository::
// beginBulkAdd) an import must leave exactly what the row-by-row path leaves, also when people
// already on the roster are updated and moved meanwhile, and a cancelled one nothing at all.
// The threshold is lowered so that a few thousand rows take that path. And RowsByNip, which
// finds a NIP's second row.
#include "../store/StoreTestSupport.h"
#include "DemoRosterRows.h"

#include "core/DemoKabupaten.h"
#include "core/Nip.h"
#include "io/CsvWriter.h"
#include "io/RowsByNip.h"
#include "io/StaffImporter.h"
#include "store/WorkUnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPeople = 6000;

struct RosterRow {
    QString nip, name, unit, position, grade, sex, kind;
};

QStringList tableDump(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        rows << fields.join(u'|');
    }
    return rows;
}

// What an import leaves behind, by NIP (ids and uuids differ between two databases).
QStringList rosterDump(const Database& db)
{
    return tableDump(db, u"SELECT s.nip, s.name, s.front_titles, s.bare_name, s.back_titles, s.name_key, s.kind, s.sex,"
                         "       s.birth_date, s.grade, s.position, s.active, s.inactive_from, u.code, a.start_date, a.end_date"
                         "  FROM staff s JOIN assignment a ON a.staff_id = s.id JOIN work_unit u ON u.id = a.unit_id"
                         " ORDER BY s.nip, a.start_date"_s);
}

// The ikrar tally's count of active ASN per unit and day, by unit code: kept by triggers on
// the row-by-row path, written again from the rows after a bulk load.
QStringList tallyDump(const Database& db)
{
    return tableDump(db, u"SELECT u.code, t.day, t.change FROM asn_unit_tally t JOIN work_unit u ON u.id = t.unit_id"
                         " WHERE t.change <> 0 ORDER BY u.code, t.day"_s);
}

QStringList schemaDump(const Database& db)
{
    return tableDump(db, u"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('staff', 'assignment', 'staff_search')"
                         " ORDER BY type, name"_s);
}

QStringList searchDump(const Database& db, const QString& fragment)
{
    return tableDump(db, u"SELECT s.nip FROM staff_search f JOIN staff s ON s.id = (f.rowid & 4294967295)"
                         " WHERE staff_search MATCH '\"%1\"' ORDER BY s.nip"_s.arg(fragment));
}

bool searchIndexIntact(const Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"INSERT INTO staff_search (staff_search, rank) VALUES ('integrity-check', 1)"_s);
}

bool writeRoster(const QString& path, const QList<RosterRow>& rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    CsvWriter csv(&file, u',');
    csv.writeHeader({u"NIP"_s, u"Nama"_s, u"Unit Kerja"_s, u"Jabatan"_s, u"Gol"_s, u"JK"_s, u"Jenis Pegawai"_s});
    for (const RosterRow& r : rows)
        csv.writeRow({r.nip, r.name, r.unit, r.position, r.grade, r.sex, r.kind});
    return csv.finish().ok();
}

} // namespace

class TestStaffImporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void bulkAddLeavesWhatRowByRowLeaves();
    void bulkAddWithUpdatesAndMoves();
    void cancelledBulkAddLeavesNothing();
    void missingColumnsKeepWhatIsStored();
    void rowsByNip();

private:
    std::unique_ptr<Database> unitsOnly(const QString& name);
    Result<ImportSummary> import(Database& db, const QString& file, qsizetype bulkAddFrom, QDate effective = {},
                                 const std::atomic_bool* cancel = nullptr, std::function<void(double, int)> progress = {});

    QTemporaryDir m_dir;
    QList<RosterRow> m_people;
};

void TestStaffImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QList<QStringList> rows = demoRosterRows(20261206, kPeople);
    for (const QStringList& r : rows.mid(1))
        m_people.push_back({r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6)});
    QCOMPARE(m_people.size(), kPeople);
    QVERIFY(writeRoster(m_dir.filePath(u"all.csv"_s), m_people));
}

std::unique_ptr<Database> TestStaffImporter::unitsOnly(const QString& name)
{
    auto db = openDb(m_dir.filePath(name), true);
    if (!db)
        return nullptr;
    WorkUnitRepository units(**db);
    for (WorkUnit unit : DemoKabupaten::units()) {
        unit.parentCode.clear();
        if (!units.add(unit))
            return nullptr;
    }
    return std::move(db).value();
}

Result<ImportSummary> TestStaffImporter::import(Database& db, const QString& file, qsizetype bulkAddFrom, QDate effective,
                                                const std::atomic_bool* cancel, std::function<void(double, int)> progress)
{
    StaffImporter::Options options;
    options.useRememberedMapping = false;
    options.effective = effective;
    options.cancel = cancel;
    options.progress = std::move(progress);
    return StaffImporter(db, bulkAddFrom).import(file, options);
}

void TestStaffImporter::bulkAddLeavesWhatRowByRowLeaves()
{
    auto rowByRow = unitsOnly(u"row-by-row.sqlite"_s);
    auto bulk = unitsOnly(u"bulk.sqlite"_s);
    QVERIFY(rowByRow && bulk);
    const QStringList schemaBefore = schemaDump(*bulk);
    QCOMPARE(schemaBefore, schemaDump(*rowByRow));

    const QString file = m_dir.filePath(u"all.csv"_s);
    const auto one = import(*rowByRow, file, StaffImporter::kBulkAddFrom);
    // Rows are written 2,048 at a time: the first batch goes in with the indexes, the rest
    // with them set aside.
    const auto other = import(*bulk, file, 3000);
    QVERIFY2(one && other, qPrintable(!one ? one.error().message : !other ? other.error().message : QString()));
    QCOMPARE(one->added, kPeople);
    QCOMPARE(other->added, kPeople);
    QCOMPARE(other->rejectedRows, 0);

    const QStringList roster = rosterDump(*rowByRow);
    QCOMPARE(roster.size(), kPeople);
    QCOMPARE(rosterDump(*bulk), roster);
    QCOMPARE(schemaDump(*bulk), schemaBefore);
    QVERIFY(tallyDump(*rowByRow).size() > 20);
    QCOMPARE(tallyDump(*bulk), tallyDump(*rowByRow));
    QVERIFY(searchIndexIntact(*bulk));
    for (const QString& fragment : {u"rahma"_s, u"wati"_s, u"agus"_s}) {
        const QStringList found = searchDump(*rowByRow, fragment);
        QVERIFY2(!found.isEmpty(), qPrintable(fragment));
        QCOMPARE(searchDump(*bulk, fragment), found);
    }
    // The name buckets were placed over everyone, as after a rebuild.
    QCOMPARE(scalar(bulk->connection(), u"SELECT staff_in_use FROM staff_name_bucket_basis"_s), qint64(kPeople));
}

void TestStaffImporter::bulkAddWithUpdatesAndMoves()
{
    // On the roster first: 1,000 people. Then a file with 5,000 newcomers followed by those
    // 1,000, every 10th with a new position and every 25th in another unit: the updates and
    // moves come after the indexes were set aside (at the first 2,048 newcomers).
    const QList<RosterRow> first = m_people.mid(0, 1000);
    QList<RosterRow> second = m_people.mid(1000);
    QStringList unitNames;
    for (const WorkUnit& unit : DemoKabupaten::units())
        unitNames << unit.name;
    for (int i = 0; i < first.size(); ++i) {
        RosterRow row = first.at(i);
        if (i % 10 == 0)
            row.position = u"Analis Kebijakan"_s;
        if (i % 25 == 0)
            row.unit = unitNames.at((unitNames.indexOf(row.unit) + 1) % unitNames.size());
        second.push_back(row);
    }
    QVERIFY(writeRoster(m_dir.filePath(u"first.csv"_s), first));
    QVERIFY(writeRoster(m_dir.filePath(u"second.csv"_s), second));

    auto rowByRow = unitsOnly(u"moves-row-by-row.sqlite"_s);
    auto bulk = unitsOnly(u"moves-bulk.sqlite"_s);
    QVERIFY(rowByRow && bulk);
    const QStringList schemaBefore = schemaDump(*bulk);
    const QDate moveDay(2026, 7, 1);
    for (Database* db : {rowByRow.get(), bulk.get()}) {
        const auto started = import(*db, m_dir.filePath(u"first.csv"_s), StaffImporter::kBulkAddFrom, QDate(2026, 1, 2));
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QCOMPARE(started->added, 1000);
    }
    const auto one = import(*rowByRow, m_dir.filePath(u"second.csv"_s), StaffImporter::kBulkAddFrom, moveDay);
    const auto other = import(*bulk, m_dir.filePath(u"second.csv"_s), 100, moveDay);
    QVERIFY2(one && other, qPrintable(!one ? one.error().message : !other ? other.error().message : QString()));
    QCOMPARE(other->added, 5000);
    QCOMPARE(other->updated, 120); // every 10th and every 25th (every 50th is both)
    QCOMPARE(other->unchanged, 880);
    QCOMPARE(one->updated, other->updated);

    const QStringList roster = rosterDump(*rowByRow);
    QCOMPARE(roster.size(), kPeople + 40); // a closed and an open assignment per move
    QCOMPARE(rosterDump(*bulk), roster);
    QCOMPARE(schemaDump(*bulk), schemaBefore);
    // The moves end an assignment and start another on the move day.
    QVERIFY(tallyDump(*rowByRow).filter(moveDay.toString(Qt::ISODate)).size() > 2);
    QCOMPARE(tallyDump(*bulk), tallyDump(*rowByRow));
    QVERIFY(searchIndexIntact(*bulk));
    QCOMPARE(searchDump(*bulk, u"rahma"_s), searchDump(*rowByRow, u"rahma"_s));
}

void TestStaffImporter::cancelledBulkAddLeavesNothing()
{
    auto db = unitsOnly(u"cancelled.sqlite"_s);
    QVERIFY(db);
    const QStringList schemaBefore = schemaDump(*db);
    std::atomic_bool cancel = false;
    int readWhenCancelled = 0;
    // By the 5,000th row the first 4,096 were written, with the indexes set aside.
    const auto result = import(*db, m_dir.filePath(u"all.csv"_s), 100, {}, &cancel, [&](double, int rows) {
        if (rows >= 5000 && !cancel) {
            readWhenCancelled = rows;
            cancel = true;
        }
    });
    QVERIFY(readWhenCancelled >= 5000);
    QCOMPARE(failure(result), ErrorKind::Cancelled);
    QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM staff"_s), qint64(0));
    QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM assignment"_s), qint64(0));
    QCOMPARE(schemaDump(*db), schemaBefore);
    QVERIFY(searchIndexIntact(*db));

    // And the same file imports afterwards.
    const auto again = import(*db, m_dir.filePath(u"all.csv"_s), 100);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->added, kPeople);
    QCOMPARE(schemaDump(*db), schemaBefore);
}

void TestStaffImporter::missingColumnsKeepWhatIsStored()
{
    auto db = unitsOnly(u"missing-columns.sqlite"_s);
    QVERIFY(db);
    const QList<RosterRow> people = m_people.mid(0, 40);
    QVERIFY(writeRoster(m_dir.filePath(u"full.csv"_s), people));
    const auto first = import(*db, m_dir.filePath(u"full.csv"_s), StaffImporter::kBulkAddFrom);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    const QStringList stored = rosterDump(*db);

    // The HR office's next file has no position and no grade column; every 4th name gained a
    // title. Those are updated, their positions and grades kept; the rest are unchanged.
    QFile file(m_dir.filePath(u"names-only.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    CsvWriter csv(&file, u',');
    csv.writeHeader({u"NIP"_s, u"Nama"_s, u"Unit Kerja"_s, u"JK"_s, u"Jenis Pegawai"_s});
    QHash<QString, QString> renamed;
    for (int i = 0; i < people.size(); ++i) {
        const RosterRow& r = people.at(i);
        const QString name = i % 4 == 0 ? u"Dr. "_s + r.name : r.name;
        if (name != r.name)
            renamed.insert(r.nip, name);
        csv.writeRow({r.nip, name, r.unit, r.sex, r.kind});
    }
    QVERIFY(csv.finish());
    file.close();
    const auto second = import(*db, file.fileName(), StaffImporter::kBulkAddFrom);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->updated, int(renamed.size()));
    QCOMPARE(second->unchanged, int(people.size() - renamed.size()));

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT nip, name, coalesce(grade, ''), coalesce(position, '') FROM staff"_s));
    int seen = 0;
    while (q.next()) {
        const QString nip = q.value(0).toString();
        const auto person = std::find_if(people.cbegin(), people.cend(), [&](const RosterRow& r) { return r.nip == nip; });
        QVERIFY(person != people.cend());
        QCOMPARE(q.value(1).toString(), renamed.value(nip, person->name));
        QCOMPARE(q.value(2).toString(), person->grade);
        QCOMPARE(q.value(3).toString(), person->position);
        ++seen;
    }
    QCOMPARE(seen, people.size());
    // Importing it again changes nothing.
    const auto third = import(*db, file.fileName(), StaffImporter::kBulkAddFrom);
    QVERIFY(third);
    QCOMPARE(third->updated, 0);
    QCOMPARE(third->unchanged, people.size());
    QVERIFY(stored.size() == people.size());
}

void TestStaffImporter::rowsByNip()
{
    RowsByNip rows;
    QCOMPARE(rows.firstOrAdd(u"198703152010121002"_s, 2), std::nullopt);
    QCOMPARE(rows.firstOrAdd(u"198703152010121002"_s, 9), std::optional<int>(2));
    // Not the same cell as another with a leading zero, nor as its own digits longer.
    QCOMPARE(rows.firstOrAdd(u"12"_s, 3), std::nullopt);
    QCOMPARE(rows.firstOrAdd(u"012"_s, 4), std::nullopt);
    QCOMPARE(rows.firstOrAdd(u"0012"_s, 5), std::nullopt);
    QCOMPARE(rows.firstOrAdd(u"012"_s, 6), std::optional<int>(4));
    // Longer than 18 digits, or not digits at all: kept as text, still found again.
    const QString nineteen = u"1987031520101210021"_s;
    QCOMPARE(rows.firstOrAdd(nineteen, 7), std::nullopt);
    QCOMPARE(rows.firstOrAdd(nineteen, 8), std::optional<int>(7));
    QCOMPARE(rows.firstOrAdd(u"1,99E+17"_s, 10), std::nullopt);
    QCOMPARE(rows.firstOrAdd(u"1,99E+17"_s, 11), std::optional<int>(10));
    QVERIFY(rows.contains(u"198703152010121002"_s));
    QVERIFY(rows.contains(nineteen));
    QVERIFY(!rows.contains(u"198703152010121003"_s));
    QVERIFY(!rows.contains(u"98703152010121002"_s));
    QVERIFY(!rows.contains(u"00012"_s));
    QVERIFY(rows.containsKey(*Nip::asKey(u"198703152010121002"_s)));
    QVERIFY(!rows.containsKey(*Nip::asKey(u"198703152010121003"_s)));
    // Nip::asKey: "1" in front, up to 18 digits, digits only.
    QCOMPARE(Nip::asKey(u"012"_s), std::optional<qint64>(1012));
    QCOMPARE(Nip::asKey(u"999999999999999999"_s), std::optional<qint64>(1999999999999999999LL));
    QCOMPARE(Nip::asKey(u"1999999999999999999"_s), std::nullopt);
    QCOMPARE(Nip::asKey(u""_s), std::nullopt);
    QCOMPARE(Nip::asKey(u"12a4"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestStaffImporter)
#include "TestStaffImporter.moc"
