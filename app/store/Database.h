// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace netra {

// One open Netra database file: the connection, its pragmas, its schema version and, on a
// network share, the exclusive hold on it. Every repository works through one of these.
class SecondConnection;

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options {
        bool create = false; // only `init`, `demo` and the first-start dialog create files
        const Clock* clock = nullptr; // defaults to the system clock
        // Reports the file system type of a folder; QStorageInfo unless a test injects one.
        std::function<QString(const QString& folder)> fileSystemType;
        // Who we are, written into the holder note on a network share.
        QString userName;
        QString hostName;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path);

    // The database in the user's data folder, unless NETRA_DB names another file.
    static QString defaultPath();
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    int schemaVersion() const { return m_schemaVersion; }
    bool onNetworkShare() const { return m_networkShare; }

    // Runs work inside one transaction: committed when it succeeds, rolled back otherwise.
    // Called from inside another transaction's work, it joins that one.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Full copy of the database, written beside the target and renamed into place.
    Status backupTo(const QString& target);
    // integrity_check and foreign_key_check; an error describes the first problems found.
    Status check();

    // Reads the first `bytes` of the file through a memory map from now on. Rows read in an
    // order unrelated to the file's (a million-staff roster in name order) are read in about
    // half the time; the mapped pages count as resident memory of the process while the
    // connection lasts, so only a long read on a connection of its own asks for it. A file on
    // a network share is never mapped: another machine's writes would not be seen safely.
    Status mapIntoMemory(qint64 bytes);

    // A second connection to the file on a thread of its own, opened on first use and kept
    // until this one closes; see overStaffIdHalves.
    SecondConnection& secondConnection();

    QString nowStamp() const; // updated_at value: UTC, ISO 8601
    static QString newUuid();

private:
    Database(QString path, QString connectionName, const Clock* clock);
    Status configure(const Options& options);
    Status holdOnNetworkShare(const Options& options);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    const Clock* m_clock;
    std::unique_ptr<Clock> m_ownClock;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_networkShare = false;
    std::unique_ptr<SecondConnection> m_secondConnection;
    QString m_holderNotePath;
};

} // namespace netra
