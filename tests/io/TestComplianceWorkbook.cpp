// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance workbook on the hand-made Pemda of tests/store/TestCompliance.cpp, read back
// with Netra's own XlsxReader: the sheets in order, Ringkasan equal to the repository's
// figures with a JUMLAH row, the lists behind the figures as long as the figures say, NIPs
// kept as text or masked, and the CSV set written all or nothing.
#include "../store/CompliancePemda.h"
#include "SheetTestSupport.h"

#include "core/CaseStatus.h"
#include "io/ComplianceWorkbook.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "store/AttendanceRepository.h"
#include "store/CaseRepository.h"
#include "store/ComplianceRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;

namespace {

using namespace netra::test::pemda;

using Sheet = SheetRows;

// A count as the reader gives it back: a number cell.
bool isCount(const SpreadsheetCell& cell, int expected)
{
    return cell.type == Type::Number && qFuzzyCompare(cell.number + 1, double(expected) + 1);
}

// A percent cell holds the fraction (95.4 % as 0.954).
bool isPercent(const SpreadsheetCell& cell, double percent)
{
    return cell.type == Type::Number && qAbs(cell.number * 100 - percent) < 1e-9;
}

} // namespace

class TestComplianceWorkbook : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void sheetsInOrder();
    void ringkasanEqualsTheFigures();
    void listsAgreeWithTheSums();
    void nipsAreTextOrMasked();
    void csvOneFilePerSheet();
    void csvAllOrNothing();
    void libreOfficeOpensIt();

