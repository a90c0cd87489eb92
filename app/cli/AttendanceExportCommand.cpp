// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceExportCommand.h"

#include "io/AttendanceExporter.h"

namespace netra {

QString AttendanceExportCommand::summary() const
{
    return tr("Write the attendance records of the sessions to an XLSX workbook or a CSV file");
}

Result<qint64> AttendanceExportCommand::write(Database& db, const Request& request) const
{
    AttendanceExporter::Options options;
    options.periodId = request.periodId;
    options.maskNip = request.maskNip;
    return AttendanceExporter(db).write(request.out, request.format, options);
}

QString AttendanceExportCommand::written(qint64 rows, const QString& path) const
{
    return tr("%n attendance record(s) written to %1.", nullptr, int(rows)).arg(path);
}

} // namespace netra
