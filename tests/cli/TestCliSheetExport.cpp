// SPDX-License-Identifier: GPL-3.0-or-later
// `netra-cli export attendance|pledges|cases` and `report compliance --format xlsx`: the
// columns as CSV, the sheet read back from XLSX in the same process, an unknown period
// refused (exit 2) and an unwritable output (exit 3) leaving no file behind.
#include "../io/SheetTestSupport.h"
#include "CliTestSupport.h"

#include "io/AttendanceExporter.h"
#include "io/CaseExporter.h"
#include "io/ComplianceWorkbook.h"
#include "io/PledgeExporter.h"
#include "io/XlsxReader.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;

namespace {

using namespace smallPemda;

QList<QStringList> readCsv(const QString& path)
{
    return parseCsv(QString::fromUtf8(fileBytes(path)));
}

} // namespace

class TestCliSheetExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void attendance();
    void pledges();
    void cases();
    void unknownPeriod_data();
    void unknownPeriod();
    void unwritableOutput_data();
    void unwritableOutput();
    void complianceWorkbook();
    void complianceCsvSheets();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliSheetExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(u"netra.sqlite"_s);
    QList<QStringList> steps = smallPemda::steps();
    steps << QStringList{u"case"_s, u"add"_s, u"--nip"_s, Siti, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s,
                         u"media_sosial"_s, u"--date"_s, u"2024-01-10"_s, u"--source"_s, u"media"_s};
    for (const QStringList& args : steps) {
        const CliRun r = run(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u" -> "_s + r.describe()));
    }
}

void TestCliSheetExport::attendance()
{
    const QString csv = m_dir.filePath(u"hadir.csv"_s);
    const CliRun r = run({u"export"_s, u"attendance"_s, u"--out"_s, csv, u"--period"_s, u"Pemilu 2024"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(u"3 attendance record(s) written to "_s), qPrintable(r.out));
    const QList<QStringList> records = readCsv(csv);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), (QStringList{u"Sosialisasi"_s, u"Tanggal"_s, u"NIP"_s, u"Nama"_s, u"Kode Unit"_s, u"Status"_s,
                                         u"Waktu"_s, u"Cara"_s}));
    QCOMPARE(records.at(0), AttendanceExporter::columns());
    QCOMPARE(records.at(1).mid(0, 6), (QStringList{u"Sosialisasi"_s, u"2023-12-15"_s, Budi, u"Budi Santoso"_s,
                                                    u"1.01.01"_s, u"Hadir"_s}));
    QVERIFY2(QRegularExpression(u"^\\d\\d\\.\\d\\d$"_s).match(records.at(1).at(6)).hasMatch(), qPrintable(records.at(1).at(6)));
    QCOMPARE(records.at(3).at(5), u"Izin"_s);

    const QString xlsx = m_dir.filePath(u"hadir.xlsx"_s);
    QCOMPARE(run({u"export"_s, u"attendance"_s, u"--out"_s, xlsx, u"--mask-nip"_s}).code, 0);
    QStringList sheets;
    const auto rows = readSheet(xlsx, {}, &sheets);
    QCOMPARE(sheets, QStringList{u"Kehadiran"_s});
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).at(1).type, Type::Date);
    QCOMPARE(rows.at(1).at(1).date, QDate(2023, 12, 15));
    QCOMPARE(rows.at(1).at(2).type, Type::Text);
    QCOMPARE(rows.at(1).at(2).text, u"**************1002"_s);
}

void TestCliSheetExport::pledges()
{
    const QString csv = m_dir.filePath(u"ikrar.csv"_s);
    const CliRun r = run({u"export"_s, u"pledges"_s, u"--out"_s, csv});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QStringList> records = readCsv(csv);
    QCOMPARE(records.size(), 5); // Budi ikrar and pakta, Siti, Eko
    QCOMPARE(records.at(0), (QStringList{u"Periode"_s, u"Jenis"_s, u"NIP"_s, u"Nama"_s, u"Kode Unit"_s,
                                         u"Tanggal Tanda Tangan"_s, u"Tempat"_s, u"SHA-256 Bukti"_s}));
    QCOMPARE(records.at(0), PledgeExporter::columns());
    QStringList kinds;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(0), u"Pemilu 2024"_s);
        kinds << records.at(i).at(1);
    }
    QCOMPARE(kinds.count(u"Ikrar Netralitas"_s), 3);
    QCOMPARE(kinds.filter(u"Pakta"_s).size(), 1);

    const QString xlsx = m_dir.filePath(u"ikrar.xlsx"_s);
    QCOMPARE(run({u"export"_s, u"pledges"_s, u"--out"_s, xlsx, u"--period"_s, u"Pemilu 2024"_s}).code, 0);
    QStringList sheets;
    const auto rows = readSheet(xlsx, {}, &sheets);
    QCOMPARE(sheets, QStringList{u"Ikrar dan Pakta"_s});
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(1).at(2).type, Type::Text);
    QCOMPARE(rows.at(1).at(2).text.size(), 18);
    QCOMPARE(rows.at(1).at(5).type, Type::Date);
}

