// SPDX-License-Identifier: GPL-3.0-or-later
// Database: creating, migrating, refusing files it must not touch, the network-share hold,
// backups and the integrity check.
#include "StoreTestSupport.h"

#include "store/DemoSeeder.h"
#include "store/Migrator.h"
#include "store/SecondConnection.h"
#include "store/StaffRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QSet>
#include <QDateTime>

#include <thread>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({u"*.before-v*"_s}, QDir::Files);
}

// A real database with some hundred staff, closed again: many pages for the damage test.
bool makeSeeded(const QString& path, int staff = 300)
{
    auto db = openDb(path, true);
    if (!db)
        return false;
    return DemoSeeder(**db).seed(staff, 3).ok();
}

Database::Options shareOptions(const QString& user, const QString& host)
{
    Database::Options o = options(true);
    o.fileSystemType = [](const QString&) { return u"cifs"_s; };
    o.userName = user;
    o.hostName = host;
    return o;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void newFileIsPrivateWalWithForeignKeys();
    void uuidsAreVersion7InTimeOrder();
    void reopeningUpToDateFileMakesNoBackup();
    void olderFileIsBackedUpBeforeMigrating();
    void newerDatabaseIsRefusedUnchanged();
    void foreignFilesAreRefusedUnchanged_data();
    void foreignFilesAreRefusedUnchanged();
    void damagedDatabaseIsRefusedOrReportedUnchanged();
    void missingFileWithoutCreateIsNotCreated();
    void networkShareIsHeldExclusively();
    void onlyALocalFileIsMapped();
    void backupIsACompleteCopy();
    void backupIntoMissingFolderLeavesNothing();
    void secondConnectionStaysOpenBetweenJobs();
};

void TestDatabase::newFileIsPrivateWalWithForeignKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    auto db = openDb(path, true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QVERIFY(QFileInfo::exists(path));

    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & QFileDevice::ExeOwner));
    QCOMPARE(permissions & GroupOrOther, QFileDevice::Permissions());

    QVERIFY(!(*db)->onNetworkShare());
    const QSqlDatabase c = (*db)->connection();
    QCOMPARE(pragma(c, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(c, u"foreign_keys"_s), u"1"_s);
    QVERIFY(pragma(c, u"busy_timeout"_s).toInt() > 0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM schema_migrations WHERE version = 1"_s), 1);
    QCOMPARE(scalar(c, u"SELECT max(version) FROM schema_migrations"_s), qint64(Database::latestSchemaVersion()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Database::latestSchemaVersion(), Migrator::latestVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    // A new file has nothing to keep: no backup beside it.
    QVERIFY(backupsIn(dir.path()).isEmpty());

    // Foreign keys are enforced, not just switched on.
    QSqlQuery q(c);
    QVERIFY(!q.exec(u"INSERT INTO assignment (uuid, staff_id, unit_id, start_date, updated_at)"
                    " VALUES ('x', 41, 42, '2026-01-01', '2026-01-01T00:00:00Z')"_s));
}

void TestDatabase::reopeningUpToDateFileMakesNoBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    QVERIFY(openDb(path, true));
    auto again = openDb(path);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar((*again)->connection(), u"SELECT count(*) FROM schema_migrations"_s),
             qint64(Migrator::embedded().size()));
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

void TestDatabase::olderFileIsBackedUpBeforeMigrating()
{
    // "Older" here is version 0 holding data of its own: every migration's row and tables
    // are gone, a table of the clerk's remains.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kab.sqlite"_s);
    QVERIFY(openDb(path, true));
    QVERIFY(withRawConnection(path, [](QSqlDatabase& db) {
        QStringList drops;
        QSqlQuery tables(db);
        // Virtual tables first: dropping one drops its shadow tables with it. Views too.
        if (!tables.exec(u"SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
                         " AND name <> 'schema_migrations' ORDER BY sql NOT LIKE 'CREATE VIRTUAL%'"_s))
            return false;
        while (tables.next())
            drops << u"DROP %1 IF EXISTS \"%2\""_s.arg(tables.value(0).toString().toUpper(), tables.value(1).toString());
        tables.finish();
        return execAll(db, QStringList{u"DELETE FROM schema_migrations"_s} + drops + QStringList{u"CREATE TABLE clerk_note (note TEXT)"_s,
                                               u"INSERT INTO clerk_note VALUES ('keep me')"_s});
    }));

    auto db = openDb(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM work_unit"_s), 0);
    QCOMPARE(scalar((*db)->connection(), u"SELECT count(*) FROM clerk_note"_s), 1);

    const QString backup = dir.filePath(u"kab.before-v0001.sqlite"_s);
    QCOMPARE(backupsIn(dir.path()), QStringList{QFileInfo(backup).fileName()});
    QVERIFY(withRawConnection(backup, [](QSqlDatabase& copy) {
        QSqlQuery q(copy);
        return q.exec(u"SELECT note FROM clerk_note"_s) && q.next() && q.value(0).toString() == u"keep me"_s
            && scalar(copy, u"SELECT count(*) FROM schema_migrations"_s) == 0
            && scalar(copy, u"SELECT count(*) FROM sqlite_master WHERE name = 'work_unit'"_s) == 0;
    }));
}

void TestDatabase::newerDatabaseIsRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    QVERIFY(openDb(path, true));
    QVERIFY(withRawConnection(path, [](QSqlDatabase& db) {
        return execAll(db, {u"INSERT INTO schema_migrations VALUES (9999, 'future', '2030-01-01T00:00:00Z')"_s});
    }));
    const QByteArray before = sha256(path);

    for (const bool create : {false, true}) {
        auto db = openDb(path, create);
        QVERIFY(!db);
        QCOMPARE(failure(db), ErrorKind::Database);
        QVERIFY2(db.error().message.contains(u"9999"_s), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1Char('\n')));
    }
    QCOMPARE(sha256(path), before);
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

void TestDatabase::foreignFilesAreRefusedUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");

    QByteArray text;
    for (int i = 0; i < 400; ++i)
        text += "nip,nama,unit\n198703152010121002,Budi Santoso,1.01.01\n";
    QTest::newRow("csv text") << text << false;
    QTest::newRow("csv text, create allowed") << text << true;
    QByteArray header("SQLite format 3");
    header.append('\0');
    QTest::newRow("sqlite header, garbage after") << header + QByteArray(8192, '\xa5') << false;
}

void TestDatabase::foreignFilesAreRefusedUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.sqlite"_s);
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = sha256(path);

    auto db = openDb(path, create);
    QVERIFY(!db);
    QCOMPARE(failure(db), ErrorKind::Database);
    QVERIFY(!db.error().message.isEmpty());
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"roster.sqlite"_s});
}

