// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "store/Database.h"

namespace netra {

QString CheckCommand::summary() const
{
    return tr("Check the database for damage and broken references");
}

int CheckCommand::run(const QCommandLineParser&, CommandContext& context)
{
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    if (auto checked = (*db)->check(); !checked)
        return fail(context, checked.error());
    context.out << tr("The database is intact.") << Qt::endl;
    return Ok;
}

} // namespace netra
