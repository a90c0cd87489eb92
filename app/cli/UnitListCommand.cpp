// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitListCommand.h"

#include "io/TableOutput.h"
#include "store/Database.h"
#include "store/WorkUnitRepository.h"

namespace netra {

QString UnitListCommand::summary() const
{
    return tr("List the work units with their heads");
}

void UnitListCommand::declare(QCommandLineParser& parser) const
{
    addFormatOption(parser);
}

int UnitListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto units = WorkUnitRepository(**db).list(context.clock.today());
    if (!units)
        return fail(context, units.error());
    TableOutput table({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("abbreviation"), QStringLiteral("kind"),
                       QStringLiteral("parent_code"), QStringLiteral("head_nip")});
    for (const WorkUnit& unit : *units)
        table.addRow({unit.code, unit.name, unit.abbreviation, unit.kind, unit.parentCode, unit.headNip});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
