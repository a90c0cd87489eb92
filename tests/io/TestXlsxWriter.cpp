// SPDX-License-Identifier: GPL-3.0-or-later
// XlsxSheetWriter: a workbook of typed sheets read back in the same process by XlsxReader,
// which links QuaZip (so this also shows that libxlsxwriter, loaded at run time, no longer
// clashes with it), its XML checked through QuaZip, and by openpyxl as a third program.
#include "SheetTestSupport.h"

#include "io/SheetCell.h"
#include "io/XlsxReader.h"
#include "io/XlsxSheetWriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;
using Column = XlsxSheetWriter::Column;

namespace {

const QString kNip = u"198703152010121002"_s;

QByteArray zipEntry(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return {};
    return entry.readAll();
}

// The number format code of each cell style (the s="N" of a cell) in xl/styles.xml.
QStringList styleFormats(const QByteArray& styles)
{
    QHash<int, QString> codes = {{0, u"General"_s}, {1, u"0"_s}, {49, u"@"_s}};
    QStringList formats;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt")
            codes.insert(xml.attributes().value(u"numFmtId"_s).toInt(), xml.attributes().value(u"formatCode"_s).toString());
        else if (xml.isStartElement() && xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf")
            formats << codes.value(xml.attributes().value(u"numFmtId"_s).toInt(), u"?"_s);
    }
    return formats;
}

// The style index of one cell in a sheet's XML; 0 (the default) when it has none.
int cellStyle(const QByteArray& sheet, const QString& reference)
{
    const QRegularExpression pattern(u"<c r=\"%1\"[^>]*?\\bs=\"([0-9]+)\""_s.arg(reference));
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(sheet));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// A two-sheet workbook holding every cell type.
Status writeSample(const QString& path)
{
    auto writer = XlsxSheetWriter::create(path);
    if (!writer)
        return writer.error();
    XlsxSheetWriter& w = **writer;
    if (Status s = w.addSheet(u"Ringkasan"_s, {{u"Perangkat Daerah"_s}, {u"ASN Aktif"_s}, {u"Ikrar (%)"_s}, {u"Rata-rata"_s}});
        !s)
        return s;
    for (const QList<SheetCell>& row : {
             QList<SheetCell>{SheetCell::fromText(u"Dinas Kesehatan"_s), SheetCell::fromInteger(1234),
                              SheetCell::fromPercent(95.4), SheetCell::fromNumber(1234.5)},
             QList<SheetCell>{SheetCell::fromText(u"Badan Kesatuan Bangsa dan Politik, Sekretariat, Bidang Ideologi, "
                                                  u"Wawasan Kebangsaan dan Karakter Bangsa"_s),
                              SheetCell::fromInteger((qint64(1) << 53) + 1), SheetCell(), SheetCell::fromNumber(NAN)},
             QList<SheetCell>{SheetCell::fromText(u"Kecamatan"_s)}, // the rest empty
         }) {
        if (Status s = w.writeRow(row); !s)
            return s;
    }
    if (Status s = w.addSheet(u"Pegawai"_s, {{u"NIP"_s}, {u"Nama"_s, 40}, {u"Tanggal Lahir"_s}}); !s)
        return s;
    if (Status s = w.writeRow({SheetCell::fromText(kNip), SheetCell::fromText(u"Siti Ma\u2019rufah, S.Kep."_s),
                               SheetCell::fromDate(QDate(1987, 3, 15))});
        !s)
        return s;
    if (Status s = w.writeRow({SheetCell::fromText(u"NA-000001"_s), SheetCell::fromText(u"Tua"_s),
                               SheetCell::fromDate(QDate(1899, 12, 31))});
        !s)
        return s;
    return w.finish();
}

} // namespace

