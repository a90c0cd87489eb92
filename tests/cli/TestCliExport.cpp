// SPDX-License-Identifier: GPL-3.0-or-later
// `netra-cli export staff`: the same columns as CSV and as an XLSX workbook read back in the
// same process, a unit filter, and refused input or output leaving no file behind.
#include "CliTestSupport.h"

#include "io/StaffExporter.h"
#include "io/XlsxReader.h"

#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;

namespace {

// With --personal; without it the sex and birth date columns are left out (DOMAIN.md §12).
const QStringList Columns = {u"NIP"_s,           u"Nama"_s,          u"Unit Kerja"_s, u"Nama Unit"_s, u"Jenis Pegawai"_s,
                             u"Jenis Kelamin"_s, u"Tanggal Lahir"_s, u"Golongan"_s,   u"Jabatan"_s,   u"Aktif"_s};
const QStringList MinimalColumns = {u"NIP"_s,           u"Nama"_s,     u"Unit Kerja"_s, u"Nama Unit"_s,
                                    u"Jenis Pegawai"_s, u"Golongan"_s, u"Jabatan"_s,    u"Aktif"_s};

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void csvColumns();
    void xlsxReadBack();
    void unitFilter();
    void personalDataIsOptInAndNipsCanBeMasked();
    void demoRoster();
    void badInput_data();
    void badInput();
    void unwritableOutput_data();
    void unwritableOutput();

private:
    CliRun run(const QStringList& arguments) { return runCli(m_db, QStringList{u"export"_s, u"staff"_s} + arguments); }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(u"netra.sqlite"_s);
    const QList<QStringList> setup = {
        {u"init"_s},
        {u"unit"_s, u"add"_s, u"--code"_s, u"1.02.01"_s, u"--name"_s, u"Dinas Kesehatan"_s, u"--kind"_s, u"dinas"_s},
        {u"unit"_s, u"add"_s, u"--code"_s, u"7.01.01"_s, u"--name"_s, u"Badan Kesatuan Bangsa dan Politik"_s, u"--kind"_s,
         u"badan"_s},
        {u"staff"_s, u"add"_s, u"--nip"_s, u"19870315 201012 1 002"_s, u"--name"_s, u"Budi Santoso, S.Sos."_s, u"--unit"_s,
         u"1.02.01"_s, u"--kind"_s, u"PNS"_s, u"--grade"_s, u"III/c"_s, u"--position"_s, u"Analis Kebijakan"_s},
        {u"staff"_s, u"add"_s, u"--nip"_s, u"199001012015032001"_s, u"--name"_s, u"Siti Rahma"_s, u"--unit"_s, u"7.01.01"_s,
         u"--kind"_s, u"PNS"_s},
        {u"staff"_s, u"add"_s, u"--name"_s, u"Wati"_s, u"--unit"_s, u"7.01.01"_s, u"--kind"_s, u"NON_ASN"_s},
    };
    for (const QStringList& arguments : setup) {
        const CliRun r = runCli(m_db, arguments);
        QVERIFY2(r.code == 0, qPrintable(arguments.join(u' ') + u": "_s + r.describe()));
    }
}

void TestCliExport::csvColumns()
{
    const QString path = m_dir.filePath(u"pegawai.csv"_s);
    const CliRun r = run({u"--format"_s, u"csv"_s, u"--personal"_s, u"--out"_s, path});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(u"3 staff written to "_s), qPrintable(r.out));
    StaffExporter::Options personal;
    personal.personalData = true;
    QCOMPARE(StaffExporter::columns(personal), Columns);
    QCOMPARE(StaffExporter::columns({}), MinimalColumns);

    const QList<QStringList> records = parseCsv(QString::fromUtf8(fileBytes(path)));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), Columns);
    // Ordered by unit code, then name.
    QCOMPARE(records.at(1), QStringList({u"198703152010121002"_s, u"Budi Santoso, S.Sos."_s, u"1.02.01"_s, u"Dinas Kesehatan"_s,
                                         u"PNS"_s, u"L"_s, u"1987-03-15"_s, u"III/c"_s, u"Analis Kebijakan"_s, u"Ya"_s}));
    QCOMPARE(records.at(2).at(0), u"199001012015032001"_s);
    QCOMPARE(records.at(2).at(3), u"Badan Kesatuan Bangsa dan Politik"_s);
    QCOMPARE(records.at(2).at(5), u"P"_s);
    QCOMPARE(records.at(3).at(0), u"NA-000001"_s);
    QCOMPARE(records.at(3).at(4), u"NON_ASN"_s);
    QCOMPARE(records.at(3).at(6), QString());
}

