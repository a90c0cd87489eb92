// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a file from one shipped schema version to the next: a genuine version-1 file,
// built by migration 1 alone, is opened by the real Migrator and brought to the latest.
#include "StoreTestSupport.h"

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

// A file exactly as migration 1 left it, with one work unit in it.
bool makeVersion1File(const QString& path)
{
    return withRawConnection(path, [](QSqlDatabase& db) {
        QFile first(Migrator::embedded().constFirst().resourcePath);
        if (!first.open(QIODevice::ReadOnly))
            return false;
        QStringList statements = SqlScript::split(QString::fromUtf8(first.readAll()));
        statements.prepend(u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL)"_s);
        statements << u"INSERT INTO schema_migrations VALUES (1, 'foundation', '2026-11-01T00:00:00Z')"_s
                   << u"INSERT INTO work_unit (uuid, code, name, kind, updated_at)"
                      " VALUES ('u-1', '1.01.01', 'Dinas Pendidikan', 'dinas', '2026-11-01T00:00:00Z')"_s;
        return execAll(db, statements);
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

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"
