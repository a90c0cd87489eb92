// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceLoader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace netra {

namespace {

// Table and column names come from the shipped files and are checked against this before
// they reach the SQL text.
bool isIdentifier(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

} // namespace

QList<std::pair<QString, QString>> ReferenceLoader::directives(const QString& script)
{
    static const QRegularExpression line(QStringLiteral("^--\\s*load-reference:\\s*(\\S+)\\s+into\\s+(\\S+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    QList<std::pair<QString, QString>> found;
    for (auto it = line.globalMatch(script); it.hasNext();) {
        const auto match = it.next();
        found.push_back({match.captured(1), match.captured(2)});
    }
    return found;
}

Result<QStringList> ReferenceLoader::primaryKey(const QString& table) const
{
    QSqlQuery info(m_db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return Error::database(info.lastError().databaseText());
    QList<std::pair<int, QString>> keyed;
    while (info.next())
        if (const int position = info.value(5).toInt(); position > 0)
            keyed.push_back({position, info.value(1).toString()});
    std::sort(keyed.begin(), keyed.end());
    QStringList key;
    for (const auto& [position, name] : keyed)
        key << name;
    if (key.isEmpty())
        return Error::database(tr("Reference table %1 has no primary key.").arg(table));
    return key;
}

Result<int> ReferenceLoader::load(const QString& resourcePath, const QString& table)
{
    if (!isIdentifier(table))
        return Error::database(tr("Invalid reference table name \"%1\".").arg(table));
    QFile file(QStringLiteral(":/db/") + resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::database(tr("Reference data %1 is missing from the application.").arg(resourcePath));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Error::database(tr("Reference data %1 is empty.").arg(resourcePath));
    const QStringList columns = lines.takeFirst().split(QLatin1Char('\t'));
    for (const QString& column : columns)
        if (!isIdentifier(column))
            return Error::database(tr("Reference data %1: invalid column name \"%2\".").arg(resourcePath, column));
    const auto key = primaryKey(table);
    if (!key)
        return key.error();
    QStringList updates;
    for (const QString& column : columns)
        if (!key->contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5")
                            .arg(table, columns.join(QStringLiteral(", ")),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                                 key->join(QStringLiteral(", ")),
                                 updates.isEmpty() ? QStringLiteral("NOTHING")
                                                   : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
    QSqlQuery insert(m_db);
    if (!insert.prepare(sql))
        return Error::database(tr("Reference data %1: %2").arg(resourcePath, insert.lastError().databaseText()));
    int loaded = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() != columns.size())
            return Error::database(tr("Reference data %1, line %2: %3 fields where the header has %4.")
                                       .arg(resourcePath)
                                       .arg(i + 2)
                                       .arg(fields.size())
                                       .arg(columns.size()));
        for (const QString& field : fields)
            insert.addBindValue(field.isEmpty() ? QVariant() : QVariant(field));
        if (!insert.exec())
            return Error::database(tr("Reference data %1, line %2: %3")
                                       .arg(resourcePath)
                                       .arg(i + 2)
                                       .arg(insert.lastError().databaseText()));
        ++loaded;
    }
    return loaded;
}

} // namespace netra
