// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeListCommand.h"

#include "io/TableOutput.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/WorkUnitRepository.h"

#include <algorithm>

namespace netra {

QString PledgeListCommand::summary() const
{
    return tr("List the pledges of a period, or who has not signed");
}

void PledgeListCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), tr("ikrar or pakta (both when listing pledges; ikrar for --unsigned)."),
         QStringLiteral("KIND")},
        {QStringLiteral("unit"), tr("Only this unit."), QStringLiteral("CODE")},
        {QStringLiteral("unsigned"), tr("List who must sign and has not, instead of the pledges.")},
        {QStringLiteral("as-of"), tr("With --unsigned: the date that decides who must sign (default today, at most the "
                                     "voting day)."),
         QStringLiteral("DATE")},
    });
    addFormatOption(parser);
}

int PledgeListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    if (const auto period = required(parser, QStringLiteral("period")); !period)
        return fail(context, period.error());
    const auto kind = pledgeKindOption(parser, PledgeKind::Ikrar);
    if (!kind)
        return fail(context, kind.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto asOf = dateOption(parser, QStringLiteral("as-of"), std::min(context.clock.today(), period->votingDay));
    if (!asOf)
        return fail(context, asOf.error());
    qint64 unitId = 0;
    if (parser.isSet(QStringLiteral("unit"))) {
        const auto unit = WorkUnitRepository(**db).findByCode(parser.value(QStringLiteral("unit")).trimmed(), *asOf);
        if (!unit)
            return fail(context, unit.error());
        unitId = unit->id;
    }
    PledgeRepository pledges(**db);
    Result<QList<PledgeEntry>> entries = QList<PledgeEntry>();
    if (parser.isSet(QStringLiteral("unsigned"))) {
        auto owed = pledges.obligations(*period, *kind, *asOf, {unitId, Signing::Unsigned});
        if (!owed)
            return fail(context, owed.error());
        entries = std::move(owed->entries);
    } else {
        entries = pledges.pledges(*period, {parser.isSet(QStringLiteral("kind")) ? std::optional(*kind) : std::nullopt, unitId});
    }
    if (!entries)
        return fail(context, entries.error());
    TableOutput table({QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit_code"), QStringLiteral("kind"),
                       QStringLiteral("signed_on"), QStringLiteral("evidence_sha256")});
    for (const PledgeEntry& e : *entries)
        table.addRow({e.nip, e.name, e.unitCode, PledgeKindText::code(e.pledge ? e.pledge->kind : *kind),
                      e.pledge ? e.pledge->signedOn.toString(Qt::ISODate) : QString(),
                      e.pledge ? e.pledge->evidenceSha256 : QString()});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
