// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace netra {

namespace {

const QString kRelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// Part names inside the package: relative targets resolve against the folder of the part
// that names them; absolute ones ("/xl/...") start at the package root.
QString resolvePart(const QString& fromFolder, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(fromFolder.isEmpty() ? target : fromFolder + QLatin1Char('/') + target);
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

// The r:id of a <sheet>, whichever prefix or (Strict OOXML) namespace the producer used.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    const QStringView id = attributes.value(kRelationshipsNs, QLatin1String("id"));
    if (!id.isEmpty())
        return id.toString();
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == u"id" && !a.prefix().isEmpty())
            return a.value().toString();
    return {};
}

// A number the way a spreadsheet shows it in a General cell: whole numbers without a
// decimal point, others to Excel's 15 significant digits ("1.98703152010121e+17").
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    if (m_sheetFile)
        m_sheetFile->close();
    m_sheetFile.reset();
    if (m_zip)
        m_zip->close();
}

int XlsxReader::columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference.at(i).toUpper();
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (column > 16384) // XFD, the last column Excel has
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QDate XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const auto days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days >= 61)
        return QDate(1899, 12, 30).addDays(days);
    if (days == 60 || days == 0)
        return {}; // 29 February 1900 never existed; 0 is Excel's "0 January 1900"
    return QDate(1899, 12, 31).addDays(days);
}

void XlsxReader::fail(const Error& error)
{
    if (!m_error)
        m_error = error;
}

Status XlsxReader::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

double XlsxReader::progress() const
{
    if (!m_sheetFile || m_sheetSize <= 0)
        return 1.0;
    return qBound(0.0, double(m_sheetFile->pos()) / double(m_sheetSize), 1.0);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets)
        names << sheet.name;
    return names;
}

std::unique_ptr<QuaZipFile> XlsxReader::openEntry(const QString& part)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return nullptr;
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

Status XlsxReader::open(const QString& path, const QString& sheet)
{
    m_displayPath = QDir::toNativeSeparators(path);
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Error::invalid(tr("%1 is not a readable XLSX workbook (the zip is damaged)").arg(m_displayPath));
    if (Status read = readStructure(sheet); !read)
        return read;
    return {};
}

Result<QString> XlsxReader::workbookPart()
{
    // The package's own relationships name the workbook; xl/workbook.xml is only the usual.
    QString part = QStringLiteral("xl/workbook.xml");
    if (auto rels = openEntry(QStringLiteral("_rels/.rels"))) {
        QXmlStreamReader xml(rels.get());
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
                && xml.attributes().value(QLatin1String("Type")).endsWith(u"/officeDocument"))
                part = resolvePart({}, xml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return Error::invalid(tr("%1 is a zip file but not an XLSX workbook").arg(m_displayPath));
    return part;
}

Status XlsxReader::readStructure(const QString& sheet)
{
    const auto workbook = workbookPart();
    if (!workbook)
        return workbook.error();
    if (Status read = readWorkbook(*workbook); !read)
        return read;
    if (m_sheets.isEmpty())
        return Error::invalid(tr("%1 has no sheets").arg(m_displayPath));

    const Sheet* chosen = &m_sheets.front();
    if (!sheet.isEmpty()) {
        chosen = nullptr;
        for (const Sheet& s : m_sheets)
            if (s.name == sheet)
                chosen = &s;
        for (const Sheet& s : m_sheets)
            if (!chosen && s.name.compare(sheet.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = &s;
        if (!chosen)
            return Error::invalid(tr("%1 has no sheet \"%2\"; it has: %3")
                                      .arg(m_displayPath, sheet, sheetNames().join(QStringLiteral(", "))));
    }
    m_sheetName = chosen->name;

    m_sheetFile = openEntry(chosen->part);
    if (!m_sheetFile)
        return Error::invalid(tr("%1: sheet \"%2\" is missing from the workbook").arg(m_displayPath, chosen->name));
    m_sheetSize = m_sheetFile->usize();
    m_xml.setDevice(m_sheetFile.get());
    return {};
}

Status XlsxReader::readWorkbook(const QString& part)
{
    QHash<QString, QString> sheetIds; // name -> relationship id, in m_sheets order
    QList<std::pair<QString, QString>> order;
    {
        auto file = openEntry(part);
        if (!file)
            return Error::invalid(tr("%1 is a zip file but not an XLSX workbook").arg(m_displayPath));
        QXmlStreamReader xml(file.get());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView flag = xml.attributes().value(QLatin1String("date1904"));
                m_date1904 = flag == u"1" || flag == u"true";
            } else if (xml.name() == u"sheet") {
                order.push_back({xml.attributes().value(QLatin1String("name")).toString(), relationshipId(xml.attributes())});
            }
        }
        if (xml.hasError())
            return Error::invalid(tr("%1: the workbook part is damaged (%2)").arg(m_displayPath, xml.errorString()));
    }

    QHash<QString, QString> targets; // relationship id -> part
    QString sharedStrings;
    QString styles;
    if (auto rels = openEntry(relsOf(part))) {
        QXmlStreamReader xml(rels.get());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            const QString target = resolvePart(folderOf(part), a.value(QLatin1String("Target")).toString());
            const QStringView type = a.value(QLatin1String("Type"));
            targets.insert(a.value(QLatin1String("Id")).toString(), target);
            if (type.endsWith(u"/sharedStrings"))
                sharedStrings = target;
            else if (type.endsWith(u"/styles"))
                styles = target;
        }
    }
    for (const auto& [name, id] : order) {
        const QString target = targets.value(id);
        if (!target.isEmpty())
            m_sheets.push_back({name, target});
    }

    if (!styles.isEmpty()) {
        if (auto file = openEntry(styles)) {
            QXmlStreamReader xml(file.get());
            m_styles.read(xml);
        }
    }
    if (!sharedStrings.isEmpty())
        return readSharedStrings(sharedStrings);
    return {};
}

