// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>

namespace netra {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("netra"));
    QCoreApplication::setApplicationName(QStringLiteral("netra"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETRA_VERSION));
}

} // namespace netra
