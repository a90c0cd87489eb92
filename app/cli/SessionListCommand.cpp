// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionListCommand.h"

#include "io/TableOutput.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"

namespace netra {

QString SessionListCommand::summary() const
{
    return tr("List the sosialisasi sessions");
}

void SessionListCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("period"), tr("Only the sessions of this election period."), QStringLiteral("NAME")});
    addFormatOption(parser);
}

int SessionListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    qint64 periodId = 0;
    if (parser.isSet(QStringLiteral("period"))) {
        const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
        if (!period)
            return fail(context, period.error());
        periodId = period->id;
    }
    const auto sessions = SessionRepository(**db).list(periodId);
    if (!sessions)
        return fail(context, sessions.error());
    TableOutput table({QStringLiteral("id"), QStringLiteral("period"), QStringLiteral("date"), QStringLiteral("start"),
                       QStringLiteral("end"), QStringLiteral("title"), QStringLiteral("venue"), QStringLiteral("speaker"),
                       QStringLiteral("units")});
    table.setColumnKind(0, TableOutput::ColumnKind::Integer);
    const QString hhmm = QStringLiteral("HH:mm");
    for (const Session& s : *sessions)
        table.addRow({QString::number(s.id), s.periodName, s.date.toString(Qt::ISODate), s.start.toString(hhmm),
                      s.end.toString(hhmm), s.title, s.venue, s.speakers,
                      s.targetsAllUnits() ? QStringLiteral("all") : s.targetUnitCodes.join(QLatin1Char(','))});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
