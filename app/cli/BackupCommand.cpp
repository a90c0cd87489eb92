// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "store/Database.h"

#include <QDir>

namespace netra {

QString BackupCommand::summary() const
{
    return tr("Write a complete copy of the database to a file");
}

void BackupCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("out"), tr("The backup file to write."), QStringLiteral("FILE")});
}

int BackupCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto target = required(parser, QStringLiteral("out"));
    if (!target)
        return fail(context, Error::usage(target.error().message));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    if (auto written = (*db)->backupTo(*target); !written)
        return fail(context, written.error());
    context.out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(*target)) << Qt::endl;
    return Ok;
}

} // namespace netra
