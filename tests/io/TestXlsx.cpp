// SPDX-License-Identifier: GPL-3.0-or-later
// XlsxReader, RowSource and the reject list writer, on fixtures made by
// tests/data/import/make_fixtures.py (openpyxl and hand-written parts).
#include "io/ImportRejectWriter.h"
#include "io/RowSource.h"
#include "io/XlsxReader.h"
#include "io/XlsxStyles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NETRA_TEST_DATA "/import/") + name;
}

QList<QList<SpreadsheetCell>> readAll(RowSource& source, QList<int>* rows = nullptr)
{
    QList<QList<SpreadsheetCell>> all;
    QList<SpreadsheetCell> cells;
    while (source.readRow(cells)) {
        all << cells;
        if (rows)
            *rows << source.rowNumber();
    }
    return all;
}

} // namespace

class TestXlsx : public QObject {
    Q_OBJECT

private slots:
    void columnIndex_data();
    void columnIndex();
    void dateSerials();
    void dateFormats_data();
    void dateFormats();
    void typedCellsAndGaps();
    void date1904();
    void sheetsByNameOrFirst();
    void openpyxlRoster();
    void refusedFiles_data();
    void refusedFiles();
    void rowSourceReadsCsvToo();
    void rejectsAsXlsxKeepTextValues();
    void rejectsAsCsv();
};

void TestXlsx::columnIndex_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << u"A1"_s << 0;
    QTest::newRow("C5") << u"C5"_s << 2;
    QTest::newRow("Z9") << u"Z9"_s << 25;
    QTest::newRow("AA6") << u"AA6"_s << 26;
    QTest::newRow("lower") << u"ab3"_s << 27;
    QTest::newRow("XFD1") << u"XFD1"_s << 16383;
    QTest::newRow("beyond XFD") << u"XFE1"_s << -1;
    QTest::newRow("no letters") << u"12"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestXlsx::columnIndex()
{
    QFETCH(QString, reference);
    QTEST(XlsxReader::columnIndex(reference), "column");
}

void TestXlsx::dateSerials()
{
    QCOMPARE(XlsxReader::dateFromSerial(1, false), QDate(1900, 1, 1));
    QCOMPARE(XlsxReader::dateFromSerial(59, false), QDate(1900, 2, 28));
    QCOMPARE(XlsxReader::dateFromSerial(60, false), QDate()); // Lotus's 29 February 1900
    QCOMPARE(XlsxReader::dateFromSerial(61, false), QDate(1900, 3, 1));
    QCOMPARE(XlsxReader::dateFromSerial(31851, false), QDate(1987, 3, 15));
    QCOMPARE(XlsxReader::dateFromSerial(45623.75, false), QDate(2024, 11, 27)); // time of day dropped
    QCOMPARE(XlsxReader::dateFromSerial(0, true), QDate(1904, 1, 1));
    QCOMPARE(XlsxReader::dateFromSerial(30389, true), QDate(1987, 3, 15));
    QCOMPARE(XlsxReader::dateFromSerial(-1, false), QDate());
    QCOMPARE(XlsxReader::dateFromSerial(1e9, false), QDate());
}

void TestXlsx::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("General") << 0 << QString() << false;
    QTest::newRow("0.00") << 2 << QString() << false;
    QTest::newRow("builtin 14") << 14 << QString() << true;
    QTest::newRow("builtin 22") << 22 << QString() << true;
    QTest::newRow("text @") << 49 << QString() << false;
    QTest::newRow("dd/mm/yyyy") << 164 << u"dd/mm/yyyy"_s << true;
    QTest::newRow("Indonesian locale") << 165 << u"[$-421]d\\ mmmm\\ yyyy"_s << true;
    QTest::newRow("currency with quoted text") << 166 << u"\"Rp\"#,##0;[Red]\"Rp\"-#,##0"_s << false;
    QTest::newRow("quoted d only") << 167 << u"0 \"days\""_s << false;
    QTest::newRow("escaped y") << 168 << u"0\\y"_s << false;
}

