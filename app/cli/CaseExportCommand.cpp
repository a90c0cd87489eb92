// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseExportCommand.h"

#include "io/CaseExporter.h"

namespace netra {

QString CaseExportCommand::summary() const
{
    return tr("Write the violation cases to an XLSX workbook or a CSV file");
}

Result<qint64> CaseExportCommand::write(Database& db, const Request& request) const
{
    CaseExporter::Options options;
    options.periodId = request.periodId;
    options.maskNip = request.maskNip;
    return CaseExporter(db).write(request.out, request.format, options);
}

QString CaseExportCommand::written(qint64 rows, const QString& path) const
{
    return tr("%n case(s) written to %1.", nullptr, int(rows)).arg(path);
}

} // namespace netra
