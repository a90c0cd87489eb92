// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "store/Database.h"

#include <QDir>

namespace netra {

QString InitCommand::summary() const
{
    return tr("Create the database (or bring an older one up to date)");
}

int InitCommand::run(const QCommandLineParser&, CommandContext& context)
{
    const auto db = context.openDatabase(true);
    if (!db)
        return fail(context, db.error());
    context.out << tr("Database %1 is ready (schema version %2).")
                       .arg(QDir::toNativeSeparators((*db)->path()))
                       .arg((*db)->schemaVersion())
                << Qt::endl;
    return Ok;
}

} // namespace netra