Status XlsxReader::readSharedStrings(const QString& part)
{
    auto file = openEntry(part);
    if (!file)
        return {}; // named but absent: the sheets then use no shared strings
    QXmlStreamReader xml(file.get());
    QString current;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"si")
                current.clear();
            else if (name == u"t")
                current += xml.readElementText();
            else if (name == u"rPh")
                xml.skipCurrentElement(); // phonetic guide text, not part of the value
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
            m_sharedStrings.push_back(current);
        }
    }
    if (xml.hasError())
        return Error::invalid(tr("%1: the shared strings are damaged (%2)").arg(m_displayPath, xml.errorString()));
    return {};
}

QString XlsxReader::readInlineText()
{
    QString text;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"t")
            text += m_xml.readElementText();
        else if (m_xml.name() == u"r")
            text += readInlineText();
        else
            m_xml.skipCurrentElement();
    }
    return text;
}

// At a <c> start element; returns at its end element.
SpreadsheetCell XlsxReader::readCell()
{
    const QXmlStreamAttributes a = m_xml.attributes();
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    QString value;
    bool hasValue = false;
    SpreadsheetCell cell;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"v") {
            value = m_xml.readElementText();
            hasValue = true;
        } else if (m_xml.name() == u"is") {
            cell.text = readInlineText();
            cell.type = cell.text.isEmpty() ? SpreadsheetCell::Type::Empty : SpreadsheetCell::Type::Text;
            return cell;
        } else {
            m_xml.skipCurrentElement(); // <f> formulas, <extLst>
        }
    }
    if (!hasValue)
        return cell;
    if (type == u"s") {
        const int index = value.toInt();
        return SpreadsheetCell::fromText(m_sharedStrings.value(index));
    }
    if (type == u"str" || type == u"inlineStr")
        return SpreadsheetCell::fromText(value);
    if (type == u"b") {
        cell.type = SpreadsheetCell::Type::Boolean;
        cell.number = value.trimmed() == u"1" ? 1 : 0;
        cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return cell;
    }
    if (type == u"e") {
        cell.type = SpreadsheetCell::Type::Error;
        cell.text = value;
        return cell;
    }
    if (type == u"d") { // ISO 8601 date cells (Strict OOXML, some converters)
        cell.date = QDate::fromString(value.left(10), Qt::ISODate);
        cell.type = cell.date.isValid() ? SpreadsheetCell::Type::Date : SpreadsheetCell::Type::Text;
        cell.text = cell.date.isValid() ? cell.date.toString(Qt::ISODate) : value;
        return cell;
    }
    bool ok = false;
    cell.number = value.toDouble(&ok);
    if (!ok)
        return SpreadsheetCell::fromText(value);
    if (m_styles.isDateStyle(style)) {
        cell.date = dateFromSerial(cell.number, m_date1904);
        if (cell.date.isValid()) {
            cell.type = SpreadsheetCell::Type::Date;
            cell.text = cell.date.toString(Qt::ISODate);
            return cell;
        }
    }
    cell.type = SpreadsheetCell::Type::Number;
    cell.text = numberText(cell.number);
    return cell;
}

bool XlsxReader::readRow(QList<SpreadsheetCell>& cells)
{
    cells.clear();
    if (m_error || !m_sheetFile)
        return false;
    bool inRow = false;
    int rowNumber = m_row;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                inRow = true;
                cells.clear();
                const int r = m_xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
            } else if (name == u"c" && inRow) {
                int column = columnIndex(m_xml.attributes().value(QLatin1String("r")));
                if (column < 0)
                    column = int(cells.size());
                SpreadsheetCell cell = readCell();
                if (column >= cells.size())
                    cells.resize(column + 1);
                cells[column] = std::move(cell);
            } else if (name != u"worksheet" && name != u"sheetData") {
                m_xml.skipCurrentElement(); // columns, views, merged cells, drawings
            }
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == u"row") {
            inRow = false;
            m_row = rowNumber;
            // Blank rows are skipped (as CsvReader does) but keep their numbers.
            if (std::any_of(cells.cbegin(), cells.cend(), [](const SpreadsheetCell& c) { return !c.isEmpty(); }))
                return true;
            cells.clear();
        }
    }
    if (m_xml.hasError())
        fail(Error::invalid(tr("%1: sheet \"%2\" is damaged near row %3 (%4)")
                                .arg(m_displayPath, m_sheetName)
                                .arg(rowNumber)
                                .arg(m_xml.errorString())));
    return false;
}

} // namespace netra
