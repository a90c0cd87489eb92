// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSheetExporter.h"

#include <QAbstractItemModel>
#include <QDate>

namespace netra {

QList<int> ModelSheetExporter::columnsOf(const Sheet& sheet)
{
    if (!sheet.columns.isEmpty())
        return sheet.columns;
    QList<int> all;
    for (int column = 0; column < sheet.model->columnCount(); ++column)
        all << column;
    return all;
}

QStringList ModelSheetExporter::headers(const Sheet& sheet)
{
    QStringList headers;
    for (const int column : columnsOf(sheet))
        headers << sheet.model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return headers;
}

SheetCell ModelSheetExporter::cell(const QModelIndex& index)
{
    const QVariant typed = index.data(CellRole);
    if (typed.metaType() == QMetaType::fromType<SheetCell>())
        return typed.value<SheetCell>();
    const QVariant shown = index.data(Qt::DisplayRole);
    switch (shown.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return SheetCell::fromInteger(shown.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return SheetCell::fromNumber(shown.toDouble());
    case QMetaType::QDate: return SheetCell::fromDate(shown.toDate());
    default: return SheetCell::fromText(shown.toString());
    }
}

Result<qint64> ModelSheetExporter::write(const QList<Sheet>& sheets, const QString& path, SheetOutput::Format format,
                                         const Progress& progress, const QString& xlsxLibrary)
{
    auto output = SheetOutput::create(path, format, xlsxLibrary);
    if (!output)
        return output.error();
    qint64 rows = 0;
    QList<SheetCell> cells;
    for (const Sheet& sheet : sheets) {
        if (!sheet.model)
            return Error::invalid(tr("The sheet %1 has no list.").arg(sheet.name));
        const QList<int> columns = columnsOf(sheet);
        if (Status added = (*output)->addSheet(sheet.name, headers(sheet)); !added)
            return added.error();
        for (int row = 0; row < sheet.model->rowCount(); ++row) {
            cells.clear();
            for (const int column : columns)
                cells << cell(sheet.model->index(row, column));
            if (Status written = (*output)->writeRow(cells); !written)
                return written.error();
            ++rows;
            if (progress && rows % 1000 == 0 && !progress(rows))
                return Error::cancelled(tr("The export was cancelled; no file was written."));
        }
    }
    if (Status finished = (*output)->finish(); !finished)
        return finished.error();
    return rows;
}

} // namespace netra
