// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a file from one shipped schema version to the next: a genuine version-1 file,
// built by migration 1 alone, is opened by the real Migrator and brought to the latest.
#include "StoreTestSupport.h"

#include "store/IkrarTally.h"
#include "store/Migrator.h"
#include "store/SqlScript.h"
#include "store/WorkUnitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

// A file exactly as migrations 1 to `version` left it, then `rows` written into it.
bool makeFileAt(const QString& path, int version, const QStringList& rows)
{
    return withRawConnection(path, [&](QSqlDatabase& db) {
        QStringList statements{u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                               " applied_at TEXT NOT NULL)"_s};
        for (const Migrator::Migration& migration : Migrator::embedded()) {
            if (migration.version > version)
                break;
            QFile script(migration.resourcePath);
            if (!script.open(QIODevice::ReadOnly))
                return false;
            statements << SqlScript::split(QString::fromUtf8(script.readAll()))
                       << u"INSERT INTO schema_migrations VALUES (%1, 'm%1', '2026-11-01T00:00:00Z')"_s.arg(migration.version);
        }
        return execAll(db, statements + rows);
    });
}

// A file exactly as migration 1 left it, with one work unit in it.
bool makeVersion1File(const QString& path)
{
    return makeFileAt(path, 1,
                      {u"INSERT INTO work_unit (uuid, code, name, kind, updated_at)"
                       " VALUES ('u-1', '1.01.01', 'Dinas Pendidikan', 'dinas', '2026-11-01T00:00:00Z')"_s});
}

} // namespace

class TestUpgrade : public QObject {
    Q_OBJECT

private slots:
    void testMigrationIsEmbedded();
    void versionOneFileIsBackedUpThenUpgraded();
    void ikrarCountsAreWrittenOnUpgrade();
};

void TestUpgrade::testMigrationIsEmbedded()
{
    const auto migrations = Migrator::embedded();
    QVERIFY(migrations.size() >= 2);
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
    QCOMPARE(migrations.at(0).name, u"foundation"_s);
    QCOMPARE(Database::latestSchemaVersion(), migrations.constLast().version);
}

void TestUpgrade::versionOneFileIsBackedUpThenUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.data.sqlite"_s);
    QVERIFY(makeVersion1File(path));
    QString versionOneDump;
    QVERIFY(withRawConnection(path, [&](QSqlDatabase& db) {
        versionOneDump = dumpTables(db);
        return scalar(db, u"SELECT max(version) FROM schema_migrations"_s) == 1;
    }));

    auto db = openDb(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    const int latest = Database::latestSchemaVersion();
    QCOMPARE((*db)->schemaVersion(), latest);
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM schema_migrations"_s), qint64(latest));
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM work_unit WHERE code = '1.01.01'"_s), 1);

    // NAME.before-vNNNN.sqlite, NNNN the first version applied; NAME keeps its inner dots.
    const QString backup = dir.filePath(u"netra.data.before-v0002.sqlite"_s);
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QDir(dir.path()).entryList({u"*.before-v*"_s}, QDir::Files), QStringList{QFileInfo(backup).fileName()});
    QVERIFY(withRawConnection(backup, [&](QSqlDatabase& copy) {
        // The copy is the version-1 file as it was, row for row.
        return dumpTables(copy) == versionOneDump;
    }));

    // Up to date now: opening again takes no further copy.
    db = Error::invalid(QString());
    QVERIFY(QFile::remove(backup));
    auto again = openDb(path);
    QVERIFY(again);
    QCOMPARE((*again)->schemaVersion(), latest);
    QVERIFY(!QFileInfo::exists(backup));
}

void TestUpgrade::ikrarCountsAreWrittenOnUpgrade()
{
    // A version-10 file with people, a move, someone gone inactive and ikrars: schema v11
    // writes its tally from those rows.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    const QString t = u"'2026-11-01T00:00:00Z'"_s;
    QStringList rows{
        u"INSERT INTO work_unit (id, uuid, code, name, kind, updated_at) VALUES (1, 'u-1', '1.01.01', 'Dinas Pendidikan', 'dinas', %1),"
        " (2, 'u-2', '7.01.01', 'Kecamatan Sukamaju', 'kecamatan', %1)"_s.arg(t),
        u"INSERT INTO election_period (id, uuid, name, kind, start_date, voting_day, end_date, updated_at)"
        " VALUES (1, 'p-1', 'Pilkada 2024', 'pilkada', '2024-03-01', '2024-11-27', '2024-12-31', %1)"_s.arg(t)};
    // Four ASN and one non-ASN in unit 1 from 2020; person 2 moves to unit 2 on 2024-07-01;
    // person 3 is inactive from 2024-05-01.
    for (int i = 1; i <= 5; ++i)
        rows << u"INSERT INTO staff (id, uuid, nip, internal_id, name, bare_name, name_key, kind, inactive_from, updated_at)"
                " VALUES (%1, 's-%1', %2, %3, 'P %1', 'P %1', 'p %1', '%4', %5, %6)"_s.arg(i)
                    .arg(i == 5 ? u"NULL"_s : u"'19900101201503100%1'"_s.arg(i), i == 5 ? u"'H-5'"_s : u"NULL"_s,
                         i == 5 ? u"NON_ASN"_s : u"PNS"_s, i == 3 ? u"'2024-05-01'"_s : u"NULL"_s, t)
             << u"INSERT INTO assignment (uuid, staff_id, unit_id, start_date, end_date, updated_at)"
                " VALUES ('a-%1', %1, 1, '2020-01-02', %2, %3)"_s.arg(i)
                    .arg(i == 2 ? u"'2024-06-30'"_s : u"NULL"_s, t);
    rows << u"INSERT INTO assignment (uuid, staff_id, unit_id, start_date, updated_at) VALUES ('a-6', 2, 2, '2024-07-01', %1)"_s.arg(t);
    // Persons 1, 2 and 3 signed on 2024-03-04, person 4 on 2024-08-01.
    for (const auto& [staff, day] : {std::pair{1, u"2024-03-04"_s}, std::pair{2, u"2024-03-04"_s}, std::pair{3, u"2024-03-04"_s},
                                     std::pair{4, u"2024-08-01"_s}})
        rows << u"INSERT INTO pledge (uuid, kind, staff_id, period_id, signed_on, updated_at) VALUES ('i-%1', 'ikrar', %1, 1, '%2', %3)"_s
                    .arg(staff)
                    .arg(day, t);
    QVERIFY(makeFileAt(path, 10, rows));

    auto db = openDb(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    const IkrarTally tally(**db);
    // (day, unit) -> owed, signed
    for (const auto& [day, unit, owed, signedCount] :
         {std::tuple{QDate(2024, 3, 3), 1, 4, 0}, std::tuple{QDate(2024, 3, 4), 1, 4, 3}, std::tuple{QDate(2024, 5, 1), 1, 3, 2},
          std::tuple{QDate(2024, 7, 1), 1, 2, 1}, std::tuple{QDate(2024, 7, 1), 2, 1, 1}, std::tuple{QDate(2024, 8, 1), 1, 2, 2},
          std::tuple{QDate(2024, 8, 1), 0, 3, 3}, std::tuple{QDate(2019, 12, 31), 0, 0, 0}}) {
        const auto counted = tally.counts(1, day, unit);
        QVERIFY(counted);
        QCOMPARE(counted->owed, owed);
        QCOMPARE(counted->signedCount, signedCount);
    }
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"
