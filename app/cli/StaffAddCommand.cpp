// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffAddCommand.h"

#include "store/Database.h"
#include "store/StaffRepository.h"

#include "core/Grade.h"

namespace netra {

QString StaffAddCommand::summary() const
{
    return tr("Add a staff member to a work unit");
}

void StaffAddCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("nip"), tr("18-digit NIP or NI PPPK (none for NON_ASN)."), QStringLiteral("N")},
        {QStringLiteral("name"), tr("Name as written, with titles."), QStringLiteral("NAME")},
        {QStringLiteral("unit"), tr("Code of the work unit."), QStringLiteral("CODE")},
        {QStringLiteral("kind"), tr("PNS, PPPK, PPPK_PW or NON_ASN."), QStringLiteral("KIND")},
        {QStringLiteral("position"), tr("Position (jabatan)."), QStringLiteral("P")},
        {QStringLiteral("grade"), tr("Grade, e.g. III/b or IX."), QStringLiteral("G")},
        {QStringLiteral("sex"), tr("L or P (default: from the NIP)."), QStringLiteral("L|P")},
        {QStringLiteral("from"), tr("Assigned to the unit from (default today)."), QStringLiteral("DATE")},
    });
}

int StaffAddCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    for (const char* option : {"name", "unit", "kind"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    Staff draft;
    const auto kind = staffKindFromCode(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(context, Error::invalid(tr("Unknown staff kind \"%1\"; use PNS, PPPK, PPPK_PW or NON_ASN.")
                                                .arg(parser.value(QStringLiteral("kind")))));
    draft.kind = *kind;
    draft.nip = parser.value(QStringLiteral("nip"));
    draft.name = parser.value(QStringLiteral("name"));
    draft.position = parser.value(QStringLiteral("position"));
    if (parser.isSet(QStringLiteral("grade"))) {
        const auto grade = Grade::parse(parser.value(QStringLiteral("grade")));
        if (!grade)
            return fail(context, Error::invalid(tr("Unknown grade \"%1\"; write e.g. III/b or IX.").arg(parser.value(QStringLiteral("grade")))));
        draft.grade = grade->code();
    }
    if (parser.isSet(QStringLiteral("sex"))) {
        draft.sex = sexFromText(parser.value(QStringLiteral("sex")));
        if (!draft.sex)
            return fail(context, Error::invalid(tr("--sex takes L or P.")));
    }
    const auto from = dateOption(parser, QStringLiteral("from"), context.clock.today());
    if (!from)
        return fail(context, from.error());

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto added = StaffRepository(**db).add(draft, parser.value(QStringLiteral("unit")), *from);
    if (!added)
        return fail(context, added.error());
    if (!added->internalId.isEmpty())
        context.out << added->internalId << Qt::endl;
    return Ok;
}

} // namespace netra