void TestXlsx::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QTEST(XlsxStyles::isDateFormat(id, code), "date");
}

void TestXlsx::typedCellsAndGaps()
{
    XlsxReader reader;
    const Status opened = reader.open(fixture(u"reader_features.xlsx"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(reader.sheetNames(), QStringList({u"Data"_s, u"Tanggal 1904"_s}));
    QCOMPARE(reader.sheetName(), u"Data"_s);

    QList<int> rows;
    const auto all = readAll(reader, &rows);
    QVERIFY(reader.status());
    QCOMPARE(rows, QList<int>({1, 2, 3, 6})); // row 4 holds only empty cells, row 5 is absent
    QCOMPARE(reader.progress(), 1.0);

    // Header: shared string, rich text without its phonetic run, inline string.
    QCOMPARE(RowSource::texts(all.at(0)), QStringList({u"NIP"_s, u"Nama Lengkap"_s, u"Tanggal"_s}));

    const auto& r2 = all.at(1);
    QCOMPARE(r2.size(), 6);
    QCOMPARE(r2.at(0).type, Type::Text);
    QCOMPARE(r2.at(0).text, u"198703152010121002"_s);
    QCOMPARE(r2.at(1).type, Type::Empty); // B2 left out of the file
    QCOMPARE(r2.at(2).type, Type::Date);  // built-in format 14
    QCOMPARE(r2.at(2).date, QDate(1987, 3, 15));
    QCOMPARE(r2.at(2).text, u"1987-03-15"_s);
    QCOMPARE(r2.at(3).type, Type::Empty);
    QCOMPARE(r2.at(4).type, Type::Boolean);
    QCOMPARE(r2.at(4).text, u"TRUE"_s);
    QCOMPARE(r2.at(5).type, Type::Error);
    QCOMPARE(r2.at(5).text, u"#N/A"_s);

    const auto& r3 = all.at(2);
    QCOMPARE(r3.at(0).type, Type::Number); // what an 18-digit NIP in a General cell becomes
    QCOMPARE(r3.at(0).text, u"1.98703152010121e+17"_s);
    QCOMPARE(r3.at(1).text, u" spasi "_s); // xml:space="preserve" kept
    QCOMPARE(r3.at(2).type, Type::Date);   // custom "[$-421]d mmmm yyyy"
    QCOMPARE(r3.at(2).date, QDate(2024, 11, 27));
    QCOMPARE(r3.at(3).type, Type::Number); // currency format: not a date
    QCOMPARE(r3.at(3).text, u"1500000"_s);
    QCOMPARE(r3.at(4).text, u"FALSE"_s);

    const auto& r6 = all.at(3);
    QCOMPARE(r6.size(), 27);
    QCOMPARE(r6.at(1).text, u"A"_s); // a formula's cached string
    QCOMPARE(r6.at(3).text, u"2.5"_s);
    QCOMPARE(r6.at(26).text, u"kaya teks"_s);
}

void TestXlsx::date1904()
{
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"reader_1904.xlsx"_s)));
    const auto all = readAll(reader);
    QCOMPARE(all.at(1).at(2).date, QDate(1904, 1, 1).addDays(31851));
}

void TestXlsx::sheetsByNameOrFirst()
{
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"reader_features.xlsx"_s), u"tanggal 1904"_s)); // case ignored
    QCOMPARE(reader.sheetName(), u"Tanggal 1904"_s);
    QList<int> rows;
    const auto all = readAll(reader, &rows);
    QCOMPARE(rows, QList<int>({1})); // <row> without r: counted
    QCOMPARE(RowSource::texts(all.at(0)), QStringList({u"satu"_s, u"7"_s}));

    XlsxReader missing;
    const Status s = missing.open(fixture(u"reader_features.xlsx"_s), u"Pegawai"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::Invalid);
    QVERIFY2(s.error().message.contains(u"Data, Tanggal 1904"_s), qPrintable(s.error().message));
}

