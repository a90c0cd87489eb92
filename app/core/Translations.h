// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace netra {

// Netra speaks Indonesian unless told otherwise. Source strings are English, so English
// needs no catalogue; Indonesian comes from the embedded netra_id.qm.
class Translations {
public:
    static QStringList languages(); // "id", "en"
    // NETRA_LANG if set, else the saved UI setting, else "id".
    static QString configuredLanguage();
    static void saveLanguage(const QString& language);
    // Replaces any catalogue installed before; true when the language is ready.
    static bool install(const QString& language);
    static QString installedLanguage();
};

} // namespace netra
