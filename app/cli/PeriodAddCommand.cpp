// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodAddCommand.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

namespace netra {

QString PeriodAddCommand::summary() const
{
    return tr("Add an election period (Pemilu or Pilkada)");
}

void PeriodAddCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("name"), tr("Name, e.g. \"Pilkada 2024\"."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), tr("pemilu or pilkada."), QStringLiteral("KIND")},
        {QStringLiteral("start"), tr("Start of the Pemda's programme."), QStringLiteral("DATE")},
        {QStringLiteral("voting-day"), tr("Voting day."), QStringLiteral("DATE")},
        {QStringLiteral("end"), tr("End of the follow-up."), QStringLiteral("DATE")},
    });
}

int PeriodAddCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    for (const char* option : {"name", "kind", "start", "voting-day", "end"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    ElectionPeriod period;
    period.name = parser.value(QStringLiteral("name"));
    const auto kind = electionKindFromCode(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(context, Error::invalid(tr("--kind takes pemilu or pilkada.")));
    period.kind = *kind;
    const auto start = dateOption(parser, QStringLiteral("start"), {});
    const auto votingDay = dateOption(parser, QStringLiteral("voting-day"), {});
    const auto end = dateOption(parser, QStringLiteral("end"), {});
    for (const auto* date : {&start, &votingDay, &end})
        if (!*date)
            return fail(context, date->error());
    period.start = *start;
    period.votingDay = *votingDay;
    period.end = *end;

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    if (const auto added = ElectionPeriodRepository(**db).add(period); !added)
        return fail(context, added.error());
    return Ok;
}

} // namespace netra
