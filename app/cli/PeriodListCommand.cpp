// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodListCommand.h"

#include "io/TableOutput.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

namespace netra {

QString PeriodListCommand::summary() const
{
    return tr("List the election periods");
}

void PeriodListCommand::declare(QCommandLineParser& parser) const
{
    addFormatOption(parser);
}

int PeriodListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto periods = ElectionPeriodRepository(**db).list();
    if (!periods)
        return fail(context, periods.error());
    TableOutput table({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("start"), QStringLiteral("voting_day"),
                       QStringLiteral("end")});
    for (const ElectionPeriod& period : *periods)
        table.addRow({period.name, electionKindCode(period.kind), period.start.toString(Qt::ISODate),
                      period.votingDay.toString(Qt::ISODate), period.end.toString(Qt::ISODate)});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