private:
    QString writeXlsx(const QString& name, bool maskNip = false)
    {
        const QString path = m_dir.filePath(name);
        ComplianceWorkbook::Options options;
        options.maskNip = maskNip;
        const auto written = ComplianceWorkbook(*m_db).write(path, SheetOutput::Format::Xlsx, m_period, options);
        return written ? path : QString();
    }
    QList<UnitCompliance> figures() const
    {
        const auto units = ComplianceRepository(*m_db).figures(m_period, m_period.votingDay, 1);
        return units ? *units : QList<UnitCompliance>{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

void TestComplianceWorkbook::initTestCase()
{
    auto db = openDb(m_dir.filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    const auto period = pemda::build(*m_db);
    QVERIFY(period);
    m_period = *period;
}

void TestComplianceWorkbook::sheetsInOrder()
{
    const QString path = writeXlsx(u"rekap.xlsx"_s);
    QVERIFY(!path.isEmpty());
    QStringList names;
    const Sheet summary = readSheet(path, {}, &names);
    QCOMPARE(names, (QStringList{u"Ringkasan"_s, u"Belum Ikrar"_s, u"Belum Hadir"_s, u"Kasus"_s}));
    QCOMPARE(names, ComplianceWorkbook::sheetNames());
    QCOMPARE(RowSource::texts(summary.at(0)), ComplianceWorkbook::summaryColumns());
    QCOMPARE(RowSource::texts(readSheet(path, u"Belum Ikrar"_s).at(0)), ComplianceWorkbook::peopleColumns());
    QCOMPARE(RowSource::texts(readSheet(path, u"Belum Hadir"_s).at(0)), ComplianceWorkbook::peopleColumns());
    QCOMPARE(RowSource::texts(readSheet(path, u"Kasus"_s).at(0)), ComplianceWorkbook::caseColumns());
}

void TestComplianceWorkbook::ringkasanEqualsTheFigures()
{
    const QString path = writeXlsx(u"ringkasan.xlsx"_s);
    const Sheet rows = readSheet(path, u"Ringkasan"_s);
    const QList<UnitCompliance> units = figures();
    QCOMPARE(units.size(), 4);
    QCOMPARE(rows.size(), units.size() + 2); // header, units, JUMLAH
    const auto thresholds = ComplianceRepository(*m_db).thresholds(m_period.id);
    QVERIFY(thresholds);
    UnitCompliance sum;
    int headsSigned = 0;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const UnitCompliance& u = units.at(i);
        const auto& row = rows.at(i + 1);
        QCOMPARE(row.at(0).text, u.unitCode);
        QCOMPARE(row.at(1).text, u.unitName);
        QVERIFY(isCount(row.at(2), u.activeStaff));
        QVERIFY(isCount(row.at(3), u.ikrarSigned));
        QVERIFY2(isPercent(row.at(4), ComplianceRule::percent(u.ikrarSigned, u.activeStaff)), qPrintable(row.at(4).text));
        QVERIFY(isCount(row.at(5), u.attendedStaff));
        QVERIFY(isPercent(row.at(6), ComplianceRule::percent(u.attendedStaff, u.activeStaff)));
        QCOMPARE(row.value(7).text, !u.headPaktaSigned ? QString() : *u.headPaktaSigned ? u"Sudah"_s : u"Belum"_s);
        QVERIFY(isCount(row.at(8), u.cases));
        QVERIFY(isCount(row.at(9), u.casesOpen));
        QVERIFY(isCount(row.at(10), u.casesProven));
        const ComplianceStatus status = ComplianceRule::status(u, *thresholds);
        QCOMPARE(row.value(11).text, status == ComplianceStatus::NoStaff ? QString() : ComplianceRule::statusLabel(status));
        sum.activeStaff += u.activeStaff;
        sum.ikrarSigned += u.ikrarSigned;
        sum.attendedStaff += u.attendedStaff;
        sum.cases += u.cases;
        sum.casesOpen += u.casesOpen;
        sum.casesProven += u.casesProven;
        headsSigned += u.headPaktaSigned.value_or(false) ? 1 : 0;
    }
    // By hand (tests/store/TestCompliance.cpp): A Budi, Ani; B Dodi, Citra, Fajar; C Gita, Joko.
    QCOMPARE(rows.at(1).at(0).text, u"1.01.01"_s);
    QCOMPARE(rows.at(1).at(7).text, u"Sudah"_s);
    QCOMPARE(rows.at(2).at(7).text, u"Belum"_s);
    QCOMPARE(rows.at(3).value(7).type, Type::Empty);
    QCOMPARE(rows.at(4).value(11).type, Type::Empty); // D: nobody, no status

    const auto& total = rows.last();
    QCOMPARE(total.at(0).text, u"JUMLAH"_s);
    QVERIFY(isCount(total.at(2), sum.activeStaff));
    QCOMPARE(sum.activeStaff, 7);
    QVERIFY(isCount(total.at(3), sum.ikrarSigned));
    QVERIFY(isPercent(total.at(4), ComplianceRule::percent(sum.ikrarSigned, sum.activeStaff)));
    QVERIFY(isCount(total.at(5), sum.attendedStaff));
    QVERIFY(isPercent(total.at(6), ComplianceRule::percent(sum.attendedStaff, sum.activeStaff)));
    QVERIFY(isCount(total.at(7), headsSigned));
    QVERIFY(isCount(total.at(8), sum.cases));
    QVERIFY(isCount(total.at(9), sum.casesOpen));
    QVERIFY(isCount(total.at(10), sum.casesProven));
    QCOMPARE(total.value(11).type, Type::Empty);
}

void TestComplianceWorkbook::listsAgreeWithTheSums()
{
    const QString path = writeXlsx(u"daftar.xlsx"_s);
    int notSigned = 0;
    int notAttended = 0;
    int cases = 0;
    for (const UnitCompliance& u : figures()) {
        notSigned += u.activeStaff - u.ikrarSigned;
        notAttended += u.activeStaff - u.attendedStaff;
        cases += u.cases;
    }
    const Sheet belumIkrar = readSheet(path, u"Belum Ikrar"_s);
    const Sheet belumHadir = readSheet(path, u"Belum Hadir"_s);
    const Sheet kasus = readSheet(path, u"Kasus"_s);
    QCOMPARE(belumIkrar.size() - 1, notSigned);
    QCOMPARE(belumHadir.size() - 1, notAttended);
    QCOMPARE(kasus.size() - 1, cases);
    QCOMPARE(notSigned, 2);   // Citra signed after voting day; Joko signed only a pakta
    QCOMPARE(notAttended, 1); // Fajar: sick at S1, present only after voting day
    QCOMPARE(cases, 2); // Ani and Gita; Hadi was no longer active

    QCOMPARE(belumIkrar.at(1).at(0).text, u"1.02.01"_s);
    QCOMPARE(belumIkrar.at(1).at(3).text, u"Citra Dewi"_s);
    QCOMPARE(belumIkrar.at(2).at(3).text, u"Joko Susilo"_s);
    QCOMPARE(belumHadir.at(1).at(1).text, u"Dinas Kesehatan"_s);
    QCOMPARE(belumHadir.at(1).at(3).text, u"Fajar Nugroho"_s);

    // Gita's case was still at klarifikasi on voting day: the status that day, not today's.
    bool sawGita = false;
    for (qsizetype i = 1; i < kasus.size(); ++i) {
        const auto& row = kasus.at(i);
        QCOMPARE(row.at(5).type, Type::Date);
        QCOMPARE(row.at(8).type, Type::Date);
        QVERIFY(!row.at(4).text.isEmpty());
        QVERIFY(row.at(4).text != u"media_sosial"_s); // the catalogue's label
        if (row.at(2).text == kGita) {
            sawGita = true;
            QCOMPARE(row.at(7).text, u"Klarifikasi"_s);
            QCOMPARE(row.at(8).date, QDate(2024, 1, 8));
            QCOMPARE(row.at(5).date, QDate(2024, 1, 5));
        }
    }
    QVERIFY(sawGita);
}

void TestComplianceWorkbook::nipsAreTextOrMasked()
{
    const Sheet plain = readSheet(writeXlsx(u"nip.xlsx"_s), u"Belum Hadir"_s);
    QCOMPARE(plain.at(1).at(2).type, Type::Text);
    QCOMPARE(plain.at(1).at(2).text, kFajar);
    const QString masked = writeXlsx(u"masked.xlsx"_s, true);
    QCOMPARE(readSheet(masked, u"Belum Hadir"_s).at(1).at(2).text, u"**************1004"_s);
    QCOMPARE(readSheet(masked, u"Belum Ikrar"_s).at(1).at(2).text, u"**************2003"_s);
    const Sheet cases = readSheet(masked, u"Kasus"_s);
    for (qsizetype i = 1; i < cases.size(); ++i)
        QVERIFY2(cases.at(i).at(2).text.startsWith(u"**************"_s), qPrintable(cases.at(i).at(2).text));
}

void TestComplianceWorkbook::csvOneFilePerSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rekap.csv"_s);
    ComplianceWorkbook::Options options;
    const auto written = ComplianceWorkbook(*m_db).write(path, SheetOutput::Format::Csv, m_period, options);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QStringList files = folderEntries(dir.path());
    files.sort();
    QCOMPARE(files, (QStringList{u"rekap-belum-hadir.csv"_s, u"rekap-belum-ikrar.csv"_s, u"rekap-kasus.csv"_s, u"rekap.csv"_s}));
    const QList<QStringList> summary = readCsvFile(path);
    QCOMPARE(summary.at(0), ComplianceWorkbook::summaryColumns());
    QCOMPARE(summary.last().at(0), u"JUMLAH"_s);
    QCOMPARE(summary.last().at(2), u"7"_s);
    bool number = false; // a percentage as a plain number, without the sign
    summary.at(1).at(4).toDouble(&number);
    QVERIFY(number);
    QCOMPARE(readCsvFile(dir.filePath(u"rekap-belum-ikrar.csv"_s)).size(), 3);
    QCOMPARE(readCsvFile(dir.filePath(u"rekap-belum-hadir.csv"_s)).at(1).at(2), kFajar);
    QCOMPARE(readCsvFile(dir.filePath(u"rekap-kasus.csv"_s)).size(), 3);
    QCOMPARE(written->units, 4);
    QCOMPARE(written->notSigned, 2);
    QCOMPARE(written->notAttended, 1);
    QCOMPARE(written->cases, 2);
}

void TestComplianceWorkbook::csvAllOrNothing()
{
    // The third file cannot be made (a folder has its name): none of the four is left.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"rekap-belum-hadir.csv"_s));
    const QStringList before = folderEntries(dir.path());
    const auto written =
        ComplianceWorkbook(*m_db).write(dir.filePath(u"rekap.csv"_s), SheetOutput::Format::Csv, m_period, {});
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::File);
    QCOMPARE(folderEntries(dir.path()), before);
    QVERIFY(folderEntries(dir.filePath(u"rekap-belum-hadir.csv"_s)).isEmpty());
}

void TestComplianceWorkbook::libreOfficeOpensIt()
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty())
        QSKIP("soffice (LibreOffice) is not on PATH");
    const QString path = writeXlsx(u"lo.xlsx"_s);
    QTemporaryDir out;
    QTemporaryDir profile; // a profile of its own: a running LibreOffice would otherwise take the job
    QProcess process;
    process.start(soffice, {u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s, u"--convert-to"_s,
                            u"csv"_s, u"--outdir"_s, out.path(), path});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QStringList> rows = readCsvFile(out.filePath(u"lo.csv"_s));
    QVERIFY2(rows.size() == 6, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(rows.at(0).at(0), u"Kode"_s);
    QCOMPARE(rows.last().at(0), u"JUMLAH"_s);
}

QTEST_GUILESS_MAIN(TestComplianceWorkbook)
#include "TestComplianceWorkbook.moc"
