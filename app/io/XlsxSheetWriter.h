// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

struct lxw_format;
struct lxw_workbook;
struct lxw_worksheet;

namespace netra {

class XlsxLibrary;

// A workbook of typed sheets written while the rows are produced: libxlsxwriter in
// constant_memory mode keeps only the current row, so a million rows take no more memory
// than ten. Sheets come one after another, rows in order. TextSheetWriter remains for small
// all-text tables.
//
// Every sheet has a bold, frozen header row, an autofilter over the rows written, and column
// widths fitted to the header and the longest value (at most kMaxWidth) unless given. Cells:
//   Text     a text cell formatted "@": a NIP keeps its 18 digits, and a value typed into
//            the cell later stays text too
//   Number   General format
//   Integer  format "0"; beyond 2^53, which a spreadsheet's double cannot hold, as text
//   Percent  the fraction (95.4 is stored as 0.954) formatted "0.0%", so Excel and LibreOffice
//            both show 95.4% (95,4% in an Indonesian locale) and sums and averages stay right
//   Date     a date serial formatted dd/mm/yyyy; a date before 1900, which has no serial, as
//            that text
//   Empty    nothing (so are non-finite numbers)
//
// The file is written as "<path>.part-XXXXXXXX" beside the target and renamed into place
// only when complete: a failed or abandoned workbook leaves no file, and a file already at
// `path` stays as it was until then.
//
//     auto writer = XlsxSheetWriter::create(path);
//     if (!writer) return writer.error();
//     if (Status s = (*writer)->addSheet(u"Pegawai"_s, columns); !s) return s;
//     for (...) if (Status s = (*writer)->writeRow(cells); !s) return s;
//     return (*writer)->finish();
class XlsxSheetWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)
public:
    struct Column {
        QString header;
        int width = 0; // in characters; 0: fitted
    };
    static constexpr int kMaxWidth = 60;
    static constexpr qint64 kMaxRows = 1'048'576; // a worksheet's rows in Excel, header included

    // `library`: another libxlsxwriter file than the build's, for tests.
    static Result<std::unique_ptr<XlsxSheetWriter>> create(const QString& path, const QString& library = {});
    // Abandons an unfinished workbook: its partial file is removed.
    ~XlsxSheetWriter();
    XlsxSheetWriter(const XlsxSheetWriter&) = delete;
    XlsxSheetWriter& operator=(const XlsxSheetWriter&) = delete;

    // Ends the sheet before it. Excel's naming rules hold: 1-31 characters, none of []:*?/\,
    // not used before (ignoring case).
    Status addSheet(const QString& name, const QList<Column>& columns);
    // Missing cells are empty, extra ones dropped. After an error, drop the writer.
    Status writeRow(const QList<SheetCell>& cells);
    // Rows written below the current sheet's header.
    qint64 rowCount() const { return m_row > 0 ? m_row - 1 : 0; }
    // Completes the workbook and moves it to `path`.
    Status finish();

private:
    XlsxSheetWriter(std::shared_ptr<const XlsxLibrary> library, QString path, QString partial);
    Status start();
    int writeCell(int column, const SheetCell& cell); // an lxw_error
    void widen(int column, qsizetype width);
    void endSheet();
    // Closes the workbook (libxlsxwriter frees it only there) and returns its status.
    int close();
    void removePartial();
    Error fileError(const QString& reason) const;

    std::shared_ptr<const XlsxLibrary> m_library;
    QString m_path;
    QString m_partial;
    QByteArray m_tmpdir; // libxlsxwriter keeps a pointer to it
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    QString m_sheetName;
    QList<Column> m_columns;
    QList<int> m_widths;
    qint64 m_row = 0; // the next row's index; the header is row 0
    lxw_format* m_bold = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_integer = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_date = nullptr;
};

} // namespace netra
