// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QIODevice>
#include <QStringConverter>
#include <QTextStream>

namespace netra {

namespace {

void useUtf8(QTextStream& stream)
{
    if (!stream.device())
        return;
    stream.setEncoding(QStringConverter::Utf8);
    stream.setGenerateByteOrderMark(false);
}

} // namespace

CsvWriter::CsvWriter(QTextStream& stream, QChar delimiter)
    : m_out(&stream)
    , m_delimiter(delimiter)
{
    useUtf8(stream);
}

CsvWriter::CsvWriter(QIODevice* device, QChar delimiter)
    : m_owned(std::make_unique<QTextStream>(device))
    , m_out(m_owned.get())
    , m_delimiter(delimiter)
{
    useUtf8(*m_owned);
}

CsvWriter::~CsvWriter()
{
    m_out->flush();
}

bool CsvWriter::needsQuotes(const QString& field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    for (const QChar ch : field) {
        if (ch == delimiter || ch == QLatin1Char('"') || ch == QLatin1Char('\n')
            || ch == QLatin1Char('\r'))
            return true;
    }
    return field.front().isSpace() || field.back().isSpace();
}

QString CsvWriter::quoted(const QString& field, QChar delimiter)
{
    if (!needsQuotes(field, delimiter))
        return field;
    QString text = field;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QTextStream& out = *m_out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out << m_delimiter;
        out << quoted(fields.at(i), m_delimiter);
    }
    out << QLatin1Char('\n');
}

Status CsvWriter::finish()
{
    m_out->flush();
    if (m_out->status() == QTextStream::WriteFailed) {
        const QString reason = m_out->device() ? m_out->device()->errorString() : QString();
        return Error::file(tr("Cannot write the CSV data: %1").arg(reason));
    }
    return {};
}

} // namespace netra
