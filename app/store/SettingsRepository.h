// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FollowUpRule.h"
#include "core/RegionTime.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace netra {

class Database;

// Key/value settings of the institution (letterhead, signatory, thresholds), kept in the
// database so that a backup carries them.
class SettingsRepository {
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    // Every known key: the stored value, else its default.
    Result<QHash<QString, QString>> all() const;
    Result<QString> value(const QString& key) const;
    // Validated by SettingsCatalog; returns the value as stored.
    Result<QString> set(const QString& key, const QString& value);
    // The region's clock (region.time_zone); WIB when the setting cannot be read.
    RegionTime regionTime() const;
    // case.followup_days, case.day_kind and case.holidays; a value that no longer reads
    // (stored by an older version) falls back to its default.
    FollowUpRule followUpRule() const;

private:
    Database& m_db;
};

} // namespace netra
