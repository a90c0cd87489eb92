// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QTextStream;

namespace netra {

// CSV as other programs read it back: UTF-8 without BOM, ',' between fields, '\n' after
// each record, quotes only around fields that need them (a delimiter, a quote, a line
// break, or leading/trailing space that a reader would otherwise trim).
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // A stream on a device is switched to UTF-8 without BOM; a stream on a QString has no
    // bytes to encode and is left alone.
    explicit CsvWriter(QTextStream& stream, QChar delimiter = QLatin1Char(','));
    explicit CsvWriter(QIODevice* device, QChar delimiter = QLatin1Char(','));
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeHeader(const QStringList& columns) { writeRow(columns); }
    void writeRow(const QStringList& fields);
    // Flushes and reports whether everything reached the device.
    Status finish();

    static bool needsQuotes(const QString& field, QChar delimiter = QLatin1Char(','));
    static QString quoted(const QString& field, QChar delimiter = QLatin1Char(','));

private:
    std::unique_ptr<QTextStream> m_owned;
    QTextStream* m_out = nullptr;
    QChar m_delimiter;
};

} // namespace netra
