// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeImportCommand.h"

#include "io/PledgeImporter.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

namespace netra {

QString PledgeImportCommand::summary() const
{
    return tr("Import signed pledges from a CSV or XLSX list (NIP and date columns)");
}

void PledgeImportCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), tr("ikrar or pakta."), QStringLiteral("KIND")},
    });
}

int PledgeImportCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    for (const char* option : {"period", "kind"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    const auto kind = pledgeKindOption(parser, PledgeKind::Ikrar);
    if (!kind)
        return fail(context, kind.error());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(context, Error::usage(tr("Name one file to import.")));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto result = PledgeImporter(**db).import(*period, *kind, files.front());
    if (!result)
        return fail(context, result.error());
    ImportSummary rejects;
    rejects.rejects = result->rejects;
    printRejects(context, rejects);
    context.out << QStringLiteral("recorded %1, already recorded %2, rejected %3\n")
                       .arg(result->recorded)
                       .arg(result->alreadyRecorded)
                       .arg(result->rejectedRows);
    return Ok;
}

} // namespace netra
