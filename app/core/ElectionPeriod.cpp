// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElectionPeriod.h"

namespace netra {

QString electionKindCode(ElectionKind kind)
{
    return kind == ElectionKind::Pemilu ? QStringLiteral("pemilu") : QStringLiteral("pilkada");
}

std::optional<ElectionKind> electionKindFromCode(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("pemilu"))
        return ElectionKind::Pemilu;
    if (key == QLatin1String("pilkada") || key == QLatin1String("pemilihan"))
        return ElectionKind::Pilkada;
    return std::nullopt;
}

} // namespace netra
