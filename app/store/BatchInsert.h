// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace netra {

// Inserts many rows with multi-row VALUES statements: a million single-row executions spend
// more in per-statement overhead than in SQLite's B-trees. Call flush() before commit.
class BatchInsert {
public:
    BatchInsert(QSqlDatabase db, const QString& table, const QStringList& columns, int rowsPerStatement = 64);

    // values in the order of the columns.
    Status add(const QList<QVariant>& values);
    Status flush();
    bool hasPending() const { return !m_pending.isEmpty(); }

private:
    QString statementFor(int rows) const;
    Status execute(QSqlQuery& query, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_placeholders; // ":v0", ":v1", ... one per value of a full statement
    int m_rowsPerStatement;
    QSqlQuery m_full;
    QList<QVariant> m_pending;
};

} // namespace netra
