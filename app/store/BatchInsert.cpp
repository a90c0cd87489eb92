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
    for (qsizetype i = 0; i < rowsPerStatement * columns.size(); ++i)
        m_placeholders << QStringLiteral(":v%1").arg(i);
    m_full.prepare(statementFor(rowsPerStatement));
    m_pending.reserve(rowsPerStatement * columns.size());
}

QString BatchInsert::statementFor(int rows) const
{
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", ")));
    const qsizetype width = m_columns.size();
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (qsizetype column = 0; column < width; ++column) {
            if (column > 0)
                sql += QStringLiteral(", ");
            sql += m_placeholders.at(row * width + column);
        }
        sql += QLatin1Char(')');
    }
    return sql;
}

Status BatchInsert::execute(QSqlQuery& query, int rows)
{
    // Bound by names made once: Qt binds a position by making its name (":12") and looking
    // that up, which for a million rows costs more than the lookup alone.
    const qsizetype width = m_columns.size();
    for (qsizetype i = 0; i < rows * width; ++i)
        query.bindValue(m_placeholders.at(i), m_pending.at(i));
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
