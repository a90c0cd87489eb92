// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SecondConnection.h"

#include "Migrator.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace netra {

namespace {

QAtomicInt connectionCounter;

bool isNetworkFileSystem(const QString& type)
{
    const QString t = type.toLower();
    return t == QLatin1String("cifs") || t == QLatin1String("smb3") || t == QLatin1String("smbfs")
        || t == QLatin1String("nfs") || t == QLatin1String("nfs4");
}

bool isBusy(const QSqlError& error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without extended codes.
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6;
}

QString currentUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("?") : user;
}

} // namespace

Database::Database(QString path, QString connectionName, const Clock* clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

Database::~Database()
{
    m_secondConnection.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_holderNotePath.isEmpty())
        QFile::remove(m_holderNotePath);
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("NETRA_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/netra/netra.sqlite");
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty())
        return Error::usage(tr("No database file given."));
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create)
            return Error::file(tr("No database at %1.").arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::file(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // Created by us first so it is private (0600) from its first byte; SQLite takes an
        // empty file as an empty database.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::file(tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else if (!info.isFile()) {
        return Error::file(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    } else if (!info.isReadable()) {
        return Error::file(tr("Cannot read %1: permission denied.").arg(QDir::toNativeSeparators(path)));
    }

    const QString name = QStringLiteral("netra-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, options.clock));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database->m_path);
        if (!db.open())
            return Error::database(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    if (auto configured = database->configure(options); !configured)
        return configured.error();
    return database;
}

Status Database::configure(const Options& options)
{
    QSqlDatabase db = connection();
    const QString folder = QFileInfo(m_path).absolutePath();
    const QString fsType = options.fileSystemType ? options.fileSystemType(folder)
                                                  : QString::fromUtf8(QStorageInfo(folder).fileSystemType());
    m_networkShare = isNetworkFileSystem(fsType);

    QSqlQuery query(db);
    // On a share a second user must learn at once who holds the file, not wait for it.
    query.exec(m_networkShare ? QStringLiteral("PRAGMA busy_timeout = 0") : QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_networkShare)
        query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));

    // Read before anything writes: a file that is not SQLite, is damaged or is newer than
    // this app must stay exactly as it was.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        if (m_networkShare && isBusy(query.lastError()))
            return holdOnNetworkShare(options);
        return Error::database(tr("%1 is not a Netra database or is damaged (%2). The file was not changed.")
                                   .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
    }
    query.finish();
    Migrator migrator(db);
    const auto version = migrator.currentVersion();
    if (!version)
        return Error::database(tr("%1: %2 The file was not changed.").arg(QDir::toNativeSeparators(m_path), version.error().message));
    if (*version > Migrator::latestVersion())
        return Error::database(tr("%1 has schema version %2, newer than this Netra understands (%3). "
                                  "Update Netra to open it; the file was not changed.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(*version)
                                   .arg(Migrator::latestVersion()));

    // An upgrade writes; a damaged file must be refused before that, not half-migrated.
    if (*version > 0 && *version < Migrator::latestVersion()) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
            || query.value(0).toString() != QLatin1String("ok"))
            return Error::database(tr("%1 is damaged and was not upgraded: %2. The file was not changed.")
                                       .arg(QDir::toNativeSeparators(m_path),
                                            query.lastError().isValid() ? query.lastError().databaseText() : query.value(0).toString()));
        query.finish();
    }

    if (m_networkShare) {
        if (auto held = holdOnNetworkShare(options); !held)
            return held;
        query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    } else {
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    // 64 MiB of page cache instead of SQLite's 2 MiB: the indexes a report walks stay in memory.
    query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    const auto migrated = migrator.migrate(m_path, nowStamp());
    if (!migrated)
        return migrated.error();
    m_schemaVersion = *migrated;
    return {};
}

Status Database::holdOnNetworkShare(const Options& options)
{
    m_holderNotePath = QString();
    const QString notePath = m_path + QStringLiteral(".holder");
    QSqlQuery query(connection());
    // In EXCLUSIVE locking mode the lock taken here is kept until the connection closes.
    if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
        if (!isBusy(query.lastError()))
            return Error::database(tr("Cannot lock %1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        QFile note(notePath);
        if (note.open(QIODevice::ReadOnly)) {
            const QJsonObject holder = QJsonDocument::fromJson(note.readAll()).object();
            const QDateTime since = QDateTime::fromString(holder.value(QStringLiteral("since")).toString(), Qt::ISODate);
            return Error::database(tr("%1 is in use by %2 on %3 since %4. Ask them to close Netra, then try again.")
                                       .arg(QDir::toNativeSeparators(m_path),
                                            holder.value(QStringLiteral("user")).toString(),
                                            holder.value(QStringLiteral("host")).toString(),
                                            since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
        return Error::database(tr("%1 is in use by another user. Ask them to close Netra, then try again.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    query.exec(QStringLiteral("COMMIT"));

    QJsonObject holder;
    holder.insert(QStringLiteral("user"), options.userName.isEmpty() ? currentUserName() : options.userName);
    holder.insert(QStringLiteral("host"), options.hostName.isEmpty() ? QSysInfo::machineHostName() : options.hostName);
    holder.insert(QStringLiteral("since"), m_clock->now().toUTC().toString(Qt::ISODate));
    QSaveFile note(notePath);
    if (note.open(QIODevice::WriteOnly)) {
        note.write(QJsonDocument(holder).toJson(QJsonDocument::Compact));
        if (note.commit())
            m_holderNotePath = notePath;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::transaction(const std::function<Status()>& work)
{
    // Inside another transaction the work simply joins it: a failure reaches the outer
    // caller, which rolls everything back, so composed writes stay all or nothing.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    // A statement that writes many rows (a multi-row INSERT, or one whose trigger writes the
    // search index) keeps the pages it changes in a statement journal, to undo itself alone
    // if it fails. In a temporary file that was 360,000 page writes for a 50,000-row roster
    // import; in memory it is none. Set outside the transaction, where SQLite allows it.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!db.transaction())
        return Error::database(tr("Cannot start a transaction: %1").arg(db.lastError().databaseText()));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    Status ended;
    if (!result) {
        db.rollback();
        ended = result;
    } else if (!db.commit()) {
        const QString reason = db.lastError().databaseText();
        db.rollback();
        ended = Error::database(tr("Cannot save the changes: %1").arg(reason));
    }
    // Reads keep their large sorts in temporary files, as SQLite does by default.
    pragma.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    return ended;
}

Status Database::backupTo(const QString& target)
{
    const QFileInfo info(target);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::file(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString partial = info.absoluteFilePath() + QStringLiteral(".part-") + newUuid().left(8);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Error::file(tr("Cannot write the backup %1: %2").arg(QDir::toNativeSeparators(target), query.lastError().databaseText()));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::error_code error;
    std::filesystem::rename(partial.toStdString(), info.absoluteFilePath().toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return Error::file(tr("Cannot write the backup %1: %2").arg(QDir::toNativeSeparators(target), QString::fromStdString(error.message())));
    }
    return {};
}

SecondConnection& Database::secondConnection()
{
    if (!m_secondConnection)
        m_secondConnection = std::make_unique<SecondConnection>(m_path);
    return *m_secondConnection;
}

Status Database::mapIntoMemory(qint64 bytes)
{
    if (m_networkShare)
        return {};
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(bytes)))
        return Error::database(tr("Cannot map the database into memory: %1").arg(query.lastError().databaseText()));
    return {};
}

Status Database::check()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error::database(tr("Integrity check failed: %1").arg(query.lastError().databaseText()));
    QStringList problems;
    while (query.next()) {
        // One result row may hold several lines ("*** in database main ***", then a line per
        // page); a message is one line, so keep the problem lines and drop the heading.
        const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines)
            if (line.trimmed() != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems << line.trimmed();
    }
    if (!problems.isEmpty())
        return Error::database(tr("The database is damaged: %1").arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error::database(tr("Foreign key check failed: %1").arg(query.lastError().databaseText()));
    while (query.next())
        problems << tr("%1 row %2 refers to a missing %3 record").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    if (!problems.isEmpty())
        return Error::database(tr("Broken references: %1").arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    return {};
}

QString Database::nowStamp() const
{
    return m_clock->now().toUTC().toString(Qt::ISODate);
}

QString Database::newUuid()
{
    // Version 7 (RFC 9562): the first 48 bits are the time in milliseconds since 1970, the
    // rest random but for the version and variant bits. Uuids made one after another sort
    // together, so a unique index on them grows at its end rather than at random places.
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    const quint16 version = quint16(0x7000 | (random[0] & 0x0fff));
    const quint16 variant = quint16(0x8000 | ((random[0] >> 12) & 0x3fff));
    const uchar tail[8] = {uchar(variant >> 8), uchar(variant), uchar(random[1] >> 24), uchar(random[1] >> 16),
                           uchar(random[1] >> 8), uchar(random[1]), uchar(random[2] >> 24), uchar(random[2] >> 16)};
    const QUuid uuid(uint(ms >> 16), ushort(ms), version, tail[0], tail[1], tail[2], tail[3], tail[4], tail[5], tail[6],
                     tail[7]);
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace netra
