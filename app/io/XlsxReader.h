// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSource.h"
#include "XlsxStyles.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace netra {

// Streams the rows of one sheet of an .xlsx workbook (Office Open XML) without building a
// document: the sheet's XML is read token by token straight out of the zip. Shared strings,
// inline strings, numbers, booleans, errors and date serials (by the cell's number format)
// come back typed; cells left out of the file (r="C5" after A5) are Empty, so a cell's
// index is always its column.
//
//     XlsxReader reader;
//     if (Status s = reader.open(path, u"Pegawai"_s); !s) return s.error();
//     QList<SpreadsheetCell> cells;
//     while (reader.readRow(cells)) { ... reader.rowNumber() ... }
//     if (!reader.status()) return reader.status().error();
class XlsxReader final : public RowSource {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    XlsxReader();
    ~XlsxReader() override;
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    // `sheet` by name (exact, else ignoring case); the first sheet when empty.
    Status open(const QString& path, const QString& sheet = {});
    QStringList sheetNames() const;
    QString sheetName() const { return m_sheetName; }

    bool readRow(QList<SpreadsheetCell>& cells) override;
    int rowNumber() const override { return m_row; }
    Status status() const override;
    double progress() const override;

    // "C5" -> 2, "AA1" -> 26; -1 when the reference has no column letters.
    static int columnIndex(QStringView reference);
    // Excel's day count to a date: 1 = 1900-01-01 (with Lotus's phantom 29 February 1900),
    // or days since 1904-01-01 in workbooks saved with the 1904 date system.
    static QDate dateFromSerial(double serial, bool date1904);

private:
    struct Sheet {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
    };

    Status readStructure(const QString& sheet);
    // Opens one zip entry for reading; nullptr when it is not there.
    std::unique_ptr<QuaZipFile> openEntry(const QString& part);
    Result<QString> workbookPart();
    Status readWorkbook(const QString& part);
    Status readSharedStrings(const QString& part);
    SpreadsheetCell readCell();
    QString readInlineText();
    void fail(const Error& error);

    QString m_displayPath;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    QXmlStreamReader m_xml;
    QList<Sheet> m_sheets;
    QString m_sheetName;
    QStringList m_sharedStrings;
    XlsxStyles m_styles;
    bool m_date1904 = false;
    qint64 m_sheetSize = 0;
    int m_row = 0;
    std::optional<Error> m_error;
};

} // namespace netra
