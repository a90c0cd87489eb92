// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComplianceCommand.h"

#include "io/ComplianceReport.h"
#include "io/ComplianceWorkbook.h"
#include "io/PaperSize.h"
#include "io/TableFormat.h"
#include "io/TableOutput.h"
#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QDir>
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
    return tr("Compliance per work unit as of a date (table, csv, json, a workbook as xlsx, or the printed summary as pdf)");
}

void ReportComplianceCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("as-of"), tr("The date the figures are for (default the period's voting day)."),
         QStringLiteral("DATE")},
        {QStringLiteral("out"), tr("Write to this file instead of standard output (required for pdf)."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"), tr("Output as table (default), csv, json, or pdf (the printed summary)."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
        {QStringLiteral("paper"), tr("For pdf: a4 (default) or f4 (215 x 330 mm)."), QStringLiteral("PAPER"),
         QStringLiteral("a4")},
        {QStringLiteral("number"), tr("For pdf: the letter number as the agenda gives it, printed as \"Nomor: ...\"."),
         QStringLiteral("TEXT")},
        {QStringLiteral("all-sheets"),
         tr("For csv with --out: every sheet of the xlsx workbook, one CSV file each (FILE and FILE-belum-ikrar, ...).")},
        {QStringLiteral("mask-nip"), tr("For xlsx and --all-sheets: show only the last four digits of each NIP.")},
    });
}

// The printed summary: ComplianceReport reads the figures itself, so paper and export agree.
int ReportComplianceCommand::writePdf(const QCommandLineParser& parser, CommandContext& context)
{
    const QString out = parser.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return fail(context, Error::invalid(tr("--format pdf needs --out FILE.")));
    const auto paper = paperFromCode(parser.value(QStringLiteral("paper")).trimmed());
    if (!paper)
        return fail(context, Error::usage(tr("--paper takes a4 or f4.")));
    if (const auto given = required(parser, QStringLiteral("period")); !given)
        return fail(context, given.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto asOf = dateOption(parser, QStringLiteral("as-of"), period->votingDay);
    if (!asOf)
        return fail(context, asOf.error());
    ComplianceReport::Options options;
    options.paper = *paper;
    options.asOf = *asOf;
    options.letterNumber = parser.value(QStringLiteral("number"));
    const auto report = ComplianceReport::build(**db, *period, options);
    if (!report)
        return fail(context, report.error());
    if (auto written = report->writePdf(out); !written)
        return fail(context, written.error());
    context.out << tr("Compliance summary written to %1 (%n page(s)).", nullptr, report->pageCount())
                       .arg(QDir::toNativeSeparators(out))
                << Qt::endl;
    return Ok;
}

// The figures with the people and cases behind them; ComplianceWorkbook reads them itself.
int ReportComplianceCommand::writeWorkbook(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = SheetOutput::formatFromCode(parser.value(QStringLiteral("format")));
    const QString out = parser.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return fail(context, Error::invalid(tr("--format xlsx and --all-sheets need --out FILE.")));
    if (const auto given = required(parser, QStringLiteral("period")); !given)
        return fail(context, given.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    ComplianceWorkbook::Options options;
    const auto asOf = dateOption(parser, QStringLiteral("as-of"), period->votingDay);
    if (!asOf)
        return fail(context, asOf.error());
    options.asOf = *asOf;
    options.maskNip = parser.isSet(QStringLiteral("mask-nip"));
    const auto written = ComplianceWorkbook(**db).write(out, format.value_or(SheetOutput::Format::Xlsx), *period, options);
    if (!written)
        return fail(context, written.error());
    context.out << tr("Compliance workbook written to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

int ReportComplianceCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QString code = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (code == QLatin1String("pdf"))
        return writePdf(parser, context);
    // Plain csv keeps printing the one table, to stdout or --out, as before.
    if (code == QLatin1String("xlsx") || (code == QLatin1String("csv") && parser.isSet(QStringLiteral("all-sheets"))))
        return writeWorkbook(parser, context);
    const auto format = tableFormatFromCode(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(context, Error::usage(tr("--format takes table, csv, json, xlsx or pdf.")));
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
