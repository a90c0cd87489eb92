// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "store/Database.h"
#include "store/DemoSeeder.h"

namespace netra {

QString DemoCommand::summary() const
{
    return tr("Fill a new database with a demo kabupaten");
}

void DemoCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("staff"), tr("Number of staff (default 2000)."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("seed"), tr("Seed; the same seed gives the same data (default 1)."), QStringLiteral("S"),
                      QStringLiteral("1")});
}

int DemoCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    bool staffOk = false;
    bool seedOk = false;
    const int staff = parser.value(QStringLiteral("staff")).toInt(&staffOk);
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!staffOk || staff <= 0 || staff > 5'000'000)
        return fail(context, Error::usage(tr("--staff takes a number from 1 to 5000000.")));
    if (!seedOk)
        return fail(context, Error::usage(tr("--seed takes a non-negative whole number.")));
    const auto db = context.openDatabase(true);
    if (!db)
        return fail(context, db.error());
    const auto counts = DemoSeeder(**db).seed(staff, seed);
    if (!counts)
        return fail(context, counts.error());
    context.out << tr("Demo data: %1 work units, %2 staff, %3 assignments, %4 election periods, %5 sessions, "
                      "%6 attendance records, %7 pledges, %8 cases.")
                       .arg(counts->units)
                       .arg(counts->staff)
                       .arg(counts->assignments)
                       .arg(counts->periods)
                       .arg(counts->sessions)
                       .arg(counts->attendance)
                       .arg(counts->pledges)
                       .arg(counts->cases)
                << Qt::endl;
    return Ok;
}

} // namespace netra