void TestXlsx::openpyxlRoster()
{
    auto source = RowSource::open(fixture(u"roster.xlsx"_s), u"Pegawai"_s);
    QVERIFY(source);
    const auto all = readAll(**source);
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.at(0).at(1).text, u"NIP_Baru"_s);
    QCOMPARE(all.at(1).at(1).type, Type::Text);
    QCOMPARE(all.at(2).at(1).type, Type::Number);
    QCOMPARE(all.at(2).at(2).type, Type::Empty);
    QCOMPARE(all.at(1).at(6).date, QDate(1987, 3, 15));
    QCOMPARE(all.at(4).at(1).text, u"'199203202019031005"_s);
    QCOMPARE(all.at(1).at(0).text, u"1"_s);
}

void TestXlsx::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("PDF named .xlsx") << fixture(u"not_a_spreadsheet.xlsx"_s) << int(ErrorKind::Invalid);
    QTest::newRow("zip without workbook") << fixture(u"zip_not_workbook.xlsx"_s) << int(ErrorKind::Invalid);
    QTest::newRow("empty CSV") << fixture(u"empty.csv"_s) << int(ErrorKind::Invalid);
    QTest::newRow("missing") << fixture(u"no-such-file.xlsx"_s) << int(ErrorKind::File);
    QTest::newRow("a folder") << QStringLiteral(NETRA_TEST_DATA "/import") << int(ErrorKind::File);
}

void TestXlsx::refusedFiles()
{
    QFETCH(QString, path);
    const auto source = RowSource::open(path);
    QVERIFY(!source);
    QTEST(int(source.error().kind), "kind");
    QVERIFY(!source.error().message.isEmpty());
}

void TestXlsx::rowSourceReadsCsvToo()
{
    auto source = RowSource::open(fixture(u"roster_semicolon_cp1252.csv"_s));
    QVERIFY(source);
    QList<int> rows;
    const auto all = readAll(**source, &rows);
    QCOMPARE(rows, QList<int>({1, 2, 3, 4, 5}));
    QCOMPARE(all.at(2).at(2).text, u"Siti Ma\u2019rufah"_s);
    QCOMPARE(all.at(3).at(0).type, Type::Text); // CSV has no number cells
    QCOMPARE(all.at(3).at(0).text, u"1,98703E+17"_s);
    QCOMPARE((*source)->progress(), 1.0);

    const auto sheetForCsv = RowSource::open(fixture(u"roster_bad.csv"_s), u"Pegawai"_s);
    QVERIFY(!sheetForCsv);
    QCOMPARE(sheetForCsv.error().kind, ErrorKind::Usage);
}

void TestXlsx::rejectsAsXlsxKeepTextValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ditolak.xlsx"_s);
    const QList<ImportReject> rejects = {
        {3, u"NIP"_s, u"198703152010121002"_s, u"alasan"_s},
        {7, u"Nama"_s, QString(), u"The name is empty."_s},
    };
    QVERIFY(ImportRejectWriter::write(path, rejects));
    XlsxReader reader;
    QVERIFY(reader.open(path));
    const auto all = readAll(reader);
    QCOMPARE(all.size(), 3);
    QCOMPARE(RowSource::texts(all.at(0)), ImportRejectWriter::columns());
    QCOMPARE(all.at(1).at(0).type, Type::Number);
    QCOMPARE(all.at(1).at(0).text, u"3"_s);
    QCOMPARE(all.at(1).at(2).type, Type::Text); // the NIP stays 18 digits
    QCOMPARE(all.at(1).at(2).text, u"198703152010121002"_s);
    QCOMPARE(all.at(2).at(3).text, u"The name is empty."_s);
}

void TestXlsx::rejectsAsCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ditolak.csv"_s);
    QVERIFY(ImportRejectWriter::write(path, {{4, u"NIP"_s, u"1,99E+17"_s, u"digits lost"_s}}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("row,column,value,reason\n4,NIP,\"1,99E+17\",digits lost\n"));
    QVERIFY(!ImportRejectWriter::write(dir.filePath(u"no/such/folder/x.csv"_s), {}));
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "TestXlsx.moc"
