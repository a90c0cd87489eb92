// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpreadsheetCell.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace netra {

// Rows of a roster file, whatever its format: an importer reads CSV and XLSX alike through
// this. Rows are streamed; blank rows are skipped but keep their numbers, so rowNumber() is
// the row the clerk sees in the spreadsheet (header = row 1).
class RowSource {
    Q_DECLARE_TR_FUNCTIONS(RowSource)
public:
    virtual ~RowSource() = default;

    // The next non-blank row into `cells` (index = column); false at the end or on an error.
    virtual bool readRow(QList<SpreadsheetCell>& cells) = 0;
    virtual int rowNumber() const = 0;
    virtual Status status() const = 0;
    // How far through the file reading is, 0..1, for a progress bar.
    virtual double progress() const = 0;

    // Opens `path` by its content, not its name: a zip is read as XLSX (`sheet` by name, the
    // first sheet when empty), anything else as CSV. A missing or unreadable file is a File
    // error; a file that is neither (an old .xls, an image, a PDF) or is empty is Invalid.
    static Result<std::unique_ptr<RowSource>> open(const QString& path, const QString& sheet = {});

    static QStringList texts(const QList<SpreadsheetCell>& cells);
};

} // namespace netra
