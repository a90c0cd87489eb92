// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QDir>

#include <algorithm>
#include <array>

namespace netra {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

// 0x80-0x9F of Windows-1252; the rest of the code page is Latin-1.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Text has no NUL bytes and hardly any other control bytes; a workbook, an image or a PDF
// chosen by mistake has plenty.
bool looksBinary(const QByteArray& bytes, bool firstChunk)
{
    if (bytes.contains('\0'))
        return true;
    if (!firstChunk)
        return false;
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1A)
            ++controls;
    }
    return controls * 100 > bytes.size();
}

bool hasVisibleText(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        return !ch.isSpace() && ch != QChar::ByteOrderMark;
    });
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

void CsvReader::close()
{
    m_file.close();
    m_decoder.reset();
    m_text.clear();
    m_pos = 0;
    m_sourceDone = true;
    m_started = false;
    m_line = 1;
    m_row = 0;
    m_recordLine = 0;
    m_recordRow = 0;
    m_delimiter = QLatin1Char(',');
    m_error.reset();
}

Status CsvReader::open(const QString& path)
{
    close();
    m_displayPath = QDir::toNativeSeparators(path);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error::file(tr("Cannot read %1: %2").arg(m_displayPath, m_file.errorString()));
    if (Status scanned = scan(); !scanned) {
        close();
        return scanned;
    }
    switch (m_encoding) {
    case Encoding::Utf8: m_decoder.emplace(QStringDecoder::Utf8); break;
    case Encoding::Utf16LE: m_decoder.emplace(QStringDecoder::Utf16LE); break;
    case Encoding::Utf16BE: m_decoder.emplace(QStringDecoder::Utf16BE); break;
    case Encoding::Windows1252: break;
    }
    m_sourceDone = false;
    m_delimiter = detectDelimiter();
    if (m_error) {
        const Error error = *m_error;
        close();
        return error;
    }
    return {};
}

// One pass over the whole file before parsing: the encoding has to be known before the
// first field is decoded, and a binary file must be refused before anything is imported.
Status CsvReader::scan()
{
    auto unreadable = [this] {
        return Error::file(tr("Cannot read %1: %2").arg(m_displayPath, m_file.errorString()));
    };
    const Error notCsv = Error::invalid(tr("%1 is not a CSV file").arg(m_displayPath));

    QByteArray chunk = m_file.read(kChunkBytes);
    if (m_file.error() != QFileDevice::NoError)
        return unreadable();
    if (chunk.isEmpty())
        return Error::invalid(tr("%1 is empty").arg(m_displayPath));

    if (chunk.startsWith("\xFF\xFE"))
        m_encoding = Encoding::Utf16LE;
    else if (chunk.startsWith("\xFE\xFF"))
        m_encoding = Encoding::Utf16BE;
    else
        m_encoding = Encoding::Utf8;
    const bool utf16 = m_encoding != Encoding::Utf8;
    QStringDecoder probe(m_encoding == Encoding::Utf16LE   ? QStringDecoder::Utf16LE
                         : m_encoding == Encoding::Utf16BE ? QStringDecoder::Utf16BE
                                                           : QStringDecoder::Utf8);
    bool firstChunk = true;
    bool visible = false;
    while (!chunk.isEmpty()) {
        if (!utf16 && looksBinary(chunk, firstChunk))
            return notCsv;
        const QString text = probe.decode(chunk);
        if (utf16 && text.contains(QChar(0)))
            return notCsv;
        visible = visible || hasVisibleText(text);
        firstChunk = false;
        chunk = m_file.read(kChunkBytes);
        if (m_file.error() != QFileDevice::NoError)
            return unreadable();
    }
    if (!utf16 && probe.hasError())
        m_encoding = Encoding::Windows1252;
    if (!visible)
        return Error::invalid(tr("%1 is empty").arg(m_displayPath));
    if (!m_file.seek(0))
        return unreadable();
    return {};
}

