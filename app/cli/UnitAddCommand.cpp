// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitAddCommand.h"

#include "store/Database.h"
#include "store/WorkUnitRepository.h"

#include "core/UnitKind.h"

namespace netra {

QString UnitAddCommand::summary() const
{
    return tr("Add a work unit (perangkat daerah)");
}

void UnitAddCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("code"), tr("Unit code, e.g. 1.01.01."), QStringLiteral("C")},
        {QStringLiteral("name"), tr("Full name."), QStringLiteral("N")},
        {QStringLiteral("kind"), tr("One of: %1.").arg(unitKindCodes().join(QStringLiteral(", "))), QStringLiteral("K")},
        {QStringLiteral("abbreviation"), tr("Short name, e.g. Disdik."), QStringLiteral("A")},
        {QStringLiteral("parent"), tr("Code of the unit above it."), QStringLiteral("C")},
    });
}

int UnitAddCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    WorkUnit unit;
    for (const char* option : {"code", "name", "kind"}) {
        const auto value = required(parser, QLatin1String(option));
        if (!value)
            return fail(context, value.error());
    }
    unit.code = parser.value(QStringLiteral("code")).trimmed();
    unit.name = parser.value(QStringLiteral("name"));
    unit.kind = parser.value(QStringLiteral("kind")).trimmed().toLower();
    unit.abbreviation = parser.value(QStringLiteral("abbreviation"));
    unit.parentCode = parser.value(QStringLiteral("parent")).trimmed();

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto added = WorkUnitRepository(**db).add(unit);
    if (!added)
        return fail(context, added.error());
    return Ok;
}

} // namespace netra
