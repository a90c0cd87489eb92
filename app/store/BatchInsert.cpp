// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchInsert.h"

#include <QSqlError>

namespace netra {

BatchInsert::BatchInsert(QSqlDatabase db, const QString& table, const QStringList& columns, int rowsPerStatement)
    : m_db(std::move(db))
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_full(m_db)
{
    m_full.prepare(statementFor(rowsPerStatement));
    m_pending.reserve(rowsPerStatement * columns.size());
}

QString BatchInsert::statementFor(int rows) const
{
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", ")));
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (int column = 0; column < m_columns.size(); ++column) {
            sql += column > 0 ? QStringLiteral(", ?") : QStringLiteral("?");
        }
        sql += QLatin1Char(')');
    }
    return sql;
}

Status BatchInsert::execute(QSqlQuery& query, int rows)
{
    // Bound by position: binding by name looks every name up, which at a million rows
    // costs more than the insert itself.
    const int width = int(m_columns.size());
    for (int i = 0; i < rows * width; ++i)
        query.bindValue(i, m_pending.at(i));
    if (!query.exec())
        return Error::database(QStringLiteral("%1: %2").arg(m_table, query.lastError().databaseText()));
    m_pending.clear();
    return {};
}

Status BatchInsert::add(const QList<QVariant>& values)
{
    m_pending.append(values);
    if (m_pending.size() < m_rowsPerStatement * m_columns.size())
        return {};
    return execute(m_full, m_rowsPerStatement);
}

Status BatchInsert::flush()
{
    if (m_pending.isEmpty())
        return {};
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery rest(m_db);
    rest.prepare(statementFor(rows));
    return execute(rest, rows);
}

} // namespace netra