class TestXlsxWriter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readBackEveryType();
    void numberFormats();
    void frozenHeaderAndAutofilter();
    void columnWidths();
    void openpyxlReadsIt();
    void plainText();
    void unwritableTarget_data();
    void unwritableTarget();
    void abandonedKeepsExistingFile();
    void missingLibrary();
    void badSheetName();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestXlsxWriter::init()
{
    m_path = m_dir.filePath(u"sample.xlsx"_s);
    QFile::remove(m_path);
    const Status written = writeSample(m_path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
}

void TestXlsxWriter::readBackEveryType()
{
    XlsxReader reader;
    QVERIFY(reader.open(m_path));
    QCOMPARE(reader.sheetNames(), QStringList({u"Ringkasan"_s, u"Pegawai"_s}));
    // constant_memory mode writes strings inline: no shared string table is built in memory.
    QVERIFY(zipEntry(m_path, u"xl/sharedStrings.xml"_s).isEmpty());

    const auto summary = readSheet(m_path, u"Ringkasan"_s);
    QCOMPARE(summary.size(), 4);
    QCOMPARE(RowSource::texts(summary.at(0)), QStringList({u"Perangkat Daerah"_s, u"ASN Aktif"_s, u"Ikrar (%)"_s, u"Rata-rata"_s}));
    QCOMPARE(summary.at(1).at(0).type, Type::Text);
    QCOMPARE(summary.at(1).at(1).type, Type::Number);
    QCOMPARE(summary.at(1).at(1).number, 1234.0);
    QCOMPARE(summary.at(1).at(2).type, Type::Number);
    QVERIFY(std::abs(summary.at(1).at(2).number - 0.954) < 1e-12); // stored as the fraction
    QCOMPARE(summary.at(1).at(3).number, 1234.5);
    // 2^53 + 1 has no exact double: kept as text, every digit.
    QCOMPARE(summary.at(2).at(1).type, Type::Text);
    QCOMPARE(summary.at(2).at(1).text, u"9007199254740993"_s);
    QCOMPARE(summary.at(2).value(2).type, Type::Empty);
    QCOMPARE(summary.at(2).value(3).type, Type::Empty); // NaN is not written
    QCOMPARE(summary.at(3).size(), 1);

    const auto staff = readSheet(m_path, u"Pegawai"_s);
    QCOMPARE(staff.size(), 3);
    QCOMPARE(RowSource::texts(staff.at(0)), QStringList({u"NIP"_s, u"Nama"_s, u"Tanggal Lahir"_s}));
    QCOMPARE(staff.at(1).at(0).type, Type::Text);
    QCOMPARE(staff.at(1).at(0).text, kNip);
    QCOMPARE(staff.at(1).at(1).text, u"Siti Ma\u2019rufah, S.Kep."_s);
    QCOMPARE(staff.at(1).at(2).type, Type::Date);
    QCOMPARE(staff.at(1).at(2).date, QDate(1987, 3, 15));
    QCOMPARE(staff.at(1).at(2).number, 31851.0); // Excel's serial of 15 March 1987
    QCOMPARE(staff.at(2).at(2).type, Type::Text); // no serial before 1900
    QCOMPARE(staff.at(2).at(2).text, u"31/12/1899"_s);
}

void TestXlsxWriter::numberFormats()
{
    const QStringList formats = styleFormats(zipEntry(m_path, u"xl/styles.xml"_s));
    const QByteArray summary = zipEntry(m_path, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray staff = zipEntry(m_path, u"xl/worksheets/sheet2.xml"_s);
    QVERIFY(!formats.isEmpty() && !summary.isEmpty() && !staff.isEmpty());
    QCOMPARE(formats.value(cellStyle(summary, u"A2"_s)), u"@"_s);
    QCOMPARE(formats.value(cellStyle(summary, u"B2"_s)), u"0"_s);
    QCOMPARE(formats.value(cellStyle(summary, u"C2"_s)), u"0.0%"_s);
    QCOMPARE(formats.value(cellStyle(summary, u"D2"_s)), u"General"_s);
    QCOMPARE(formats.value(cellStyle(staff, u"A2"_s)), u"@"_s); // the NIP stays text when edited
    QCOMPARE(formats.value(cellStyle(staff, u"C2"_s)), u"dd/mm/yyyy"_s);
    QVERIFY(staff.contains("<c r=\"A2\" s=\"") && staff.contains(" t=\"inlineStr\"><is><t>198703152010121002</t>"));

    // The header is bold.
    const QByteArray styles = zipEntry(m_path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(cellStyle(staff, u"A1"_s) != cellStyle(staff, u"A2"_s));
}

void TestXlsxWriter::frozenHeaderAndAutofilter()
{
    const QByteArray summary = zipEntry(m_path, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray staff = zipEntry(m_path, u"xl/worksheets/sheet2.xml"_s);
    for (const QByteArray& sheet : {summary, staff}) {
        QVERIFY(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    }
    QVERIFY2(summary.contains("<autoFilter ref=\"A1:D4\"/>"), summary.right(600).constData());
    QVERIFY2(staff.contains("<autoFilter ref=\"A1:C3\"/>"), staff.right(600).constData());
    // Excel needs the filter's hidden name to offer the drop-downs.
    QVERIFY(zipEntry(m_path, u"xl/workbook.xml"_s).contains("_xlnm._FilterDatabase"));
}

void TestXlsxWriter::columnWidths()
{
    const QByteArray summary = zipEntry(m_path, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray staff = zipEntry(m_path, u"xl/worksheets/sheet2.xml"_s);
    const auto width = [](const QByteArray& sheet, int column) {
        const QRegularExpression pattern(u"<col min=\"%1\" max=\"%1\" width=\"([0-9.]+)\""_s.arg(column));
        const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(sheet));
        return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
    };
    // Capped for the long unit name; the NIP column fits 18 digits; a given width is kept.
    QVERIFY2(width(summary, 1) > XlsxSheetWriter::kMaxWidth && width(summary, 1) < XlsxSheetWriter::kMaxWidth + 2,
             QByteArray::number(width(summary, 1)).constData());
    QVERIFY(width(staff, 1) >= 19 && width(staff, 1) < 21);
    QVERIFY(width(staff, 2) >= 40 && width(staff, 2) < 41);
    QVERIFY(width(staff, 3) >= 14); // "Tanggal Lahir" and its filter button
}

void TestXlsxWriter::openpyxlReadsIt()
{
    const QString python = QStringLiteral(NETRA_PYTHON_OPENPYXL);
    if (python.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("python3 with openpyxl (python3-openpyxl) is required on CI");
        QSKIP("no python3 with openpyxl was found at configure time");
    }
    const QString script = uR"(
import datetime, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames == ["Ringkasan", "Pegawai"], wb.sheetnames
s, p = wb["Ringkasan"], wb["Pegawai"]
assert abs(s["C2"].value - 0.954) < 1e-12 and s["C2"].number_format == "0.0%", (s["C2"].value, s["C2"].number_format)
assert s["B2"].value == 1234 and s["B3"].value == "9007199254740993"
assert p["A2"].value == "198703152010121002" and p["A2"].data_type == "s"
assert p["C2"].value == datetime.datetime(1987, 3, 15) and p["C2"].number_format == "dd/mm/yyyy"
assert p.freeze_panes == "A2" and p.auto_filter.ref == "A1:C3", (p.freeze_panes, p.auto_filter.ref)
assert p["A1"].font.b
print("ok")
)"_s;
    QProcess process;
    process.start(python, {u"-c"_s, script, m_path});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), u"ok"_s);
}

void TestXlsxWriter::plainText()
{
    QCOMPARE(SheetCell::fromText(kNip).plainText(), kNip);
    QCOMPARE(SheetCell::fromText(QString()).type, SheetCell::Type::Empty);
    QCOMPARE(SheetCell::fromNumber(1234.5).plainText(), u"1234.5"_s);
    QCOMPARE(SheetCell::fromPercent(95.4).plainText(), u"95.4"_s);
    QCOMPARE(SheetCell::fromInteger(1'000'000).plainText(), u"1000000"_s);
    QCOMPARE(SheetCell::fromDate(QDate(1987, 3, 15)).plainText(), u"1987-03-15"_s);
    QCOMPARE(SheetCell::fromDate(QDate()).type, SheetCell::Type::Empty);
    QCOMPARE(SheetCell::fromNumber(INFINITY).plainText(), QString());
}

void TestXlsxWriter::unwritableTarget_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << u"no-such-folder/out.xlsx"_s;
    QTest::newRow("a file as folder") << u"plain.txt/out.xlsx"_s;
    QTest::newRow("a folder as target") << u"folder"_s;
}

void TestXlsxWriter::unwritableTarget()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    QFile plain(dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QStringList before = folderEntries(dir.path());

    const auto writer = XlsxSheetWriter::create(dir.filePath(relative));
    QVERIFY(!writer);
    QCOMPARE(writer.error().kind, ErrorKind::File);
    QVERIFY2(writer.error().message.contains(QDir::toNativeSeparators(dir.filePath(relative))), qPrintable(writer.error().message));
    QCOMPARE(folderEntries(dir.path()), before);
    QVERIFY(folderEntries(dir.filePath(u"folder"_s)).isEmpty());
}

void TestXlsxWriter::abandonedKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.xlsx"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    {
        auto writer = XlsxSheetWriter::create(path);
        QVERIFY(writer);
        QVERIFY((*writer)->addSheet(u"Pegawai"_s, {{u"NIP"_s}}));
        for (int i = 0; i < 100; ++i)
            QVERIFY((*writer)->writeRow({SheetCell::fromText(kNip)}));
        QCOMPARE((*writer)->rowCount(), qint64(100));
        QCOMPARE(folderEntries(dir.path()).size(), 2); // the target and the partial file beside it
    } // dropped without finish(), as after an error or a cancel
    QCOMPARE(folderEntries(dir.path()), QStringList({u"roster.xlsx"_s}));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
}

