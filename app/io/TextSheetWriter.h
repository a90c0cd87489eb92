// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace netra {

// A small table saved for the clerk's spreadsheet: ".xlsx" writes a one-sheet workbook whose
// cells are text (a NIP stays 18 digits, a value typed later stays text too) under a bold
// header, anything else CSV through CsvWriter. Integer columns are number cells in XLSX.
//
// Written with QuaZip and QXmlStreamWriter: it predates XlsxLibrary, which lets libxlsxwriter
// run beside QuaZip (Debian's libquazip1-qt6 exports minizip's zipOpen & co., and a linked
// libxlsxwriter crashed in QuaZip's copies). Typed or large sheets go through XlsxSheetWriter.
class TextSheetWriter {
    Q_DECLARE_TR_FUNCTIONS(TextSheetWriter)
public:
    struct Column {
        QString name;       // the header, fixed English for files scripts read
        int width = 16;     // XLSX column width in characters
        bool integer = false;
    };

    static Status write(const QString& path, const QString& sheetName, const QList<Column>& columns,
                        const QList<QStringList>& rows);

    // "A", "B", ... "Z", "AA": the letters of a 0-based column.
    static QString columnLetters(int column);

private:
    static Status writeCsv(const QString& path, const QList<Column>& columns, const QList<QStringList>& rows);
    static Status writeXlsx(const QString& path, const QString& sheetName, const QList<Column>& columns,
                            const QList<QStringList>& rows);
};

} // namespace netra
