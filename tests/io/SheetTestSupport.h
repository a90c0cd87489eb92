// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back what Netra wrote, with its own readers: the rows of a workbook's sheet, the
// records of a CSV file, and what a folder holds after an export.
#pragma once

#include "io/CsvReader.h"
#include "io/SpreadsheetCell.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

namespace netra::test {

using SheetRows = QList<QList<SpreadsheetCell>>;

// The rows of sheet `name` (the first sheet when empty); `names` receives the workbook's sheets.
inline SheetRows readSheet(const QString& path, const QString& name = {}, QStringList* names = nullptr)
{
    SheetRows rows;
    XlsxReader reader;
    if (!reader.open(path, name))
        return rows;
    if (names)
        *names = reader.sheetNames();
    QList<SpreadsheetCell> cells;
    while (reader.readRow(cells))
        rows << cells;
    return rows;
}

inline QList<QStringList> readCsvFile(const QString& path)
{
    QList<QStringList> records;
    CsvReader reader;
    if (!reader.open(path))
        return records;
    QStringList fields;
    while (reader.readRecord(fields))
        records << fields;
    return records;
}

// Sorted, hidden files included: a temporary file left behind shows.
inline QStringList folderEntries(const QString& folder)
{
    QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    entries.sort();
    return entries;
}

} // namespace netra::test