void TestXlsxWriter::missingLibrary()
{
    QTemporaryDir dir;
    const auto writer = XlsxSheetWriter::create(dir.filePath(u"out.xlsx"_s), u"libxlsxwriter-missing.so.99"_s);
    QVERIFY(!writer);
    QCOMPARE(writer.error().kind, ErrorKind::File);
    QVERIFY2(writer.error().message.contains(u"libxlsxwriter-missing.so.99"_s), qPrintable(writer.error().message));
    QVERIFY(folderEntries(dir.path()).isEmpty());

#ifdef Q_OS_LINUX
    // A library without libxlsxwriter's functions is refused by name, not called.
    const auto wrong = XlsxSheetWriter::create(dir.filePath(u"out.xlsx"_s), u"libz.so.1"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, ErrorKind::File);
    QVERIFY2(wrong.error().message.contains(u"workbook_new_opt"_s), qPrintable(wrong.error().message));
    QVERIFY(folderEntries(dir.path()).isEmpty());
#endif
}

void TestXlsxWriter::badSheetName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    {
        auto writer = XlsxSheetWriter::create(path);
        QVERIFY(writer);
        const Status slash = (*writer)->addSheet(u"Ikrar/Pakta"_s, {{u"NIP"_s}});
        QVERIFY(!slash);
        QCOMPARE(slash.error().kind, ErrorKind::Invalid);
        QVERIFY((*writer)->addSheet(u"Pegawai"_s, {{u"NIP"_s}}));
        QVERIFY(!(*writer)->addSheet(u"pegawai"_s, {{u"NIP"_s}})); // Excel ignores case
        QVERIFY(!(*writer)->addSheet(QString(32, QLatin1Char('x')), {{u"NIP"_s}}));
    }
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "TestXlsxWriter.moc"
