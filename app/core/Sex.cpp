// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sex.h"

namespace netra {

QString sexCode(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("L") : QStringLiteral("P");
}

std::optional<Sex> sexFromText(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    for (const char* word : {"l", "lakilaki", "laki", "pria", "m", "male", "1"})
        if (key == QLatin1String(word))
            return Sex::Male;
    for (const char* word : {"p", "perempuan", "wanita", "f", "female", "2"})
        if (key == QLatin1String(word))
            return Sex::Female;
    return std::nullopt;
}

} // namespace netra
