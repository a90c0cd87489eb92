// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "ExportTarget.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>

namespace netra {

QList<int> TableExport::shownColumns(const QTableView* view)
{
    QList<int> columns;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}

ModelSheetExporter::Sheet TableExport::sheetOf(const Sheet& sheet)
{
    return {sheet.view->model(), sheet.name, shownColumns(sheet.view)};
}

Result<qint64> TableExport::write(const QList<Sheet>& sheets, const QString& path, SheetOutput::Format format)
{
    QList<ModelSheetExporter::Sheet> written;
    for (const Sheet& sheet : sheets)
        written << sheetOf(sheet);
    return ModelSheetExporter::write(written, path, format);
}

void TableExport::save(QWidget* parent, const QList<Sheet>& sheets)
{
    if (sheets.isEmpty())
        return;
    const QString title = tr("Export the list");
    const auto target = ExportTarget::ask(parent, title, sheets.first().name);
    if (!target)
        return;
    QStringList names;
    for (const Sheet& sheet : sheets)
        names << sheet.name;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> rows = write(sheets, target->path, target->format);
    QApplication::restoreOverrideCursor();
    target->tell(parent, title, rows, names);
}

} // namespace netra
