// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pledge.h"

namespace netra {

QString PledgeKindText::code(PledgeKind kind)
{
    return kind == PledgeKind::Ikrar ? QStringLiteral("ikrar") : QStringLiteral("pakta");
}

std::optional<PledgeKind> PledgeKindText::fromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted == QLatin1String("ikrar"))
        return PledgeKind::Ikrar;
    if (wanted == QLatin1String("pakta"))
        return PledgeKind::Pakta;
    return std::nullopt;
}

QString PledgeKindText::label(PledgeKind kind)
{
    return kind == PledgeKind::Ikrar ? QStringLiteral("Ikrar Netralitas") : QStringLiteral("Pakta Integritas");
}

QString PledgeKindText::displayName(PledgeKind kind)
{
    return kind == PledgeKind::Ikrar ? tr("Neutrality oath") : tr("Integrity pact");
}

} // namespace netra
