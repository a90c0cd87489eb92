// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "store/Database.h"

namespace netra {

Result<std::unique_ptr<Database>> CommandContext::openDatabase(bool create) const
{
    Database::Options options;
    options.create = create;
    options.clock = &clock;
    return Database::open(databasePath, options);
}

} // namespace netra
