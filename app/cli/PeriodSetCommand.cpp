// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodSetCommand.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

namespace netra {

QString PeriodSetCommand::summary() const
{
    return tr("Move the start or end of an election period");
}

void PeriodSetCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("start"), tr("New start date."), QStringLiteral("DATE")},
        {QStringLiteral("end"), tr("New end date."), QStringLiteral("DATE")},
    });
}

int PeriodSetCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, Error::usage(tr("Give the period's NAME (quoted when it has spaces).")));
    if (!parser.isSet(QStringLiteral("start")) && !parser.isSet(QStringLiteral("end")))
        return fail(context, Error::usage(tr("Give --start, --end or both.")));
    const auto start = dateOption(parser, QStringLiteral("start"), {});
    if (!start)
        return fail(context, start.error());
    const auto end = dateOption(parser, QStringLiteral("end"), {});
    if (!end)
        return fail(context, end.error());

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const Status changed = ElectionPeriodRepository(**db).setDates(
        args.at(0), start->isValid() ? std::optional<QDate>(*start) : std::nullopt,
        end->isValid() ? std::optional<QDate>(*end) : std::nullopt);
    if (!changed)
        return fail(context, changed.error());
    return Ok;
}

} // namespace netra
