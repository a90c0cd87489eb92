// SPDX-License-Identifier: GPL-3.0-or-later
// `netra-cli staff import`: every bad input of issue 6 from a fixture file, the summary line
// scripts read, re-import without change, moves with history, and a 20,000-row roster.
#include "CliTestSupport.h"
#include "../io/DemoRosterRows.h"

#include "core/DemoKabupaten.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QElapsedTimer>
#include <QXmlStreamWriter>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NETRA_TEST_DATA "/import/") + name;
}

QStringList errLines(const CliRun& r)
{
    return r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A plain workbook of text cells (inline strings), the way other producers write one;
// libxlsxwriter cannot run in a process that has loaded QuaZip (see TextSheetWriter).
bool writeXlsx(const QString& path, const QList<QStringList>& rows)
{
    QByteArray sheet;
    {
        QXmlStreamWriter xml(&sheet);
        xml.writeStartDocument();
        xml.writeStartElement(u"worksheet"_s);
        xml.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
        xml.writeStartElement(u"sheetData"_s);
        for (const QStringList& row : rows) {
            xml.writeStartElement(u"row"_s);
            for (const QString& text : row) {
                xml.writeStartElement(u"c"_s);
                xml.writeAttribute(u"t"_s, u"inlineStr"_s);
                xml.writeStartElement(u"is"_s);
                xml.writeTextElement(u"t"_s, text);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndDocument();
    }
    const QList<std::pair<QString, QByteArray>> parts = {
        {u"_rels/.rels"_s, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {u"xl/workbook.xml"_s, "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                               "<sheets><sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {u"xl/worksheets/sheet1.xml"_s, sheet},
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, bytes] : parts) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || entry.write(bytes) != bytes.size())
            return false;
        entry.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

class TestCliStaffImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void badRowsListedValidRowsImported();
    void reimportChangesNothing();
    void xlsxRosterByName();
    void semicolonWindows1252();
    void refusedFilesWriteNothing_data();
    void refusedFilesWriteNothing();
    void dryRunWritesNothing();
    void rejectsFiles();
    void movesKeepHistory();
    void createUnits();
    void deactivateMissing();
    void mappingOverriddenAndRemembered();
    void roster20000();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }
    CliRun import(const QStringList& args) const { return run(QStringList{u"staff"_s, u"import"_s} + args); }
    QList<QStringList> staffRows() const
    {
        return parseCsv(run({u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s}).out);
    }
    QStringList staffRow(const QString& nip) const
    {
        for (const QStringList& row : staffRows())
            if (row.value(0) == nip)
                return row;
        return {};
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliStaffImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliStaffImport::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s
                          + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                          + u".sqlite"_s);
    QCOMPARE(run({u"init"_s}).code, 0);
    QCOMPARE(run({u"unit"_s, u"import"_s, QStringLiteral(NETRA_TEST_DATA "/cli/units.csv")}).code, 0);
}

void TestCliStaffImport::badRowsListedValidRowsImported()
{
    const CliRun r = import({fixture(u"roster_bad.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"added 3, updated 0, unchanged 0, rejected 10\n"_s);

    const QStringList lines = errLines(r);
    const QStringList expected = {
        u"row 4, NIP \"1.99E+17\": "_s + u"The NIP lost its last digits"_s,
        u"row 5, NIP \"1,99E+17\": The NIP lost its last digits"_s,
        u"row 6, NIP \"19870315201012100\": NIP must have 18 digits"_s,
        u"row 7, NIP \"199702292022032004\": NIP digits 1-8 are not a real birth date"_s,
        u"row 8, NIP \"198703152010131002\": NIP digits 13-14 must be a month"_s,
        u"row 9, Jenis Kelamin \"P\": NIP sex digit says male but the sex column says P"_s,
        u"row 10, NIP \"19870315 201012 1 002\": The same NIP is on row 2"_s,
        u"row 11, Nama Lengkap \"\": The name is empty."_s,
        u"row 12, Unit Kerja \"Dinas Perhubungan\": Unknown work unit"_s,
        u"row 13, NIP \"198703152010121000\": The NIP lost its last digits"_s,
    };
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expected.at(i)), qPrintable(lines.at(i)));
    QVERIFY(lines.first().contains(u"Text"_s)); // tells the clerk what to do

    const QList<QStringList> rows = staffRows();
    QCOMPARE(rows.at(0), QStringList({u"nip"_s, u"name"_s, u"unit_code"_s, u"kind"_s, u"sex"_s, u"birth_date"_s,
                                      u"grade"_s, u"position"_s, u"active"_s}));
    QCOMPARE(rows.size(), 4);
    // Spaces and dots normalised; name as written; unit matched ignoring case and spaces.
    QCOMPARE(staffRow(u"198703152010121002"_s), QStringList({u"198703152010121002"_s, u"Agus Mulyadi"_s, u"1.02.01"_s,
                                                              u"PNS"_s, u"L"_s, u"1987-03-15"_s, u"III/b"_s,
                                                              u"Kepala Seksi"_s, u"1"_s}));
    QCOMPARE(staffRow(u"199001012015032003"_s).value(1), u"Siti Rahmawati, S.Pd"_s);
    QCOMPARE(staffRow(u"199105052015031002"_s).value(2), u"7.01.01"_s);
}

void TestCliStaffImport::reimportChangesNothing()
{
    QCOMPARE(import({fixture(u"roster_bad.csv"_s)}).code, 0);
    QCOMPARE(import({u"--sheet"_s, u"Pegawai"_s, fixture(u"roster.xlsx"_s)}).code, 0);
    const Snapshot before = snapshot(m_db);
    const CliRun csv = import({fixture(u"roster_bad.csv"_s)});
    QCOMPARE(csv.out, u"added 0, updated 1, unchanged 2, rejected 10\n"_s); // the XLSX gave Agus his titles
    const CliRun again = import({fixture(u"roster_bad.csv"_s)});
    QCOMPARE(again.out, u"added 0, updated 0, unchanged 3, rejected 10\n"_s);
    const Snapshot settled = snapshot(m_db);
    QVERIFY(settled.rows != before.rows);
    const CliRun third = import({fixture(u"roster_bad.csv"_s)});
    QCOMPARE(third.out, u"added 0, updated 0, unchanged 3, rejected 10\n"_s);
    QCOMPARE(snapshot(m_db).rows, settled.rows);
}

void TestCliStaffImport::xlsxRosterByName()
{
    const CliRun r = import({u"--sheet"_s, u"pegawai"_s, fixture(u"roster.xlsx"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"added 3, updated 0, unchanged 0, rejected 1\n"_s);
    // A number cell in the NIP column: Excel already dropped digits, whatever it shows.
    QVERIFY2(r.err.startsWith(u"row 3, NIP_Baru \"1.99001012015032e+17\": The NIP lost its last digits"_s), qPrintable(r.err));

    QCOMPARE(staffRow(u"198703152010121002"_s), QStringList({u"198703152010121002"_s, u"Drs. H. Agus Mulyadi, M.Si."_s,
                                                              u"1.02.01"_s, u"PNS"_s, u"L"_s, u"1987-03-15"_s, u"III/b"_s,
                                                              u"Kepala Seksi"_s, u"1"_s}));
    QCOMPARE(staffRow(u"198805122022212003"_s), QStringList({u"198805122022212003"_s, u"Rina Wulandari, S.Kep"_s,
                                                              u"1.02.01"_s, u"PPPK"_s, u"P"_s, u"1988-05-12"_s, u"IX"_s,
                                                              u"Perawat"_s, u"1"_s}));
    QCOMPARE(staffRow(u"199203202019031005"_s).value(1), u"dr. Bambang Sutrisno"_s); // leading ' dropped
    QCOMPARE(staffRow(u"199203202019031005"_s).value(6), u"III/c"_s);

    const CliRun again = import({u"--sheet"_s, u"Pegawai"_s, fixture(u"roster.xlsx"_s)});
    QCOMPARE(again.out, u"added 0, updated 0, unchanged 3, rejected 1\n"_s);

    // The first sheet holds notes, not a roster; an unknown sheet is named with the others.
    const Snapshot before = snapshot(m_db);
    const CliRun first = import({fixture(u"roster.xlsx"_s)});
    QCOMPARE(first.code, 2);
    QVERIFY2(first.oneErrorLine() && first.err.contains(u"no nip column"_s), qPrintable(first.describe()));
    const CliRun unknown = import({u"--sheet"_s, u"Rekap"_s, fixture(u"roster.xlsx"_s)});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(u"Keterangan, Pegawai"_s), qPrintable(unknown.describe()));
    QVERIFY(first.out.isEmpty() && unknown.out.isEmpty());
    QCOMPARE(snapshot(m_db), before);
}

void TestCliStaffImport::semicolonWindows1252()
{
    const CliRun r = import({fixture(u"roster_semicolon_cp1252.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"added 3, updated 0, unchanged 0, rejected 1\n"_s);
    QVERIFY2(r.err.startsWith(u"row 4, NIP \"1,98703E+17\": The NIP lost its last digits"_s), qPrintable(r.err));
    QCOMPARE(staffRow(u"199001012015032003"_s).value(1), u"Siti Ma\u2019rufah, S.Pd"_s);
    QCOMPARE(staffRow(u"198703152010121002"_s).value(1), u"Drs. H. Agus Mulyadi, M.Si."_s);
}

void TestCliStaffImport::refusedFilesWriteNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty CSV") << fixture(u"empty.csv"_s) << 2 << u"empty"_s;
    QTest::newRow("empty workbook") << fixture(u"empty.xlsx"_s) << 2 << u"empty"_s;
    QTest::newRow("PDF named .xlsx") << fixture(u"not_a_spreadsheet.xlsx"_s) << 2 << u"not a CSV file"_s;
    QTest::newRow("zip, not a workbook") << fixture(u"zip_not_workbook.xlsx"_s) << 2 << u"not an XLSX workbook"_s;
    QTest::newRow("no NIP column") << fixture(u"no_nip.csv"_s) << 2 << u"no nip column"_s;
    QTest::newRow("missing file") << fixture(u"no_such_roster.xlsx"_s) << 3 << u"Cannot read"_s;
    QTest::newRow("a folder") << QStringLiteral(NETRA_TEST_DATA "/import") << 3 << u"Cannot read"_s;
}

void TestCliStaffImport::refusedFilesWriteNothing()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, reason);
    const Snapshot before = snapshot(m_db);
    const CliRun r = import({file});
    QCOMPARE(r.code, code);
    QVERIFY2(r.oneErrorLine() && r.err.contains(reason), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(snapshot(m_db), before);
}

void TestCliStaffImport::dryRunWritesNothing()
{
    const Snapshot before = snapshot(m_db);
    const CliRun dry = import({u"--dry-run"_s, u"--create-units"_s, fixture(u"roster_bad.csv"_s)});
    QVERIFY2(dry.code == 0, qPrintable(dry.describe()));
    QCOMPARE(dry.out, u"added 4, updated 0, unchanged 0, rejected 9\n"_s);
    QCOMPARE(snapshot(m_db), before);
    QCOMPARE(import({fixture(u"roster_bad.csv"_s)}).out, u"added 3, updated 0, unchanged 0, rejected 10\n"_s);
}

void TestCliStaffImport::rejectsFiles()
{
    const QString csvPath = m_dir.filePath(u"ditolak.csv"_s);
    const QString xlsxPath = m_dir.filePath(u"ditolak.xlsx"_s);
    QCOMPARE(import({u"--dry-run"_s, u"--rejects"_s, csvPath, fixture(u"roster_bad.csv"_s)}).code, 0);
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(fileBytes(csvPath)));
    QCOMPARE(csv.size(), 1 + 10);
    QCOMPARE(csv.at(0), QStringList({u"row"_s, u"column"_s, u"value"_s, u"reason"_s}));
    QCOMPARE(csv.at(2).mid(0, 3), QStringList({u"5"_s, u"NIP"_s, u"1,99E+17"_s}));

    QCOMPARE(import({u"--rejects"_s, xlsxPath, u"--sheet"_s, u"Pegawai"_s, fixture(u"roster.xlsx"_s)}).code, 0);
    XlsxReader reader;
    QVERIFY(reader.open(xlsxPath));
    QList<SpreadsheetCell> cells;
    QVERIFY(reader.readRow(cells));
    QVERIFY(reader.readRow(cells));
    QCOMPARE(cells.at(0).text, u"3"_s);
    QCOMPARE(cells.at(1).text, u"NIP_Baru"_s);
    QCOMPARE(cells.at(2).type, SpreadsheetCell::Type::Text);
    QVERIFY(!reader.readRow(cells));

    const CliRun unwritable = import({u"--rejects"_s, m_dir.filePath(u"no/folder/x.csv"_s), fixture(u"roster_bad.csv"_s)});
    QCOMPARE(unwritable.code, 3);
}

void TestCliStaffImport::movesKeepHistory()
{
    QCOMPARE(import({u"--effective"_s, u"2026-01-02"_s, fixture(u"roster_bad.csv"_s)}).code, 0);
    const QString moved = m_dir.filePath(u"moved.csv"_s);
    QVERIFY(writeFile(moved, "NIP,Nama Lengkap,Unit Kerja,Jabatan,Golongan\n"
                             "198703152010121002,Agus Mulyadi,Kecamatan Sukamaju,Sekretaris Camat,III/b\n"
                             "199001012015032003,\"Siti Rahmawati, S.Pd\",Dinas Pendidikan dan Kebudayaan,Kepala Sekolah,III/a\n"
                             "199105052015031002,Ahmad Fauzi,Kecamatan Sukamaju,Sekretaris Camat,III/d\n"));
    // Dated before the current assignments began: rejected, never rewriting history.
    const CliRun early = import({u"--effective"_s, u"2025-12-31"_s, moved});
    QCOMPARE(early.out, u"added 0, updated 1, unchanged 1, rejected 1\n"_s);
    QVERIFY2(early.err.contains(u"before the current assignment began on 2026-01-02"_s), qPrintable(early.err));

    const CliRun r = import({u"--effective"_s, u"2026-11-01"_s, moved});
    QCOMPARE(r.out, u"added 0, updated 1, unchanged 2, rejected 0\n"_s);
    QCOMPARE(staffRow(u"198703152010121002"_s).value(2), u"7.01.01"_s);
    QCOMPARE(staffRow(u"199001012015032003"_s).value(7), u"Kepala Sekolah"_s);

    auto db = openDb(m_db);
    QVERIFY(db);
    const auto agus = StaffRepository(**db).findByNip(u"198703152010121002"_s);
    QVERIFY(agus);
    const auto history = StaffRepository(**db).assignments(agus->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).unitCode, u"1.02.01"_s);
    QCOMPARE(history->at(0).from, QDate(2026, 1, 2));
    QCOMPARE(history->at(0).to, QDate(2026, 10, 31));
    QCOMPARE(history->at(1).unitCode, u"7.01.01"_s);
    QCOMPARE(history->at(1).from, QDate(2026, 11, 1));
    QVERIFY(!history->at(1).to.isValid());
}

void TestCliStaffImport::createUnits()
{
    const CliRun r = import({u"--create-units"_s, fixture(u"roster_bad.csv"_s)});
    QCOMPARE(r.out, u"added 4, updated 0, unchanged 0, rejected 9\n"_s);
    QVERIFY2(r.err.contains(u"1 work unit(s) created"_s) || r.err.contains(u"1 work unit created"_s), qPrintable(r.err));
    const QList<QStringList> units = parseCsv(run({u"unit"_s, u"list"_s, u"--format"_s, u"csv"_s}).out);
    QCOMPARE(units.last().mid(0, 4), QStringList({u"IMP-0001"_s, u"Dinas Perhubungan"_s, QString(), u"lainnya"_s}));
    QCOMPARE(staffRow(u"198901012012121001"_s).value(2), u"IMP-0001"_s);
    QCOMPARE(import({u"--create-units"_s, fixture(u"roster_bad.csv"_s)}).out, u"added 0, updated 0, unchanged 4, rejected 9\n"_s);
}

void TestCliStaffImport::deactivateMissing()
{
    QCOMPARE(import({fixture(u"roster_bad.csv"_s)}).code, 0);
    const QString one = m_dir.filePath(u"one.csv"_s);
    QVERIFY(writeFile(one, "NIP,Nama Lengkap,Unit Kerja,Jabatan,Golongan\n"
                           "198703152010121002,Agus Mulyadi,Dinas Kesehatan,Kepala Seksi,III/b\n"));
    // Without the option nobody is touched.
    QCOMPARE(import({one}).out, u"added 0, updated 0, unchanged 1, rejected 0\n"_s);
    const CliRun r = import({u"--deactivate-missing"_s, u"--effective"_s, u"2026-11-20"_s, one});
    QCOMPARE(r.out, u"added 0, updated 2, unchanged 1, rejected 0\n"_s);
    QCOMPARE(staffRow(u"198703152010121002"_s).value(8), u"1"_s);
    QCOMPARE(staffRow(u"199001012015032003"_s).value(8), u"0"_s);
    QCOMPARE(staffRow(u"199105052015031002"_s).value(8), u"0"_s);
    QCOMPARE(import({u"--deactivate-missing"_s, one}).out, u"added 0, updated 0, unchanged 1, rejected 0\n"_s);
    // Back in the file: active again.
    QCOMPARE(import({fixture(u"roster_bad.csv"_s)}).out, u"added 0, updated 2, unchanged 1, rejected 10\n"_s);
    QCOMPARE(staffRow(u"199001012015032003"_s).value(8), u"1"_s);
}

void TestCliStaffImport::mappingOverriddenAndRemembered()
{
    const QString file = m_dir.filePath(u"odd_headers.csv"_s);
    QVERIFY(writeFile(file, "Nomor Pegawai,Nama,Tempat Tugas,Keterangan\n"
                            "198703152010121002,Agus Mulyadi,Dinas Kesehatan,Kepala Seksi\n"));
    QCOMPARE(import({file}).code, 2);
    QCOMPARE(import({u"--map"_s, u"Nomor Pegawai=nip"_s, file}).code, 2); // still no unit column
    QCOMPARE(import({u"--map"_s, u"nomor_pegawai=nip"_s, u"--map"_s, u"Tempat Tugas=unit"_s, u"--dry-run"_s, file}).out,
             u"added 1, updated 0, unchanged 0, rejected 0\n"_s);
    QCOMPARE(import({file}).code, 2); // a dry run remembers nothing
    const CliRun r = import({u"--map"_s, u"Nomor Pegawai=nip"_s, u"--map"_s, u"Tempat Tugas=unit"_s,
                             u"--map"_s, u"Keterangan=position"_s, file});
    QCOMPARE(r.out, u"added 1, updated 0, unchanged 0, rejected 0\n"_s);
    QCOMPARE(staffRow(u"198703152010121002"_s).value(7), u"Kepala Seksi"_s);
    // Remembered: the next import needs no --map.
    QCOMPARE(import({file}).out, u"added 0, updated 0, unchanged 1, rejected 0\n"_s);
    const CliRun bad = import({u"--map"_s, u"Keterangan=jabatan"_s, file});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.oneErrorLine());
}

void TestCliStaffImport::roster20000()
{
    // The demo kabupaten's people as the HR office would export them, as CSV and as XLSX
    // (written with the same writer as the reject lists: inline strings, NIP as text).
    constexpr int count = 20000;
    // The demo's units share names with units.csv's: start from an empty database.
    m_db = m_dir.filePath(u"roster20000-own.sqlite"_s);
    QCOMPARE(run({u"init"_s}).code, 0);
    {
        auto db = openDb(m_db);
        QVERIFY(db);
        WorkUnitRepository units(**db);
        for (const WorkUnit& unit : DemoKabupaten::units()) {
            WorkUnit u = unit;
            u.parentCode.clear();
            QVERIFY(units.add(u));
        }
    }
    const QString csvPath = m_dir.filePath(u"roster20k.csv"_s);
    const QString xlsxPath = m_dir.filePath(u"roster20k.xlsx"_s);
    {
        const QList<QStringList> rows = demoRosterRows(20261123, count);
        QCOMPARE(rows.size(), count + 1);
        QVERIFY(writeXlsx(xlsxPath, rows));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter csv(&file, QLatin1Char(';'));
        for (const QStringList& row : std::as_const(rows))
            csv.writeRow(row);
        QVERIFY(csv.finish());
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun first = import({xlsxPath});
    const qint64 firstMs = timer.restart();
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QVERIFY2(first.err.isEmpty(), qPrintable(first.err.left(400)));
    QCOMPARE(first.out, u"added 20000, updated 0, unchanged 0, rejected 0\n"_s);
    const CliRun again = import({xlsxPath});
    const qint64 againMs = timer.restart();
    QCOMPARE(again.out, u"added 0, updated 0, unchanged 20000, rejected 0\n"_s);
    const CliRun csvAgain = import({csvPath});
    const qint64 csvMs = timer.elapsed();
    QCOMPARE(csvAgain.out, u"added 0, updated 0, unchanged 20000, rejected 0\n"_s);
    qInfo("20,000-row XLSX: import %lld ms, re-import %lld ms; same rows as CSV re-import %lld ms (informative)",
          firstMs, againMs, csvMs);
}

QTEST_GUILESS_MAIN(TestCliStaffImport)
#include "TestCliStaffImport.moc"
