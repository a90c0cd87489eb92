// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableOutput.h"

#include "CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <utility>

namespace netra {

namespace {

bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// One row per line, whatever the cell holds.
QString singleLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (QChar& ch : line) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
            ch = QLatin1Char(' ');
    }
    return line;
}

// 2^53: larger integers would lose digits as JSON numbers (doubles), so they stay text.
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

QJsonValue jsonValue(const QString& cell, TableOutput::ColumnKind kind)
{
    const QString text = cell.trimmed();
    switch (kind) {
    case TableOutput::ColumnKind::Text:
        return cell;
    case TableOutput::ColumnKind::Integer: {
        if (text.isEmpty())
            return QJsonValue::Null;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (ok && value <= kMaxExactInteger && value >= -kMaxExactInteger)
            return value;
        return cell;
    }
    case TableOutput::ColumnKind::Decimal: {
        if (text.isEmpty())
            return QJsonValue::Null;
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? QJsonValue(value) : QJsonValue(cell);
    }
    case TableOutput::ColumnKind::Boolean: {
        const QString key = text.toLower();
        if (key.isEmpty())
            return QJsonValue::Null;
        for (const char* yes : {"true", "1", "yes", "ya", "y"}) {
            if (key == QLatin1String(yes))
                return true;
        }
        for (const char* no : {"false", "0", "no", "tidak", "n"}) {
            if (key == QLatin1String(no))
                return false;
        }
        return cell;
    }
    }
    return cell;
}

} // namespace

TableOutput::TableOutput(QStringList columns, QList<ColumnKind> kinds)
    : m_columns(std::move(columns))
    , m_kinds(std::move(kinds))
{
    m_kinds.resize(m_columns.size(), ColumnKind::Text);
}

void TableOutput::setColumnKind(qsizetype column, ColumnKind kind)
{
    if (column >= 0 && column < m_kinds.size())
        m_kinds[column] = kind;
}

void TableOutput::addRow(QStringList cells)
{
    cells.resize(m_columns.size());
    m_rows.append(std::move(cells));
}

void TableOutput::write(QTextStream& out, TableFormat format) const
{
    switch (format) {
    case TableFormat::Table: writeTable(out); break;
    case TableFormat::Csv: writeCsv(out); break;
    case TableFormat::Json: writeJson(out); break;
    }
}

int TableOutput::displayWidth(const QString& text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
        switch (QChar::category(cp)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
        case QChar::Other_Control:
            break;
        default:
            width += isWide(cp) ? 2 : 1;
        }
    }
    return width;
}

void TableOutput::writeTable(QTextStream& out) const
{
    const qsizetype count = m_columns.size();
    QList<QStringList> lines;
    lines.reserve(m_rows.size() + 1);
    lines.append(m_columns);
    for (const QStringList& row : m_rows) {
        QStringList line;
        for (const QString& cell : row)
            line.append(singleLine(cell));
        lines.append(line);
    }
    QList<int> widths(count, 0);
    for (const QStringList& line : std::as_const(lines)) {
        for (qsizetype c = 0; c < count; ++c)
            widths[c] = qMax(widths[c], displayWidth(line.at(c)));
    }

    auto printLine = [&](const QStringList& cells, bool header) {
        QString text;
        for (qsizetype c = 0; c < count; ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            const QString pad(widths[c] - displayWidth(cells.at(c)), QLatin1Char(' '));
            const bool right = !header && (m_kinds.at(c) == ColumnKind::Integer || m_kinds.at(c) == ColumnKind::Decimal);
            text += right ? pad + cells.at(c) : cells.at(c) + pad;
        }
        // Padding after the last column is invisible and only trips up diff and grep.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << QLatin1Char('\n');
    };

    printLine(lines.first(), true);
    QStringList rule;
    for (qsizetype c = 0; c < count; ++c)
        rule.append(QString(widths[c], QLatin1Char('-')));
    printLine(rule, true);
    for (qsizetype r = 1; r < lines.size(); ++r)
        printLine(lines.at(r), false);
}

void TableOutput::writeCsv(QTextStream& out) const
{
    CsvWriter writer(out);
    writer.writeHeader(m_columns);
    for (const QStringList& row : m_rows)
        writer.writeRow(row);
}

void TableOutput::writeJson(QTextStream& out) const
{
    QJsonArray array;
    for (const QStringList& row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            object.insert(m_columns.at(c), jsonValue(row.at(c), m_kinds.at(c)));
        array.append(object);
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace netra
