// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffExportCommand.h"

#include "io/StaffExporter.h"
#include "store/Database.h"

#include <QDir>

namespace netra {

QString StaffExportCommand::summary() const
{
    return tr("Write the staff to an XLSX workbook or a CSV file");
}

void StaffExportCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")},
        {QStringLiteral("format"), tr("xlsx or csv; by default csv for a .csv file, else xlsx."), QStringLiteral("FORMAT")},
        {QStringLiteral("unit"), tr("Only this work unit."), QStringLiteral("CODE")},
        {QStringLiteral("personal"), tr("Add the sex and birth date columns (personal data, left out by default).")},
        {QStringLiteral("mask-nip"), tr("Show only the last four digits of each NIP, for a file that leaves the office.")},
    });
}

int StaffExportCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto out = required(parser, QStringLiteral("out"));
    if (!out)
        return fail(context, out.error());
    const QString code = parser.value(QStringLiteral("format")).trimmed().toLower();
    StaffExporter::Format format = out->endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? StaffExporter::Format::Csv
                                                                                               : StaffExporter::Format::Xlsx;
    if (code == QLatin1String("xlsx"))
        format = StaffExporter::Format::Xlsx;
    else if (code == QLatin1String("csv"))
        format = StaffExporter::Format::Csv;
    else if (!code.isEmpty())
        return fail(context, Error::usage(tr("--format takes xlsx or csv.")));

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    StaffExporter::Options options;
    options.filter.unitCode = parser.value(QStringLiteral("unit")).trimmed();
    options.personalData = parser.isSet(QStringLiteral("personal"));
    options.maskNip = parser.isSet(QStringLiteral("mask-nip"));
    const auto written = StaffExporter(**db).write(*out, format, options);
    if (!written)
        return fail(context, written.error());
    context.out << tr("%n staff written to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(*out)) << Qt::endl;
    return Ok;
}

} // namespace netra
