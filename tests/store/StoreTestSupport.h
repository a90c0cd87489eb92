// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the store tests: a pinned clock, file fingerprints and a raw SQLite
// connection for setting up states the app itself never writes (an older or newer schema).

#include "store/Database.h"

#include "core/Clock.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace netra::test {

// Every rule that looks at "today" is pinned to this day.
inline QDate today()
{
    return QDate(2026, 11, 23);
}

inline const Clock& fixedClock()
{
    static const FixedClock clock(QDateTime(today(), QTime(9, 30), Qt::UTC));
    return clock;
}

inline Database::Options options(bool create = false)
{
    Database::Options o;
    o.create = create;
    o.clock = &fixedClock();
    return o;
}

inline Result<std::unique_ptr<Database>> openDb(const QString& path, bool create = false)
{
    return Database::open(path, options(create));
}

// The kind of error a result holds; nullopt when it succeeded (error() would not be valid).
template <typename R>
std::optional<ErrorKind> failure(const R& result)
{
    if (result.ok())
        return std::nullopt;
    return result.error().kind;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs `work` on a plain QSQLITE connection of its own, closed and removed afterwards.
inline bool withRawConnection(const QString& path, const std::function<bool(QSqlDatabase&)>& work)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            ok = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs the statements in order; false (with a warning naming the statement) at the first failure.
inline bool execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

inline qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline QString pragma(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QString();
    return q.value(0).toString().toLower();
}

// Every row of every table, as text: equal dumps mean equal contents.
inline QString dumpTables(const QSqlDatabase& db)
{
    QString dump;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        dump += QStringLiteral("## ") + table + QLatin1Char('\n');
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << (rows.isNull(i) ? QStringLiteral("<null>") : rows.value(i).toString());
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

} // namespace netra::test
