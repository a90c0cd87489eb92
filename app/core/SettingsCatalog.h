// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace netra {

// Every setting Netra knows, with its default and its rule. A key not listed here is a typo
// and is refused, so a misspelt letterhead key never silently prints an empty kop surat.
class SettingsCatalog {
    Q_DECLARE_TR_FUNCTIONS(SettingsCatalog)
public:
    enum class Kind { Text, MultiLine, Boolean, Choice, Nip, FilePath, DayCount, DateList };
    struct Entry {
        QString key;
        Kind kind = Kind::Text;
        QString defaultValue;
        QStringList choices; // for Kind::Choice
    };

    static const QList<Entry>& entries();
    static const Entry* find(const QString& key);
    // Normalises the value (trimmed, booleans as true/false, NIP bare) or says why not.
    static Result<QString> validate(const QString& key, const QString& value, QDate today);
    static QString description(const QString& key); // translated, for the settings page
};

} // namespace netra