void TestCliExport::xlsxReadBack()
{
    // The format follows the file name when --format is not given.
    const QString path = m_dir.filePath(u"pegawai.xlsx"_s);
    const CliRun r = run({u"--out"_s, path, u"--personal"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));

    QStringList sheets;
    const auto rows = readSheet(path, {}, &sheets);
    QCOMPARE(sheets, QStringList({u"Pegawai"_s}));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(RowSource::texts(rows.at(0)), Columns);
    const auto& budi = rows.at(1);
    QCOMPARE(budi.at(0).type, Type::Text);
    QCOMPARE(budi.at(0).text, u"198703152010121002"_s);
    QCOMPARE(budi.at(1).text, u"Budi Santoso, S.Sos."_s);
    QCOMPARE(budi.at(3).text, u"Dinas Kesehatan"_s);
    QCOMPARE(budi.at(6).type, Type::Date);
    QCOMPARE(budi.at(6).date, QDate(1987, 3, 15));
    QCOMPARE(budi.at(9).text, u"Ya"_s);
    QCOMPARE(rows.at(3).at(0).text, u"NA-000001"_s);
    QCOMPARE(rows.at(3).at(6).type, Type::Empty);

    // A second export replaces the file.
    const CliRun again = run({u"--out"_s, path, u"--unit"_s, u"1.02.01"_s});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QCOMPARE(readSheet(path).size(), 2);
}

void TestCliExport::personalDataIsOptInAndNipsCanBeMasked()
{
    const QString path = m_dir.filePath(u"minimal.csv"_s);
    QCOMPARE(run({u"--out"_s, path}).code, 0);
    QList<QStringList> records = parseCsv(QString::fromUtf8(fileBytes(path)));
    QCOMPARE(records.at(0), MinimalColumns);
    QCOMPARE(records.at(1).at(0), u"198703152010121002"_s);
    QCOMPARE(records.at(1).at(4), u"PNS"_s);
    QCOMPARE(run({u"--out"_s, path, u"--mask-nip"_s}).code, 0);
    records = parseCsv(QString::fromUtf8(fileBytes(path)));
    QCOMPARE(records.at(1).at(0), u"**************1002"_s);
    QCOMPARE(records.at(3).at(0), u"NA-000001"_s); // an internal id reveals nothing: kept
    const QString xlsx = m_dir.filePath(u"masked.xlsx"_s);
    QCOMPARE(run({u"--out"_s, xlsx, u"--mask-nip"_s}).code, 0);
    QCOMPARE(readSheet(xlsx).at(1).at(0).text, u"**************1002"_s);
}

void TestCliExport::unitFilter()
{
    const QString path = m_dir.filePath(u"kesbangpol.csv"_s);
    const CliRun r = run({u"--out"_s, path, u"--unit"_s, u"7.01.01"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(fileBytes(path)));
    QCOMPARE(records.size(), 3);
    for (qsizetype i = 1; i < records.size(); ++i)
        QCOMPARE(records.at(i).at(2), u"7.01.01"_s);
}

void TestCliExport::demoRoster()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.sqlite"_s);
    const CliRun demo = runCli(db, {u"demo"_s, u"--staff"_s, u"2500"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(demo.code == 0, qPrintable(demo.describe()));
    const QString path = dir.filePath(u"semua.xlsx"_s);
    const CliRun r = runCli(db, {u"export"_s, u"staff"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, path});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const auto rows = readSheet(path);
    QCOMPARE(rows.size(), 2501);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const SpreadsheetCell& nip = rows.at(i).at(0);
        QCOMPARE(nip.type, Type::Text);
        QVERIFY2(nip.text.size() == 18 || nip.text.startsWith(u"NA-"_s), qPrintable(nip.text));
    }

    // Cancelled from the progress callback (as the desktop's dialog will): nothing is left.
    auto opened = openDb(db);
    QVERIFY(opened);
    const QStringList before = folderEntries(dir.path());
    for (const auto format : {StaffExporter::Format::Xlsx, StaffExporter::Format::Csv}) {
        QList<qint64> told;
        StaffExporter::Options options;
        options.progress = [&](qint64 written) {
            told << written;
            return written < 2000;
        };
        const auto cancelled = StaffExporter(**opened).write(dir.filePath(u"batal.xlsx"_s), format, options);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(told, QList<qint64>({1000, 2000}));
        QCOMPARE(folderEntries(dir.path()), before);
    }
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withOut");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown unit") << QStringList{u"--unit"_s, u"9.99.99"_s} << true << 2;
    QTest::newRow("no --out") << QStringList{u"--format"_s, u"xlsx"_s} << false << 2;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"ods"_s} << true << 1;
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withOut);
    QTemporaryDir dir;
    if (withOut)
        arguments << u"--out"_s << dir.filePath(u"out.xlsx"_s);
    const CliRun r = run(arguments);
    QTEST(r.code, "code");
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestCliExport::unwritableOutput_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("xlsx, missing folder") << u"missing/out.xlsx"_s;
    QTest::newRow("csv, missing folder") << u"missing/out.csv"_s;
    QTest::newRow("xlsx, a folder") << u"folder.xlsx"_s;
    QTest::newRow("csv, a folder") << u"folder.csv"_s;
}

void TestCliExport::unwritableOutput()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.xlsx"_s));
    QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
    const QStringList before = folderEntries(dir.path());
    const CliRun r = run({u"--out"_s, dir.filePath(relative)});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QCOMPARE(folderEntries(dir.path()), before);
    QVERIFY(folderEntries(dir.filePath(u"folder.xlsx"_s)).isEmpty());
    QVERIFY(folderEntries(dir.filePath(u"folder.csv"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
