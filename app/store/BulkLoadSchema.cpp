// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkLoadSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Status BulkLoadSchema::suspend(const QStringList& tables, const QStringList& keep)
{
    QSqlQuery schema(m_db);
    QStringList names;
    for (const QString& table : tables)
        names << QLatin1Char('\'') + table + QLatin1Char('\'');
    const QString list = names.join(QLatin1Char(','));
    if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                                    " AND type IN ('index', 'trigger') AND tbl_name IN (%1)")
                         .arg(list)))
        return Error::database(schema.lastError().databaseText());
    QStringList drops;
    while (schema.next()) {
        if (keep.contains(schema.value(1).toString()))
            continue;
        drops << QStringLiteral("DROP %1 \"%2\"").arg(schema.value(0).toString().toUpper(), schema.value(1).toString());
        m_definitions << schema.value(2).toString();
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
    m_definitions.clear();
    return {};
}

} // namespace netra
