// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a file from one shipped schema version to the next. Only one migration ships
// today, so this executable embeds a test-only 0002 (tests/data/store/migrations) beside the
// app's own: the real Migrator then upgrades a genuine version-1 file.
#include "StoreTestSupport.h"

#include "store/Migrator.h"
#include "store/WorkUnitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

// Takes a file at version 2 back to exactly what migration 1 left.
bool downgradeToVersion1(const QString& path)
{
    return withRawConnection(path, [](QSqlDatabase& db) {
        return execAll(db, {u"DELETE FROM schema_migrations WHERE version = 2"_s, u"DROP TABLE upgrade_probe"_s,
                            u"ALTER TABLE work_unit DROP COLUMN probe_flag"_s});
    });
}

} // namespace

class TestUpgrade : public QObject {
    Q_OBJECT

private slots:
    void testMigrationIsEmbedded();
    void versionOneFileIsBackedUpThenUpgraded();
};

void TestUpgrade::testMigrationIsEmbedded()
{
    const auto migrations = Migrator::embedded();
    QCOMPARE(migrations.size(), 2);
    QCOMPARE(migrations.at(0).version, 1);
    QCOMPARE(migrations.at(1).version, 2);
    QCOMPARE(migrations.at(1).name, u"test_upgrade"_s);
    QCOMPARE(Database::latestSchemaVersion(), 2);
}

void TestUpgrade::versionOneFileIsBackedUpThenUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.data.sqlite"_s);
    {
        auto db = openDb(path, true);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), 2);
        WorkUnit unit;
        unit.code = u"1.01.01"_s;
        unit.name = u"Dinas Pendidikan"_s;
        unit.kind = u"dinas"_s;
        QVERIFY(WorkUnitRepository(**db).add(unit));
    }
    QVERIFY(downgradeToVersion1(path));
    QString versionOneDump;
    QVERIFY(withRawConnection(path, [&](QSqlDatabase& db) {
        versionOneDump = dumpTables(db);
        return scalar(db, u"SELECT max(version) FROM schema_migrations"_s) == 1;
    }));

    auto db = openDb(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), 2);
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM schema_migrations"_s), 2);
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM upgrade_probe"_s), 1);
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM work_unit WHERE code = '1.01.01' AND probe_flag = 0"_s), 1);

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
    QCOMPARE((*again)->schemaVersion(), 2);
    QVERIFY(!QFileInfo::exists(backup));
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"
