// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceRejectWriter.h"

#include "TextSheetWriter.h"

namespace netra {

QStringList AttendanceRejectWriter::columns()
{
    return {QStringLiteral("row"),       QStringLiteral("nip"),    QStringLiteral("name"),
            QStringLiteral("timestamp"), QStringLiteral("reason"), QStringLiteral("candidates")};
}

QString AttendanceRejectWriter::candidatesText(const QList<StaffCandidate>& candidates)
{
    QStringList described;
    for (const StaffCandidate& candidate : candidates)
        described << candidate.describe();
    return described.join(QStringLiteral("; "));
}

Status AttendanceRejectWriter::write(const QString& path, const QList<UnmatchedAttendanceRow>& rows)
{
    const QStringList names = columns();
    const QList<int> widths = {6, 22, 28, 20, 70, 70};
    QList<TextSheetWriter::Column> layout;
    for (int c = 0; c < names.size(); ++c)
        layout.push_back({names.at(c), widths.at(c), c == 0});
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const UnmatchedAttendanceRow& row : rows)
        cells.push_back({QString::number(row.row), row.nip, row.name, row.timestamp, row.reason,
                         candidatesText(row.candidates)});
    return TextSheetWriter::write(path, QStringLiteral("unmatched"), layout, cells);
}

} // namespace netra
