// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetExportCommand.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QDir>

namespace netra {

void SheetExportCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")},
        {QStringLiteral("format"), tr("xlsx or csv; by default csv for a .csv file, else xlsx."), QStringLiteral("FORMAT")},
        {QStringLiteral("period"), tr("Only this election period (default: every period)."), QStringLiteral("NAME")},
        {QStringLiteral("mask-nip"), tr("Show only the last four digits of each NIP, for a file that leaves the office.")},
    });
}

int SheetExportCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto out = required(parser, QStringLiteral("out"));
    if (!out)
        return fail(context, out.error());
    Request request;
    request.out = *out;
    request.format = out->endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? SheetOutput::Format::Csv
                                                                               : SheetOutput::Format::Xlsx;
    if (const QString code = parser.value(QStringLiteral("format")).trimmed(); !code.isEmpty()) {
        const auto format = SheetOutput::formatFromCode(code);
        if (!format)
            return fail(context, Error::usage(tr("--format takes xlsx or csv.")));
        request.format = *format;
    }
    request.maskNip = parser.isSet(QStringLiteral("mask-nip"));

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    if (const QString name = parser.value(QStringLiteral("period")).trimmed(); !name.isEmpty()) {
        const auto period = ElectionPeriodRepository(**db).findByName(name);
        if (!period)
            return fail(context, period.error());
        request.periodId = period->id;
    }
    const auto rows = write(**db, request);
    if (!rows)
        return fail(context, rows.error());
    context.out << written(*rows, QDir::toNativeSeparators(request.out)) << Qt::endl;
    return Ok;
}

} // namespace netra