void TestCliSheetExport::cases()
{
    const QString csv = m_dir.filePath(u"kasus.csv"_s);
    const CliRun r = run({u"export"_s, u"cases"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QStringList> records = readCsv(csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), (QStringList{u"Id"_s, u"NIP"_s, u"Nama"_s, u"Kode Unit"_s, u"Periode"_s, u"Jenis Pelanggaran"_s,
                                         u"Tanggal Kejadian"_s, u"Sumber"_s, u"Status"_s, u"Tanggal Status"_s,
                                         u"Terlambat"_s}));
    QCOMPARE(records.at(0), CaseExporter::columns());
    const QStringList& siti = records.at(1);
    QCOMPARE(siti.at(1), Siti);
    QCOMPARE(siti.at(3), u"1.01.01"_s);
    QCOMPARE(siti.at(4), u"Pemilu 2024"_s);
    QVERIFY(!siti.at(5).isEmpty() && siti.at(5) != u"media_sosial"_s);
    QCOMPARE(siti.at(6), u"2024-01-10"_s);
    QCOMPARE(siti.at(8), u"Dilaporkan"_s);
    QCOMPARE(siti.at(10), u"Tidak"_s);

    const QString xlsx = m_dir.filePath(u"kasus.xlsx"_s);
    QCOMPARE(run({u"export"_s, u"cases"_s, u"--out"_s, xlsx}).code, 0);
    QStringList sheets;
    const auto rows = readSheet(xlsx, {}, &sheets);
    QCOMPARE(sheets, QStringList{u"Kasus"_s});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(0).type, Type::Number);
    QCOMPARE(rows.at(1).at(1).text, Siti);
    QCOMPARE(rows.at(1).at(6).date, QDate(2024, 1, 10));
}

void TestCliSheetExport::unknownPeriod_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("attendance") << u"attendance"_s;
    QTest::newRow("pledges") << u"pledges"_s;
    QTest::newRow("cases") << u"cases"_s;
}

void TestCliSheetExport::unknownPeriod()
{
    QFETCH(QString, verb);
    QTemporaryDir dir;
    const CliRun r = run({u"export"_s, verb, u"--out"_s, dir.filePath(u"out.xlsx"_s), u"--period"_s, u"Pemilu 2029"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestCliSheetExport::unwritableOutput_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("relative");
    for (const QString& verb : {u"attendance"_s, u"pledges"_s, u"cases"_s}) {
        QTest::addRow("%s, xlsx in a missing folder", qPrintable(verb)) << verb << u"missing/out.xlsx"_s;
        QTest::addRow("%s, csv onto a folder", qPrintable(verb)) << verb << u"folder.csv"_s;
    }
}

void TestCliSheetExport::unwritableOutput()
{
    QFETCH(QString, verb);
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
    const QStringList before = folderEntries(dir.path());
    const CliRun r = run({u"export"_s, verb, u"--out"_s, dir.filePath(relative)});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QCOMPARE(folderEntries(dir.path()), before);
    QVERIFY(folderEntries(dir.filePath(u"folder.csv"_s)).isEmpty());
}

void TestCliSheetExport::complianceWorkbook()
{
    const QStringList report{u"report"_s, u"compliance"_s, u"--period"_s, u"Pemilu 2024"_s};
    const QString xlsx = m_dir.filePath(u"rekap.xlsx"_s);
    const CliRun r = run(report + QStringList{u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx, u"--mask-nip"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QStringList sheets;
    const auto rows = readSheet(xlsx, {}, &sheets);
    QCOMPARE(sheets, ComplianceWorkbook::sheetNames());
    QCOMPARE(rows.size(), 4); // header, two units, JUMLAH
    QCOMPARE(rows.at(3).at(0).text, u"JUMLAH"_s);
    QCOMPARE(rows.at(3).at(2).number, 3.0);

    // Without --out, or with an unknown period: refused, nothing written.
    QTemporaryDir dir;
    QCOMPARE(run(report + QStringList{u"--format"_s, u"xlsx"_s}).code, 2);
    const CliRun unknown = run({u"report"_s, u"compliance"_s, u"--period"_s, u"Pemilu 2029"_s, u"--format"_s, u"xlsx"_s,
                                u"--out"_s, dir.filePath(u"x.xlsx"_s)});
    QCOMPARE(unknown.code, 2);
    const CliRun unwritable = run(report + QStringList{u"--format"_s, u"xlsx"_s, u"--out"_s, dir.filePath(u"no/x.xlsx"_s)});
    QCOMPARE(unwritable.code, 3);
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestCliSheetExport::complianceCsvSheets()
{
    const QStringList report{u"report"_s, u"compliance"_s, u"--period"_s, u"Pemilu 2024"_s, u"--format"_s, u"csv"_s};
    QTemporaryDir dir;
    // Plain csv with --out stays the one table of before.
    QCOMPARE(run(report + QStringList{u"--out"_s, dir.filePath(u"satu.csv"_s)}).code, 0);
    QCOMPARE(folderEntries(dir.path()), QStringList{u"satu.csv"_s});
    QCOMPARE(readCsv(dir.filePath(u"satu.csv"_s)).at(0).at(0), u"unit_code"_s);

    const CliRun r = run(report + QStringList{u"--all-sheets"_s, u"--out"_s, dir.filePath(u"rekap.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(folderEntries(dir.path()), (QStringList{u"rekap-belum-hadir.csv"_s, u"rekap-belum-ikrar.csv"_s,
                                                     u"rekap-kasus.csv"_s, u"rekap.csv"_s, u"satu.csv"_s}));
    QCOMPARE(readCsv(dir.filePath(u"rekap.csv"_s)).at(0), ComplianceWorkbook::summaryColumns());
    QCOMPARE(readCsv(dir.filePath(u"rekap-belum-ikrar.csv"_s)).size(), 2); // Eko signed after voting day
    QCOMPARE(readCsv(dir.filePath(u"rekap-belum-ikrar.csv"_s)).at(1).at(2), Eko);
    QCOMPARE(readCsv(dir.filePath(u"rekap-kasus.csv"_s)).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliSheetExport)
#include "TestCliSheetExport.moc"
