// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRejectWriter.h"

#include "TextSheetWriter.h"

namespace netra {

QStringList ImportRejectWriter::columns()
{
    return {QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("reason")};
}

Status ImportRejectWriter::write(const QString& path, const QList<ImportReject>& rejects)
{
    const QStringList names = columns();
    const QList<int> widths = {6, 18, 24, 80};
    QList<TextSheetWriter::Column> layout;
    for (int c = 0; c < names.size(); ++c)
        layout.push_back({names.at(c), widths.at(c), c == 0});
    QList<QStringList> cells;
    cells.reserve(rejects.size());
    for (const ImportReject& r : rejects)
        cells.push_back({QString::number(r.row), r.column, r.value, r.reason});
    return TextSheetWriter::write(path, QStringLiteral("rejects"), layout, cells);
}

} // namespace netra
