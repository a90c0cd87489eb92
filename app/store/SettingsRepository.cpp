// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include "core/SettingsCatalog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Result<QHash<QString, QString>> SettingsRepository::all() const
{
    QHash<QString, QString> values;
    for (const auto& entry : SettingsCatalog::entries())
        values.insert(entry.key, entry.defaultValue);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting")))
        return Error::database(tr("Cannot read the settings: %1").arg(q.lastError().databaseText()));
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Result<QString> SettingsRepository::value(const QString& key) const
{
    const auto values = all();
    if (!values)
        return values.error();
    if (!values->contains(key))
        return Error::invalid(tr("Unknown setting \"%1\".").arg(key));
    return values->value(key);
}

Result<QString> SettingsRepository::set(const QString& key, const QString& value)
{
    const auto normalised = SettingsCatalog::validate(key, value, m_db.clock().today());
    if (!normalised)
        return normalised;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(key.trimmed());
    q.addBindValue(sqlTextNotNull(*normalised)); // a cleared value is stored empty, not NULL
    q.addBindValue(m_db.nowStamp());
    if (!q.exec())
        return Error::database(tr("Cannot save setting %1: %2").arg(key, q.lastError().databaseText()));
    return normalised;
}

RegionTime SettingsRepository::regionTime() const
{
    const auto code = value(QStringLiteral("region.time_zone"));
    return RegionTime::fromCode(code ? *code : QString());
}

FollowUpRule SettingsRepository::followUpRule() const
{
    FollowUpRule rule;
    if (const auto days = value(QStringLiteral("case.followup_days")); days) {
        bool ok = false;
        if (const int n = days->toInt(&ok); ok && n > 0)
            rule.days = n;
    }
    if (const auto kind = value(QStringLiteral("case.day_kind")); kind)
        rule.dayKind = FollowUpRule::dayKindFromCode(*kind).value_or(rule.dayKind);
    if (const auto holidays = value(QStringLiteral("case.holidays")); holidays)
        if (const auto dates = FollowUpRule::parseHolidays(*holidays); dates)
            rule.holidays = QSet<QDate>(dates->cbegin(), dates->cend());
    return rule;
}

} // namespace netra
