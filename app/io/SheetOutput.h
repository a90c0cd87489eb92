// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>


namespace netra {

class CsvWriter;
class XlsxSheetWriter;

// Where an export's sheets go, so that each exporter only produces rows: an XLSX workbook
// (XlsxSheetWriter, typed cells), or CSV with one file per sheet, the first at `path` and
// each later one beside it with the sheet's name appended ("rekap.csv",
// "rekap-belum-ikrar.csv"), cells as SheetCell::plainText(). Either way it is all or
// nothing: files appear only at finish(), and an output dropped before then (an error, a
// cancel) leaves none. For CSV the files are committed one after another; should a later
// one fail, those already committed are removed again.
class SheetOutput {
    Q_DECLARE_TR_FUNCTIONS(SheetOutput)
public:
    enum class Format { Xlsx, Csv };

    // "xlsx", "csv" (case-insensitive).
    static std::optional<Format> formatFromCode(const QString& code);
    // `xlsxLibrary`: another libxlsxwriter file than the build's, for tests.
    static Result<std::unique_ptr<SheetOutput>> create(const QString& path, Format format,
                                                       const QString& xlsxLibrary = {});
    ~SheetOutput();
    SheetOutput(const SheetOutput&) = delete;
    SheetOutput& operator=(const SheetOutput&) = delete;

    // Ends the sheet before it; for CSV opens the sheet's file.
    Status addSheet(const QString& name, const QStringList& columns);
    Status writeRow(const QList<SheetCell>& cells);
    Status finish();

    // The files finish() leaves: one workbook, or a CSV per sheet added.
    QStringList paths() const { return m_paths; }
    // The CSV file of a sheet after the first: "/a/rekap.csv", "Belum Ikrar" -> "/a/rekap-belum-ikrar.csv".
    static QString csvPath(const QString& path, const QString& sheet);

private:
    struct CsvFile;
    SheetOutput(QString path, Format format);

    QString m_path;
    Format m_format;
    QStringList m_paths;
    std::unique_ptr<XlsxSheetWriter> m_xlsx;
    std::vector<std::unique_ptr<CsvFile>> m_csv; // the last one is being written
    QStringList m_fields;
};

} // namespace netra
