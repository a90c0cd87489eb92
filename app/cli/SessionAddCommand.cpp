// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAddCommand.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"

namespace netra {

QString SessionAddCommand::summary() const
{
    return tr("Add a sosialisasi session; prints its id");
}

void SessionAddCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name, e.g. \"Pilkada 2024\"."), QStringLiteral("NAME")},
        {QStringLiteral("title"), tr("Title of the session."), QStringLiteral("TITLE")},
        {QStringLiteral("date"), tr("Date, inside the period (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("start"), tr("Start time (HH:MM), on the region's clock."), QStringLiteral("HH:MM")},
        {QStringLiteral("end"), tr("End time (HH:MM)."), QStringLiteral("HH:MM")},
        {QStringLiteral("venue"), tr("Venue."), QStringLiteral("TEXT")},
        {QStringLiteral("speaker"), tr("Speaker(s)."), QStringLiteral("TEXT")},
        {QStringLiteral("organiser"), tr("Organiser, who signs the attendance sheet."), QStringLiteral("TEXT")},
        {QStringLiteral("notes"), tr("Notes."), QStringLiteral("TEXT")},
        {QStringLiteral("units"), tr("Invited unit codes, comma-separated; all units when absent."),
         QStringLiteral("CODE,CODE")},
    });
}

int SessionAddCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    for (const char* option : {"period", "title", "date"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return fail(context, value.error());
    }
    const auto date = dateOption(parser, QStringLiteral("date"), {});
    if (!date)
        return fail(context, date.error());
    const auto start = timeOption(parser, QStringLiteral("start"));
    if (!start)
        return fail(context, start.error());
    const auto end = timeOption(parser, QStringLiteral("end"));
    if (!end)
        return fail(context, end.error());
    Session session;
    session.title = parser.value(QStringLiteral("title"));
    session.date = *date;
    session.start = *start;
    session.end = *end;
    session.venue = parser.value(QStringLiteral("venue"));
    session.speakers = parser.value(QStringLiteral("speaker"));
    session.organiser = parser.value(QStringLiteral("organiser"));
    session.notes = parser.value(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("units"))) {
        for (const QString& code : parser.value(QStringLiteral("units")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!code.trimmed().isEmpty())
                session.targetUnitCodes.push_back(code.trimmed());
        if (session.targetUnitCodes.isEmpty())
            return fail(context, Error::invalid(tr("--units names no unit; leave it out to invite every unit.")));
    }
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    session.periodId = period->id;
    const auto added = SessionRepository(**db).add(session);
    if (!added)
        return fail(context, added.error());
    context.out << added->id << "\n";
    return Ok;
}

} // namespace netra