void TestDatabase::damagedDatabaseIsRefusedOrReportedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    QVERIFY(makeSeeded(path));
    QByteArray bytes = fileBytes(path);
    const int pageSize = 4096;
    QVERIFY(bytes.size() >= 20 * pageSize);
    // Three pages in the middle of the file, overwritten as a bad sector or a torn copy would.
    const qsizetype from = (bytes.size() / 2 / pageSize) * pageSize;
    for (qsizetype i = from; i < from + 3 * pageSize; ++i)
        bytes[i] = char((i * 37) & 0xff);
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = sha256(path);

    auto db = openDb(path);
    if (db) {
        const Status checked = (*db)->check();
        QVERIFY(!checked);
        QCOMPARE(failure(checked), ErrorKind::Database);
        QVERIFY2(!checked.error().message.contains(QLatin1Char('\n')), qPrintable(checked.error().message));
    } else {
        QCOMPARE(failure(db), ErrorKind::Database);
    }
    db = Error::invalid(QString()); // closes the file
    QCOMPARE(sha256(path), before);
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

void TestDatabase::missingFileWithoutCreateIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nothing-here.sqlite"_s);
    auto db = openDb(path);
    QVERIFY(!db);
    QCOMPARE(failure(db), ErrorKind::File);
    QVERIFY(!QFileInfo::exists(path));

    const QString nested = dir.filePath(u"no/such/folder/netra.sqlite"_s);
    QVERIFY(!openDb(nested));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDatabase::networkShareIsHeldExclusively()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bersama.sqlite"_s);
    const QString note = path + u".holder"_s;
    {
        auto first = Database::open(path, shareOptions(u"siti.rahma"_s, u"PC-KESBANG-01"_s));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY((*first)->onNetworkShare());
        const QSqlDatabase c = (*first)->connection();
        QCOMPARE(pragma(c, u"journal_mode"_s), u"delete"_s);
        QCOMPARE(pragma(c, u"locking_mode"_s), u"exclusive"_s);
        QCOMPARE(pragma(c, u"foreign_keys"_s), u"1"_s);
        QCOMPARE((*first)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(QFileInfo::exists(note));
        const QJsonObject holder = QJsonDocument::fromJson(fileBytes(note)).object();
        QCOMPARE(holder.value(u"user"_s).toString(), u"siti.rahma"_s);
        QCOMPARE(holder.value(u"host"_s).toString(), u"PC-KESBANG-01"_s);

        // busy_timeout is 0 on a share: the second user learns at once who holds the file.
        auto second = Database::open(path, shareOptions(u"budi"_s, u"PC-BKPSDM-07"_s));
        QVERIFY(!second);
        QCOMPARE(failure(second), ErrorKind::Database);
        QVERIFY2(second.error().message.contains(u"siti.rahma"_s), qPrintable(second.error().message));
        QVERIFY2(second.error().message.contains(u"PC-KESBANG-01"_s), qPrintable(second.error().message));
        // The refused open leaves the holder's note alone.
        QCOMPARE(QJsonDocument::fromJson(fileBytes(note)).object().value(u"user"_s).toString(), u"siti.rahma"_s);
    }
    QVERIFY(!QFileInfo::exists(note));

    auto second = Database::open(path, shareOptions(u"budi"_s, u"PC-BKPSDM-07"_s));
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QCOMPARE(QJsonDocument::fromJson(fileBytes(note)).object().value(u"user"_s).toString(), u"budi"_s);
    second = Error::invalid(QString());
    QVERIFY(!QFileInfo::exists(note));
}

