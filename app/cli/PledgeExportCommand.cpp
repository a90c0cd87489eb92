// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeExportCommand.h"

#include "io/PledgeExporter.h"

namespace netra {

QString PledgeExportCommand::summary() const
{
    return tr("Write the signed ikrar and pakta to an XLSX workbook or a CSV file");
}

Result<qint64> PledgeExportCommand::write(Database& db, const Request& request) const
{
    PledgeExporter::Options options;
    options.periodId = request.periodId;
    options.maskNip = request.maskNip;
    return PledgeExporter(db).write(request.out, request.format, options);
}

QString PledgeExportCommand::written(qint64 rows, const QString& path) const
{
    return tr("%n pledge(s) written to %1.", nullptr, int(rows)).arg(path);
}

} // namespace netra
