// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffCandidate.h"

#include <QStringList>

namespace netra {

QString StaffCandidate::describe() const
{
    QStringList details;
    if (!nip.isEmpty())
        details << nip;
    if (!unitName.isEmpty())
        details << unitName;
    return details.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, details.join(QStringLiteral(", ")));
}

} // namespace netra
