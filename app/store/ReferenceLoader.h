// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace netra {

// Loads one tab-separated reference file shipped in db/reference (a header row naming the
// table's columns, then one row per line, an empty field for NULL) into its table. Rows are
// matched on the table's primary key and updated in place, so a revised file loaded by a
// later migration corrects labels without touching the cases that point at them.
class ReferenceLoader {
    Q_DECLARE_TR_FUNCTIONS(ReferenceLoader)
public:
    explicit ReferenceLoader(QSqlDatabase db) : m_db(std::move(db)) {}

    // `resourcePath` relative to the embedded db folder ("reference/violation_kinds.tsv").
    // Returns the rows loaded; the caller owns the transaction.
    Result<int> load(const QString& resourcePath, const QString& table);

    // The "-- load-reference: PATH into TABLE" lines of a migration, as (path, table).
    static QList<std::pair<QString, QString>> directives(const QString& script);

private:
    Result<QStringList> primaryKey(const QString& table) const;

    QSqlDatabase m_db;
};

} // namespace netra
