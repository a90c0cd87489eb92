// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace netra {

class Database;

// What a command may use: its output streams (memory buffers in tests), the clock, and the
// database named by --db / NETRA_DB / the default path, opened on demand.
struct CommandContext {
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    QString databasePath;

    // Opens (and, for init and demo, creates) the database; migrates an older one.
    Result<std::unique_ptr<Database>> openDatabase(bool create = false) const;
};

} // namespace netra