void TestDatabase::onlyALocalFileIsMapped()
{
    QTemporaryDir dir;
    constexpr qint64 bytes = qint64(64) << 20;
    {
        Database::Options options;
        options.create = true;
        auto local = Database::open(dir.filePath(u"lokal.sqlite"_s), options);
        QVERIFY2(local, local ? "" : qPrintable(local.error().message));
        QCOMPARE(pragma((*local)->connection(), u"mmap_size"_s), u"0"_s);
        QVERIFY((*local)->mapIntoMemory(bytes));
        QCOMPARE(pragma((*local)->connection(), u"mmap_size"_s), QString::number(bytes));
    }
    auto shared = Database::open(dir.filePath(u"bersama.sqlite"_s), shareOptions(u"siti.rahma"_s, u"PC-KESBANG-01"_s));
    QVERIFY2(shared, shared ? "" : qPrintable(shared.error().message));
    QVERIFY((*shared)->mapIntoMemory(bytes));
    QCOMPARE(pragma((*shared)->connection(), u"mmap_size"_s), u"0"_s);
}

void TestDatabase::backupIsACompleteCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    QVERIFY(makeSeeded(path, 120));
    auto db = openDb(path);
    QVERIFY(db);
    const auto staff = StaffRepository(**db).count({});
    QVERIFY(staff);
    QCOMPARE(*staff, 120);

    const QString target = dir.filePath(u"salinan/netra-2026-11-23.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    const Status written = (*db)->backupTo(target);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files), QStringList{QFileInfo(target).fileName()});
    QCOMPARE(QFileInfo(target).permissions() & GroupOrOther, QFileDevice::Permissions());

    auto copy = openDb(target);
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
    QCOMPARE(*StaffRepository(**copy).count({}), 120);
    QVERIFY((*copy)->check());
    QCOMPARE(dumpTables((*copy)->connection()), dumpTables((*db)->connection()));
}

void TestDatabase::backupIntoMissingFolderLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    auto db = openDb(path, true);
    QVERIFY(db);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const QString target = dir.filePath(u"missing/backup.sqlite"_s);
    const Status written = (*db)->backupTo(target);
    QVERIFY(!written);
    QCOMPARE(failure(written), ErrorKind::File);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"missing"_s)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestDatabase::secondConnectionStaysOpenBetweenJobs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    auto db = openDb(path, true);
    QVERIFY(db);
    QSqlDatabase first = (*db)->connection();
    QVERIFY(execAll(first, {u"CREATE TABLE note (n INTEGER)"_s, u"INSERT INTO note VALUES (42)"_s}));

    // Each job runs on the second connection's own thread, on the same connection each time,
    // and sees what the first connection committed.
    const auto here = std::this_thread::get_id();
    std::thread::id firstThread;
    std::thread::id secondThread;
    Database* firstConnection = nullptr;
    Database* secondConnection = nullptr;
    qint64 seen = 0;
    (*db)->secondConnection()
        .post([&](Database* other) {
            firstThread = std::this_thread::get_id();
            firstConnection = other;
        })
        .get();
    (*db)->secondConnection()
        .post([&](Database* other) {
            secondThread = std::this_thread::get_id();
            secondConnection = other;
            if (other)
                seen = scalar(other->connection(), u"SELECT n FROM note"_s);
        })
        .get();
    QVERIFY(firstConnection);
    QCOMPARE(secondConnection, firstConnection);
    QVERIFY(firstThread != here);
    QVERIFY(secondThread == firstThread);
    QVERIFY(firstConnection != db->get());
    QCOMPARE(seen, qint64(42));

    // A file that cannot be opened: the job learns it.
    SecondConnection missing(dir.filePath(u"absent.sqlite"_s));
    bool calledWithout = false;
    missing.post([&](Database* other) { calledWithout = other == nullptr; }).get();
    QVERIFY(calledWithout);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"absent.sqlite"_s)));
}

void TestDatabase::uuidsAreVersion7InTimeOrder()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList made;
    for (int i = 0; i < 20000; ++i)
        made << Database::newUuid();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> distinct;
    for (const QString& text : std::as_const(made)) {
        const QUuid uuid(text);
        QVERIFY2(!uuid.isNull() && text == uuid.toString(QUuid::WithoutBraces), qPrintable(text));
        // Qt 6.4 knows versions 1 to 5 only: read the version digit itself.
        QCOMPARE(text.at(14), u'7');
        QCOMPARE(uuid.variant(), QUuid::DCE);
        // The first 48 bits: milliseconds since 1970, between the calls.
        const qint64 ms = text.left(8).toLongLong(nullptr, 16) << 16 | text.mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(ms >= before && ms <= after);
        distinct.insert(text);
    }
    QCOMPARE(distinct.size(), made.size());
    // Made in different milliseconds, they sort in the order they were made.
    QTest::qWait(2);
    const QString later = Database::newUuid();
    QVERIFY(later > made.first());
    QVERIFY(later > made.last());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
