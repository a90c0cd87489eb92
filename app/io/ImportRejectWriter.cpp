// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRejectWriter.h"

#include "CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QXmlStreamWriter>

namespace netra {

QStringList ImportRejectWriter::columns()
{
    return {QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("reason")};
}

Status ImportRejectWriter::write(const QString& path, const QList<ImportReject>& rejects)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, rejects);
    return writeCsv(path, rejects);
}

Status ImportRejectWriter::writeCsv(const QString& path, const QList<ImportReject>& rejects)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        CsvWriter csv(&file);
        csv.writeHeader(columns());
        for (const ImportReject& r : rejects)
            csv.writeRow({QString::number(r.row), r.column, r.value, r.reason});
        if (Status done = csv.finish(); !done)
            return done;
    }
    if (!file.commit())
        return Error::file(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

// Written with QuaZip and QXmlStreamWriter, not libxlsxwriter: Debian's libquazip1-qt6
// exports minizip's zipOpen/unzOpen symbols, and in a process that loads it libxlsxwriter's
// calls to zipOpen land in QuaZip's variant (which takes a QIODevice) and crash. Until the
// two are separated, XLSX written here goes through QuaZip. Inline strings keep a NIP text.
Status ImportRejectWriter::writeXlsx(const QString& path, const QList<ImportReject>& rejects)
{
    const QString shown = QDir::toNativeSeparators(path);
    QByteArray sheet;
    {
        QXmlStreamWriter xml(&sheet);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("worksheet"));
        xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
        xml.writeStartElement(QStringLiteral("cols"));
        const QList<int> widths = {6, 18, 24, 80};
        for (int c = 0; c < widths.size(); ++c) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
            xml.writeAttribute(QStringLiteral("width"), QString::number(widths.at(c)));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
            if (c == 2)
                xml.writeAttribute(QStringLiteral("style"), QStringLiteral("2"));
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("sheetData"));
        const auto text = [&](const QString& ref, const QString& value, int style) {
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), ref);
            xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            if (style > 0)
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
        const QStringList header = columns();
        for (int c = 0; c < header.size(); ++c)
            text(QString(QLatin1Char(char('A' + c))) + QLatin1Char('1'), header.at(c), 1);
        xml.writeEndElement();
        int r = 2;
        for (const ImportReject& reject : rejects) {
            const QString n = QString::number(r);
            startRow(r++);
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), QLatin1Char('A') + n);
            xml.writeTextElement(QStringLiteral("v"), QString::number(reject.row));
            xml.writeEndElement();
            text(QLatin1Char('B') + n, reject.column, 0);
            text(QLatin1Char('C') + n, reject.value, 2); // always a string cell: an empty NIP is a reason too
            text(QLatin1Char('D') + n, reject.reason, 0);
            xml.writeEndElement();
        }
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
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
         " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"rejects\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
         "</Relationships>"},
        // Styles: 0 plain, 1 bold header, 2 text ("@"), so a value typed later stays text too.
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
