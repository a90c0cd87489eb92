// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsSetCommand.h"

#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace netra {

QString SettingsSetCommand::summary() const
{
    return tr("Change one setting (letterhead, signatory, region)");
}

int SettingsSetCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(context, Error::usage(tr("Give a KEY and a VALUE (quote a value with spaces).")));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    // Typed on a command line, a multi-line value (address, copies to) uses \n.
    QString value = args.at(1);
    value.replace(QLatin1String("\\n"), QLatin1String("\n"));
    const auto stored = SettingsRepository(**db).set(args.at(0), value);
    if (!stored)
        return fail(context, stored.error());
    return Ok;
}

} // namespace netra
