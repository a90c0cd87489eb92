// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitSetHeadCommand.h"

#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

namespace netra {

QString UnitSetHeadCommand::summary() const
{
    return tr("Record the head of a work unit from a date");
}

void UnitSetHeadCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("from"), tr("First day as head (default today)."), QStringLiteral("DATE")});
}

int UnitSetHeadCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(context, Error::usage(tr("Give the unit CODE and the head's NIP.")));
    const auto from = dateOption(parser, QStringLiteral("from"), context.clock.today());
    if (!from)
        return fail(context, from.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto staff = StaffRepository(**db).findByNip(args.at(1));
    if (!staff)
        return fail(context, staff.error());
    if (!staff->active)
        return fail(context, Error::invalid(tr("%1 is not active and cannot head a unit.").arg(staff->name)));
    if (auto set = WorkUnitRepository(**db).setHead(args.at(0), staff->id, *from); !set)
        return fail(context, set.error());
    return Ok;
}

} // namespace netra
