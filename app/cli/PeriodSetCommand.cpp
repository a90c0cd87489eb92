// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodSetCommand.h"

#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QHash>

#include <algorithm>

namespace netra {

QString PeriodSetCommand::summary() const
{
    return tr("Move the start or end of an election period, or set its compliance thresholds");
}

void PeriodSetCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("start"), tr("New start date."), QStringLiteral("DATE")},
        {QStringLiteral("end"), tr("New end date."), QStringLiteral("DATE")},
        {QStringLiteral("ikrar-pct"), tr("Share of the ikrar signed a Patuh unit needs (default 95)."), QStringLiteral("N")},
        {QStringLiteral("attendance-pct"), tr("Share attending a Patuh unit needs (default 80)."), QStringLiteral("N")},
        {QStringLiteral("fail-below"), tr("Below this share of either: Tidak patuh (default 70)."), QStringLiteral("N")},
        {QStringLiteral("min-sessions"), tr("Sessions a person must attend to count as attending (default 1)."),
         QStringLiteral("N")},
    });
}

int PeriodSetCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, Error::usage(tr("Give the period's NAME (quoted when it has spaces).")));
    const QStringList thresholdOptions{QStringLiteral("ikrar-pct"), QStringLiteral("attendance-pct"),
                                       QStringLiteral("fail-below"), QStringLiteral("min-sessions")};
    const bool datesGiven = parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    const bool thresholdsGiven =
        std::any_of(thresholdOptions.cbegin(), thresholdOptions.cend(), [&](const QString& o) { return parser.isSet(o); });
    if (!datesGiven && !thresholdsGiven)
        return fail(context, Error::usage(tr("Give --start, --end or a threshold option.")));
    const auto start = dateOption(parser, QStringLiteral("start"), {});
    if (!start)
        return fail(context, start.error());
    const auto end = dateOption(parser, QStringLiteral("end"), {});
    if (!end)
        return fail(context, end.error());
    QHash<QString, int> numbers;
    for (const QString& option : thresholdOptions) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const int value = parser.value(option).trimmed().toInt(&ok);
        if (!ok)
            return fail(context, Error::invalid(tr("--%1 takes a whole number, not \"%2\".").arg(option, parser.value(option))));
        numbers.insert(option, value);
    }

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    ElectionPeriodRepository periods(**db);
    const auto period = periods.findByName(args.at(0));
    if (!period)
        return fail(context, period.error());
    // Dates and thresholds change together or not at all.
    const Status changed = (*db)->transaction([&]() -> Status {
        if (datesGiven) {
            if (auto moved = periods.setDates(args.at(0), start->isValid() ? std::optional<QDate>(*start) : std::nullopt,
                                              end->isValid() ? std::optional<QDate>(*end) : std::nullopt);
                !moved)
                return moved;
        }
        if (!thresholdsGiven)
            return {};
        ComplianceRepository compliance(**db);
        auto thresholds = compliance.thresholds(period->id);
        if (!thresholds)
            return thresholds.error();
        thresholds->ikrarPct = numbers.value(QStringLiteral("ikrar-pct"), thresholds->ikrarPct);
        thresholds->attendancePct = numbers.value(QStringLiteral("attendance-pct"), thresholds->attendancePct);
        thresholds->failBelowPct = numbers.value(QStringLiteral("fail-below"), thresholds->failBelowPct);
        thresholds->minSessions = numbers.value(QStringLiteral("min-sessions"), thresholds->minSessions);
        return compliance.setThresholds(period->id, *thresholds);
    });
    if (!changed)
        return fail(context, changed.error());
    return Ok;
}

} // namespace netra
