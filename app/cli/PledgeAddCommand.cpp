// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeAddCommand.h"

#include "store/Database.h"
#include "store/PledgeRepository.h"

namespace netra {

QString PledgeAddCommand::summary() const
{
    return tr("Record signed pledges (ikrar or pakta) for a list of NIPs, in one transaction");
}

void PledgeAddCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), tr("ikrar or pakta."), QStringLiteral("KIND")},
        {QStringLiteral("date"), tr("Date signed (YYYY-MM-DD), inside the period and not in the future."),
         QStringLiteral("DATE")},
        {QStringLiteral("place"), tr("Where it was signed."), QStringLiteral("TEXT")},
    });
}

int PledgeAddCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    if (const auto given = required(parser, QStringLiteral("date")); !given)
        return fail(context, given.error());
    const auto date = dateOption(parser, QStringLiteral("date"), {});
    if (!date)
        return fail(context, date.error());
    auto arguments = pledgeArguments(parser, context);
    if (!arguments)
        return fail(context, arguments.error());
    PledgeDraft draft;
    draft.kind = arguments->kind;
    draft.signedOn = *date;
    draft.place = parser.value(QStringLiteral("place"));
    draft.recordedBy = QStringLiteral("netra-cli");
    const auto counts = PledgeRepository(*arguments->db).record(arguments->period, draft, arguments->staffIds);
    if (!counts)
        return fail(context, counts.error());
    context.out << QStringLiteral("recorded %1, already recorded %2\n").arg(counts->recorded).arg(counts->alreadyRecorded);
    return Ok;
}

} // namespace netra
