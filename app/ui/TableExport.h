// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "io/ModelSheetExporter.h"
#include "io/SheetOutput.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTableView;
class QWidget;

namespace netra {

// A table exported as the clerk sees it: its rows as filtered and sorted, its columns in
// the order shown, hidden ones left out.
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    struct Sheet {
        const QTableView* view = nullptr;
        QString name;
    };

    static QList<int> shownColumns(const QTableView* view);
    static ModelSheetExporter::Sheet sheetOf(const Sheet& sheet);
    static Result<qint64> write(const QList<Sheet>& sheets, const QString& path, SheetOutput::Format format);

    // Asks for the file, writes it, and says how it went; the file is named after the first sheet.
    static void save(QWidget* parent, const QList<Sheet>& sheets);
};

} // namespace netra
