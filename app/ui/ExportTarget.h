// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "io/SheetOutput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace netra {

// Where a list goes when the clerk exports it: a file and its format, chosen in a save
// dialog that starts in the folder used last. A spreadsheet of several sheets saved as CSV
// is one file per sheet (SheetOutput).
struct ExportTarget {
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)
public:
    QString path;
    SheetOutput::Format format = SheetOutput::Format::Xlsx;

    // `suggestedName` without a suffix; nullopt when the clerk cancels.
    static std::optional<ExportTarget> ask(QWidget* parent, const QString& title, const QString& suggestedName);

    // The files an export of these sheets leaves.
    QStringList files(const QStringList& sheetNames) const;

    // Says what came of the export: the rows and the files, or why it failed. Nothing for a cancel.
    void tell(QWidget* parent, const QString& title, const Result<qint64>& rows, const QStringList& sheetNames) const;
};

} // namespace netra
