// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitImportCommand.h"

#include "io/WorkUnitImporter.h"
#include "store/Database.h"

namespace netra {

QString UnitImportCommand::summary() const
{
    return tr("Add or update work units from a CSV file (code,name,abbreviation,kind)");
}

void UnitImportCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("dry-run"), tr("Check and count only; write nothing.")});
}

int UnitImportCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, Error::usage(tr("Give one CSV FILE.")));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto summary = WorkUnitImporter(**db).import(args.at(0), parser.isSet(QStringLiteral("dry-run")));
    if (!summary)
        return fail(context, summary.error());
    printRejects(context, *summary);
    printSummaryLine(context, *summary);
    return Ok;
}

} // namespace netra
