// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace netra {

// Who the GUI records steps, pledges and cases under: the operating-system login, since the
// app has no users of its own yet (the CLI writes "netra-cli").
inline QString recorderName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("netra") : user;
}

} // namespace netra
