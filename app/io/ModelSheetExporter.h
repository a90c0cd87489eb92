// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"
#include "SheetOutput.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QModelIndex;

namespace netra {

// Writes lists as the window shows them (a table's model, its rows in the order shown, the
// columns chosen) to an XLSX workbook or CSV. Headers are the model's own, in the UI
// language, since the file is what the clerk saw. A model tells how a cell is stored
// through CellRole (a SheetCell: a NIP as text, a date as a date, a count as a number);
// without it the display value is taken, numbers as numbers and dates as dates.
class ModelSheetExporter {
    Q_DECLARE_TR_FUNCTIONS(ModelSheetExporter)
public:
    static constexpr int CellRole = Qt::UserRole + 92;

    struct Sheet {
        const QAbstractItemModel* model = nullptr;
        QString name;       // the sheet's name, and the CSV file's suffix after the first
        QList<int> columns; // model columns in the order written; empty: all
    };

    // Told the rows written so far, every 1,000 rows; returning false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    // The number of rows written over all sheets. Nothing is left at `path` on failure or cancel.
    static Result<qint64> write(const QList<Sheet>& sheets, const QString& path, SheetOutput::Format format,
                                const Progress& progress = {}, const QString& xlsxLibrary = {});

    static QStringList headers(const Sheet& sheet);
    static SheetCell cell(const QModelIndex& index);

private:
    static QList<int> columnsOf(const Sheet& sheet);
};

} // namespace netra

Q_DECLARE_METATYPE(netra::SheetCell)
