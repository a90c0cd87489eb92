// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace netra {

// Applies the numbered SQL files embedded from db/migrations, one transaction each, and
// records them in schema_migrations.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static QList<Migration> embedded();
    static int latestVersion();

    explicit Migrator(QSqlDatabase db) : m_db(std::move(db)) {}

    // 0 for an empty file; an error for an SQLite file that is not a Netra database.
    Result<int> currentVersion() const;
    // Applies what is missing. An existing file is first copied to
    // NAME.before-vNNNN.sqlite (NNNN: the first version about to be applied).
    Result<int> migrate(const QString& databasePath, const QString& appliedAt);

private:
    Status apply(const Migration& migration, const QString& appliedAt);

    QSqlDatabase m_db;
};

} // namespace netra
