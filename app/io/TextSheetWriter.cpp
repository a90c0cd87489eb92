// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSheetWriter.h"

#include "CsvWriter.h"

#include <QDir>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>

namespace netra {

QString TextSheetWriter::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return letters;
}

Status TextSheetWriter::write(const QString& path, const QString& sheetName, const QList<Column>& columns,
                              const QList<QStringList>& rows)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, sheetName, columns, rows);
    return writeCsv(path, columns, rows);
}

Status TextSheetWriter::writeCsv(const QString& path, const QList<Column>& columns, const QList<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        CsvWriter csv(&file);
        QStringList header;
        for (const Column& column : columns)
            header << column.name;
        csv.writeHeader(header);
        for (const QStringList& row : rows)
            csv.writeRow(row);
        if (Status done = csv.finish(); !done)
            return done;
    }
    if (!file.commit())
        return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status TextSheetWriter::writeXlsx(const QString& path, const QString& sheetName, const QList<Column>& columns,
                                  const QList<QStringList>& rows)
{
    const QString shown = QDir::toNativeSeparators(path);
    QByteArray sheet;
    {
        QXmlStreamWriter xml(&sheet);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("worksheet"));
        xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
        xml.writeStartElement(QStringLiteral("cols"));
        for (int c = 0; c < columns.size(); ++c) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
            xml.writeAttribute(QStringLiteral("width"), QString::number(columns.at(c).width));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
            if (!columns.at(c).integer)
                xml.writeAttribute(QStringLiteral("style"), QStringLiteral("2"));
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("sheetData"));
        const auto text = [&](const QString& ref, const QString& value, int style) {
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), ref);
            xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            xml.writeAttribute(QStringLiteral("s"), QString::number(style));
            xml.writeStartElement(QStringLiteral("is"));
            xml.writeStartElement(QStringLiteral("t"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(value);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        };
        const auto startRow = [&](int r) {
            xml.writeStartElement(QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(r));
        };
        startRow(1);
        for (int c = 0; c < columns.size(); ++c)
            text(columnLetters(c) + QLatin1Char('1'), columns.at(c).name, 1);
        xml.writeEndElement();
        int r = 2;
        for (const QStringList& row : rows) {
            const QString n = QString::number(r);
            startRow(r++);
            for (int c = 0; c < columns.size(); ++c) {
                const QString value = row.value(c);
                bool isNumber = false;
                value.toLongLong(&isNumber);
                if (columns.at(c).integer && isNumber) {
                    xml.writeStartElement(QStringLiteral("c"));
                    xml.writeAttribute(QStringLiteral("r"), columnLetters(c) + n);
                    xml.writeTextElement(QStringLiteral("v"), value);
                    xml.writeEndElement();
                } else {
                    text(columnLetters(c) + n, value, 2); // always a string cell: an empty NIP says something too
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    QByteArray workbook;
    {
        QXmlStreamWriter xml(&workbook);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("workbook"));
        xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
        xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                           QStringLiteral("r"));
        xml.writeStartElement(QStringLiteral("sheets"));
        xml.writeEmptyElement(QStringLiteral("sheet"));
        xml.writeAttribute(QStringLiteral("name"), sheetName.left(31));
        xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                           QStringLiteral("id"), QStringLiteral("rId1"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    const QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
         "</Types>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
         "</Relationships>"},
        // Styles: 0 plain, 1 bold header, 2 text ("@").
        {QStringLiteral("xl/styles.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
         "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
         "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
         "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
         "</styleSheet>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    {
        QuaZip zip(&file);
        zip.setAutoClose(false); // QSaveFile is closed by commit(), never by close()
        if (!zip.open(QuaZip::mdCreate))
            return Error::file(tr("Cannot write %1").arg(shown));
        for (const auto& [name, bytes] : parts) {
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || entry.write(bytes) != bytes.size())
                return Error::file(tr("Cannot write %1").arg(shown));
            entry.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Error::file(tr("Cannot write %1").arg(shown));
    }
    if (!file.commit())
        return Error::file(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace netra
