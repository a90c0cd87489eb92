// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComplianceCommand.h"

#include "io/TableOutput.h"
#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QSaveFile>
#include <QTextStream>

namespace netra {

namespace {

QString pct(int n, int total)
{
    return QString::number(ComplianceRule::percent(n, total), 'f', 1);
}

QStringList row(const UnitCompliance& u, const QString& pakta, const QString& status)
{
    return {u.unitCode,
            u.unitName,
            QString::number(u.activeStaff),
            QString::number(u.ikrarSigned),
            pct(u.ikrarSigned, u.activeStaff),
            QString::number(u.attendedStaff),
            pct(u.attendedStaff, u.activeStaff),
            pakta,
            QString::number(u.cases),
            QString::number(u.casesOpen),
            QString::number(u.casesProven),
            status};
}

} // namespace

QString ReportComplianceCommand::summary() const
{
    return tr("Compliance per work unit as of a date (csv or json)");
}

void ReportComplianceCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("as-of"), tr("The date the figures are for (default the period's voting day)."),
         QStringLiteral("DATE")},
        {QStringLiteral("out"), tr("Write to this file instead of standard output."), QStringLiteral("FILE")},
    });
    addFormatOption(parser);
}

int ReportComplianceCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    if (const auto given = required(parser, QStringLiteral("period")); !given)
        return fail(context, given.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    // Before the start is allowed (nothing signed or attended yet); only a malformed date is refused.
    const auto asOf = dateOption(parser, QStringLiteral("as-of"), period->votingDay);
    if (!asOf)
        return fail(context, asOf.error());
    ComplianceRepository compliance(**db);
    const auto thresholds = compliance.thresholds(period->id);
    if (!thresholds)
        return fail(context, thresholds.error());
    const auto units = compliance.figures(*period, *asOf, thresholds->minSessions);
    if (!units)
        return fail(context, units.error());

    using Kind = TableOutput::ColumnKind;
    TableOutput table({QStringLiteral("unit_code"), QStringLiteral("unit_name"), QStringLiteral("active_staff"),
                       QStringLiteral("ikrar_signed"), QStringLiteral("ikrar_pct"), QStringLiteral("attended_staff"),
                       QStringLiteral("attended_pct"), QStringLiteral("pakta_head_signed"), QStringLiteral("cases"),
                       QStringLiteral("cases_open"), QStringLiteral("cases_proven"), QStringLiteral("status")},
                      {Kind::Text, Kind::Text, Kind::Integer, Kind::Integer, Kind::Decimal, Kind::Integer, Kind::Decimal,
                       Kind::Integer, Kind::Integer, Kind::Integer, Kind::Integer, Kind::Text});
    UnitCompliance total;
    total.unitCode = QStringLiteral("TOTAL");
    int headsSigned = 0;
    for (const UnitCompliance& u : *units) {
        const QString pakta = !u.headPaktaSigned ? QString() : *u.headPaktaSigned ? QStringLiteral("1") : QStringLiteral("0");
        table.addRow(row(u, pakta, ComplianceRule::statusCode(ComplianceRule::status(u, *thresholds))));
        total.activeStaff += u.activeStaff;
        total.ikrarSigned += u.ikrarSigned;
        total.attendedStaff += u.attendedStaff;
        headsSigned += u.headPaktaSigned.value_or(false) ? 1 : 0;
        total.cases += u.cases;
        total.casesOpen += u.casesOpen;
        total.casesProven += u.casesProven;
    }
    // The sums, and the percentages of the sums; a status belongs to a unit, not the total.
    table.addRow(row(total, QString::number(headsSigned), QString()));

    const QString out = parser.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty()) {
        table.write(context.out, *format);
        return Ok;
    }
    // Written beside the target and renamed into place: never a half-written report.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(context, Error::file(tr("Cannot write %1: %2").arg(out, file.errorString())));
    QTextStream stream(&file);
    table.write(stream, *format);
    stream.flush();
    if (!file.commit())
        return fail(context, Error::file(tr("Cannot write %1: %2").arg(out, file.errorString())));
    return Ok;
}

} // namespace netra
