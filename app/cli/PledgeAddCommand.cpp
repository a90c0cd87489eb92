// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeAddCommand.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
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
    for (const char* option : {"period", "kind", "date"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    const auto kind = pledgeKindOption(parser, PledgeKind::Ikrar);
    if (!kind)
        return fail(context, kind.error());
    const auto date = dateOption(parser, QStringLiteral("date"), {});
    if (!date)
        return fail(context, date.error());
    const QStringList nips = parser.positionalArguments();
    if (nips.isEmpty())
        return fail(context, Error::usage(tr("Name at least one NIP.")));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto ids = staffIdsOf(nips, **db);
    if (!ids)
        return fail(context, ids.error());
    PledgeDraft draft;
    draft.kind = *kind;
    draft.signedOn = *date;
    draft.place = parser.value(QStringLiteral("place"));
    draft.recordedBy = QStringLiteral("netra-cli");
    const auto counts = PledgeRepository(**db).record(*period, draft, *ids);
    if (!counts)
        return fail(context, counts.error());
    context.out << QStringLiteral("recorded %1, already recorded %2\n").arg(counts->recorded).arg(counts->alreadyRecorded);
    return Ok;
}

} // namespace netra
