// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "ReferenceLoader.h"
#include "SqlScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace netra {

QList<Migrator::Migration> Migrator::embedded()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/db/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            migrations.push_back({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const auto all = embedded();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<int> Migrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) || !query.next())
        return Error::database(tr("Not an SQLite database, or damaged: %1").arg(query.lastError().databaseText()));
    const int tables = query.value(0).toInt();
    if (tables == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"))
        || !query.next() || query.value(0).toInt() == 0)
        return Error::database(tr("This SQLite file is not a Netra database."));
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !query.next())
        return Error::database(tr("Cannot read the schema version: %1").arg(query.lastError().databaseText()));
    return query.value(0).toInt();
}

Result<int> Migrator::migrate(const QString& databasePath, const QString& appliedAt)
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const int from = *current;
    const int latest = latestVersion();
    if (from > latest)
        return Error::database(tr("The database has schema version %1, newer than this Netra (%2). "
                                  "Update Netra to open it; the file was not changed.").arg(from).arg(latest));
    if (from == latest)
        return from;

    const auto all = embedded();
    const auto firstPending = std::find_if(all.begin(), all.end(), [from](const Migration& m) { return m.version > from; });
    // Anything already in the file is copied first: a file at version 0 may still hold
    // tables of its own (only a brand-new, empty file has nothing to keep).
    QSqlQuery tables(m_db);
    const bool holdsData = from > 0
        || (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations'"))
            && tables.next() && tables.value(0).toInt() > 0);
    tables.finish();
    if (holdsData) {
        const QString backup = QStringLiteral("%1.before-v%2.sqlite")
                                   .arg(QFileInfo(databasePath).absolutePath() + QLatin1Char('/')
                                            + QFileInfo(databasePath).completeBaseName())
                                   .arg(firstPending->version, 4, 10, QLatin1Char('0'));
        if (QFile::exists(backup) && !QFile::remove(backup))
            return Error::file(tr("Cannot replace the old backup %1.").arg(backup));
        QSqlQuery vacuum(m_db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return Error::file(tr("Cannot back up the database to %1 before upgrading it: %2")
                                   .arg(backup, vacuum.lastError().databaseText()));
    }

    QSqlQuery create(m_db);
    if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return Error::database(tr("Cannot create the schema_migrations table: %1").arg(create.lastError().databaseText()));

    int version = from;
    for (auto it = firstPending; it != all.end(); ++it) {
        if (auto applied = apply(*it, appliedAt); !applied)
            return applied.error();
        version = it->version;
    }
    return version;
}

Status Migrator::apply(const Migration& migration, const QString& appliedAt)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::database(tr("Migration %1 is missing from the application.").arg(migration.resourcePath));
    const QString script = QString::fromUtf8(file.readAll());
    const QStringList statements = SqlScript::split(script);

    if (!m_db.transaction())
        return Error::database(tr("Cannot start migration %1: %2").arg(migration.version).arg(m_db.lastError().databaseText()));
    QSqlQuery query(m_db);
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().databaseText();
            m_db.rollback();
            return Error::database(tr("Migration %1 (%2) failed: %3").arg(migration.version).arg(migration.name, reason));
        }
    }
    ReferenceLoader reference(m_db);
    for (const auto& [path, table] : ReferenceLoader::directives(script)) {
        if (const auto loaded = reference.load(path, table); !loaded) {
            m_db.rollback();
            return Error::database(tr("Migration %1 (%2) failed: %3").arg(migration.version).arg(migration.name, loaded.error().message));
        }
    }
    query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(appliedAt);
    if (!query.exec() || !m_db.commit()) {
        const QString reason = query.lastError().databaseText();
        m_db.rollback();
        return Error::database(tr("Cannot record migration %1: %2").arg(migration.version).arg(reason));
    }
    return {};
}

} // namespace netra
