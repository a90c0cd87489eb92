// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkLoadSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Status BulkLoadSchema::suspend(const QStringList& tables)
{
    QSqlQuery schema(m_db);
    QStringList names;
    for (const QString& table : tables)
        names << QLatin1Char('\'') + table + QLatin1Char('\'');
    const QString list = names.join(QLatin1Char(','));
    if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                                    " AND ((type IN ('index', 'trigger') AND tbl_name IN (%1))"
                                    "   OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%content%'))")
                         .arg(list)))
        return Error::database(schema.lastError().databaseText());
    QStringList drops;
    while (schema.next()) {
        const QString type = schema.value(0).toString();
        const QString sql = schema.value(2).toString();
        if (type == QLatin1String("table")) {
            for (const QString& table : tables)
                if (sql.contains(QStringLiteral("'%1'").arg(table)))
                    m_searchTables << schema.value(1).toString();
            continue;
        }
        drops << QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), schema.value(1).toString());
        m_definitions << sql;
    }
    for (const QString& drop : std::as_const(drops))
        if (!schema.exec(drop))
            return Error::database(schema.lastError().databaseText());
    return {};
}

Status BulkLoadSchema::rebuild()
{
    QSqlQuery q(m_db);
    for (const QString& definition : std::as_const(m_definitions))
        if (!q.exec(definition))
            return Error::database(q.lastError().databaseText());
    for (const QString& table : std::as_const(m_searchTables))
        if (!q.exec(QStringLiteral("INSERT INTO \"%1\" (\"%1\") VALUES ('rebuild')").arg(table)))
            return Error::database(q.lastError().databaseText());
    m_definitions.clear();
    m_searchTables.clear();
    return {};
}

} // namespace netra