QChar CsvReader::detectDelimiter()
{
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char(';'),
                                             QLatin1Char('\t')};
    std::array<int, 3> counts = {0, 0, 0};
    bool inQuotes = false;
    bool lineHasText = false;
    // m_pos stays 0 here, so refill() keeps `i` pointing at the same text.
    for (qsizetype i = m_pos;;) {
        if (i >= m_text.size()) {
            if (!refill())
                break;
            continue;
        }
        const QChar ch = m_text.at(i++);
        if (ch == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))) {
            if (lineHasText)
                break; // blank lines above the header do not decide anything
            continue;
        } else if (!inQuotes) {
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                if (ch == candidates[c])
                    ++counts[c];
            }
        }
        lineHasText = true;
    }
    std::size_t best = 0;
    for (std::size_t c = 1; c < candidates.size(); ++c) {
        if (counts[c] > counts[best])
            best = c;
    }
    return candidates[best];
}

bool CsvReader::refill()
{
    if (m_sourceDone || m_error)
        return false;
    const QByteArray bytes = m_file.read(kChunkBytes);
    if (m_file.error() != QFileDevice::NoError) {
        fail(Error::file(tr("Cannot read %1: %2").arg(m_displayPath, m_file.errorString())));
        return false;
    }
    if (bytes.isEmpty()) {
        m_sourceDone = true;
        return false;
    }
    QString decoded = m_decoder ? m_decoder->decode(bytes) : decodeWindows1252(bytes);
    if (!m_started && !decoded.isEmpty()) {
        if (decoded.startsWith(QChar::ByteOrderMark))
            decoded.remove(0, 1);
        m_started = true;
    }
    m_text.remove(0, m_pos);
    m_pos = 0;
    m_text.append(decoded);
    return true;
}

bool CsvReader::peek(QChar& ch)
{
    while (m_pos >= m_text.size()) {
        if (!refill())
            return false;
    }
    ch = m_text.at(m_pos);
    return true;
}

void CsvReader::fail(const Error& error)
{
    if (!m_error)
        m_error = error;
}

Status CsvReader::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

double CsvReader::progress() const
{
    const qint64 size = m_file.isOpen() ? m_file.size() : 0;
    return size > 0 ? double(m_file.pos()) / double(size) : 1.0;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    QChar ch;
    while (!m_error && peek(ch)) {
        m_recordLine = m_line;
        m_recordRow = ++m_row;
        if (!parseRecord(fields))
            return false;
        if (std::any_of(fields.cbegin(), fields.cend(), [](const QString& f) { return !f.isEmpty(); }))
            return true;
        fields.clear();
    }
    return false;
}

// Appends the plain characters from m_pos up to the next one that matters (a quote inside
// quotes; a delimiter or line break outside) or the end of the buffer: one append per run
// rather than per character keeps a roster of a million rows quick.
void CsvReader::takeRun(QString& field, bool quoted)
{
    const QChar* data = m_text.constData();
    const qsizetype end = m_text.size();
    const auto plain = [&](QChar ch) {
        if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n'))
            return false;
        return quoted ? ch != QLatin1Char('"') : ch != m_delimiter;
    };
    qsizetype i = m_pos;
    while (i < end && plain(data[i]))
        ++i;
    if (i > m_pos)
        field.append(QStringView(data + m_pos, i - m_pos));
    m_pos = i;
}

bool CsvReader::parseRecord(QStringList& fields)
{
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    QChar ch;
    QChar next;
    for (;;) {
        QString field;
        if (peek(ch) && ch == quote) {
            ++m_pos;
            for (;;) {
                takeRun(field, true);
                if (!peek(ch)) {
                    fail(Error::invalid(tr("%1, line %2: a quoted field is not closed")
                                            .arg(m_displayPath)
                                            .arg(m_recordLine)));
                    return false;
                }
                ++m_pos;
                if (ch == quote) {
                    if (peek(next) && next == quote) {
                        field.append(quote);
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (ch == cr || ch == lf) {
                    if (ch == cr && peek(next) && next == lf)
                        ++m_pos;
                    ++m_line;
                    ch = lf; // one kind of line break inside fields, whatever the file used
                }
                field.append(ch);
            }
        }
        // Unquoted text, or what follows a closing quote (kept, as spreadsheets do).
        for (;;) {
            takeRun(field, false);
            if (!peek(ch)) {
                if (m_error)
                    return false;
                fields.append(field);
                return true;
            }
            ++m_pos;
            if (ch == m_delimiter) {
                fields.append(field);
                break;
            }
            if (ch == cr || ch == lf) {
                if (ch == cr && peek(next) && next == lf)
                    ++m_pos;
                ++m_line;
                fields.append(field);
                return !m_error;
            }
            field.append(ch);
        }
    }
}

} // namespace netra
