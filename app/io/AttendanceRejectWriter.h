// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendanceImporter.h"

#include "core/Result.h"

#include <QStringList>

namespace netra {

// Saves the rows of an attendance import that named nobody for sure, for the clerk to settle
// in a spreadsheet: columns row, nip, name, timestamp, reason, candidates (as the file wrote
// them; candidates "Name (NIP, unit)" joined by "; "). ".xlsx" writes a workbook of text
// cells, anything else CSV.
class AttendanceRejectWriter {
public:
    static Status write(const QString& path, const QList<UnmatchedAttendanceRow>& rows);
    static QStringList columns(); // fixed English names, read by scripts
    // The candidates cell: "Agus Mulyadi (198703152010121002, Dinas Kesehatan); ...".
    static QString candidatesText(const QList<StaffCandidate>& candidates);
};

} // namespace netra
