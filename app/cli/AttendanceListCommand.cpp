// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceListCommand.h"

#include "io/TableOutput.h"
#include "store/AttendanceRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace netra {

QString AttendanceListCommand::summary() const
{
    return tr("List the attendance records of a session");
}

void AttendanceListCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"), tr("Session id, as `session list` shows it."), QStringLiteral("ID")});
    addFormatOption(parser);
}

int AttendanceListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto session = sessionOption(parser, **db);
    if (!session)
        return fail(context, session.error());
    const auto records = AttendanceRepository(**db).records(*session);
    if (!records)
        return fail(context, records.error());
    // Times on the region's clock with its offset, so a script needs no zone of its own.
    const RegionTime clock = SettingsRepository(**db).regionTime();
    TableOutput table({QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit_code"), QStringLiteral("status"),
                       QStringLiteral("time"), QStringLiteral("method")});
    for (const AttendanceEntry& entry : *records)
        table.addRow({entry.nip, entry.name, entry.unitCode, AttendanceStatusText::code(entry.record->status),
                      clock.wallClock(entry.record->capturedAt).toString(Qt::ISODate),
                      AttendanceStatusText::code(entry.record->method)});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
