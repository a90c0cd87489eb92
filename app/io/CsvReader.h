// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace netra {

// Streams records out of a CSV file the way offices produce them: Excel with ';' or ',',
// tab-separated text, UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 when the
// bytes are not UTF-8. Fields follow RFC 4180 (quotes, doubled quotes, line breaks inside
// quotes); CRLF, LF and CR all end a record. The file is read in chunks, never whole.
//
//     CsvReader reader;
//     if (Status s = reader.open(path); !s) return s.error();
//     QStringList fields;
//     while (reader.readRecord(fields)) { ... reader.rowNumber() ... }
//     if (!reader.status()) return reader.status().error();
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Checks the whole file once (readable, text, encoding), then picks the delimiter that
    // splits the header line into the most fields outside quotes: ',' ';' or tab.
    Status open(const QString& path);
    void close();

    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }

    // The next record into `fields`; false at the end or on an error (see status()).
    // Records whose fields are all empty (blank lines, ";;;" left by spreadsheets) are
    // skipped but still counted in the numbers below.
    bool readRecord(QStringList& fields);
    // Of the record last read, 1-based, header = 1: the physical line where it starts, and
    // its row in a spreadsheet, which differ once a quoted field has held a line break.
    int lineNumber() const { return m_recordLine; }
    int rowNumber() const { return m_recordRow; }
    Status status() const;
    // Share of the file's bytes read so far, 0..1, for a progress bar.
    double progress() const;

    // Windows-1252 bytes to text; 0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 controls.
    static QString decodeWindows1252(QByteArrayView bytes);

private:
    Status scan();
    QChar detectDelimiter();
    bool parseRecord(QStringList& fields);
    void takeRun(QString& field, bool quoted);
    bool refill();
    bool peek(QChar& ch);
    void fail(const Error& error);

    QFile m_file;
    QString m_displayPath;
    Encoding m_encoding = Encoding::Utf8;
    std::optional<QStringDecoder> m_decoder;
    QChar m_delimiter = QLatin1Char(',');
    QString m_text;       // decoded, not yet parsed text starts at m_pos
    qsizetype m_pos = 0;
    bool m_sourceDone = true;
    bool m_started = false; // the BOM, if any, has been dropped
    int m_line = 1;         // physical line at m_pos
    int m_row = 0;          // records seen so far, skipped blank ones included
    int m_recordLine = 0;
    int m_recordRow = 0;
    std::optional<Error> m_error;
};

} // namespace netra
