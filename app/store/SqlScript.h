// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace netra {

// Qt SQL runs one statement per exec(); migration files hold many. Splits on ';' outside
// quotes and comments, keeping CREATE TRIGGER bodies (BEGIN ... END;) whole.
class SqlScript {
public:
    static QStringList split(const QString& script);
};

} // namespace netra
