// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli report compliance: the columns the issue names, the TOTAL row, numbers in JSON,
// the as-of date, and refusals (exit 2) or an unwritable output (exit 3, no file left); the
// printed summary with --format pdf.
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

using namespace smallPemda;

QStringList report(const QStringList& more = {})
{
    return QStringList{u"report"_s, u"compliance"_s, u"--period"_s, u"Pemilu 2024"_s} + more;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void csvHasTheColumnsAndATotal();
    void jsonCarriesNumbers();
    void asOfMovesTheFigures();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void unwritableOutputLeavesNoFile();
    void thresholdsChangeTheStatus();
    void pdfIsThePrintedSummary();
    void pdfNeedsAnOutputFile();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(u"netra.sqlite"_s);
    const QList<QStringList> steps = smallPemda::steps();
    for (const QStringList& args : steps) {
        const CliRun r = run(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u" -> "_s + r.describe()));
    }
}

void TestCliReport::csvHasTheColumnsAndATotal()
{
    const CliRun r = run(report({u"--format"_s, u"csv"_s}));
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{u"unit_code"_s, u"unit_name"_s, u"active_staff"_s, u"ikrar_signed"_s, u"ikrar_pct"_s,
                                   u"attended_staff"_s, u"attended_pct"_s, u"pakta_head_signed"_s, u"cases"_s,
                                   u"cases_open"_s, u"cases_proven"_s, u"status"_s}));
    // As of voting day: 1.01.01 complete; 7.01.01 signed nothing yet, was excused, has no head.
    QCOMPARE(rows[1], (QStringList{u"1.01.01"_s, u"Dinas Pendidikan"_s, u"2"_s, u"2"_s, u"100.0"_s, u"2"_s, u"100.0"_s,
                                   u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"patuh"_s}));
    QCOMPARE(rows[2], (QStringList{u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"1"_s, u"0"_s, u"0.0"_s, u"0"_s, u"0.0"_s,
                                   QString(), u"0"_s, u"0"_s, u"0"_s, u"tidak_patuh"_s}));
    QCOMPARE(rows[3], (QStringList{u"TOTAL"_s, QString(), u"3"_s, u"2"_s, u"66.7"_s, u"2"_s, u"66.7"_s, u"1"_s, u"0"_s,
                                   u"0"_s, u"0"_s, QString()}));
}

void TestCliReport::jsonCarriesNumbers()
{
    const CliRun r = run(report({u"--format"_s, u"json"_s}));
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject total = rows.at(2).toObject();
    QCOMPARE(total.value(u"unit_code"_s).toString(), u"TOTAL"_s);
    QVERIFY(total.value(u"ikrar_pct"_s).isDouble());
    QCOMPARE(total.value(u"ikrar_pct"_s).toDouble(), 66.7);
    QCOMPARE(total.value(u"active_staff"_s).toInt(), 3);
    QVERIFY(rows.at(1).toObject().value(u"pakta_head_signed"_s).isNull());
}

void TestCliReport::asOfMovesTheFigures()
{
    const CliRun r = run(report({u"--as-of"_s, u"2024-03-05"_s, u"--format"_s, u"csv"_s}));
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows[2].at(3), u"1"_s); // Eko signed on 1 March
    QCOMPARE(rows[2].at(11), u"tidak_patuh"_s); // still never present
    // Before the period: allowed, nothing signed yet.
    const CliRun early = run(report({u"--as-of"_s, u"2023-01-01"_s, u"--format"_s, u"csv"_s}));
    QVERIFY2(early.code == 0, qPrintable(early.describe()));
    QCOMPARE(parseCsv(early.out).at(1).at(3), u"0"_s);
}

void TestCliReport::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown period") << QStringList{u"report"_s, u"compliance"_s, u"--period"_s, u"Pemilu 2029"_s};
    QTest::newRow("malformed date") << report({u"--as-of"_s, u"14/02/2024x"_s});
    QTest::newRow("no period") << QStringList{u"report"_s, u"compliance"_s};
}

void TestCliReport::badInputIsRefused()
{
    QFETCH(QStringList, args);
    const CliRun r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliReport::unwritableOutputLeavesNoFile()
{
    const QString target = m_dir.filePath(u"missing-folder/report.csv"_s);
    const CliRun r = run(report({u"--format"_s, u"csv"_s, u"--out"_s, target}));
    QCOMPARE(r.code, 3);
    QVERIFY(!QFile::exists(target));
    const QString good = m_dir.filePath(u"report.csv"_s);
    QCOMPARE(run(report({u"--format"_s, u"csv"_s, u"--out"_s, good})).code, 0);
    QFile written(good);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("unit_code,unit_name,"));
}

void TestCliReport::thresholdsChangeTheStatus()
{
    const QStringList set{u"period"_s, u"set"_s, u"Pemilu 2024"_s};
    // Two sessions to attend: nobody attended twice.
    QCOMPARE(run(set + QStringList{u"--min-sessions"_s, u"2"_s}).code, 0);
    QList<QStringList> rows = parseCsv(run(report({u"--format"_s, u"csv"_s})).out);
    QCOMPARE(rows[1].at(5), u"0"_s);
    QCOMPARE(rows[1].at(11), u"tidak_patuh"_s);
    // A failing line above a passing one is refused, and nothing changes (dates included).
    const CliRun refused = run(set + QStringList{u"--end"_s, u"2024-04-30"_s, u"--fail-below"_s, u"90"_s});
    QCOMPARE(refused.code, 2);
    QVERIFY(run({u"period"_s, u"list"_s, u"--format"_s, u"csv"_s}).out.contains(u"2024-03-20"_s));
    QCOMPARE(run(set + QStringList{u"--min-sessions"_s, u"1"_s}).code, 0);
    rows = parseCsv(run(report({u"--format"_s, u"csv"_s})).out);
    QCOMPARE(rows[1].at(11), u"patuh"_s);
}

void TestCliReport::pdfIsThePrintedSummary()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    const QString pdf = m_dir.filePath(u"rekap.pdf"_s);
    const CliRun r = run(report({u"--format"_s, u"pdf"_s, u"--paper"_s, u"f4"_s, u"--number"_s, u"000.1.5/9/Setda"_s,
                                 u"--out"_s, pdf}));
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"rekap.pdf"_s));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (pdftotext.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("pdftotext (poppler-utils) is required on CI");
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    QProcess text;
    text.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(all.contains(u"REKAPITULASI KEPATUHAN NETRALITAS APARATUR SIPIL NEGARA PER PERANGKAT DAERAH"_s), qPrintable(all));
    QVERIFY(all.contains(u"Nomor: 000.1.5/9/Setda"_s));
    QVERIFY(all.contains(u"Kode verifikasi: "_s));
}

void TestCliReport::pdfNeedsAnOutputFile()
{
    const CliRun r = run(report({u"--format"_s, u"pdf"_s}));
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(u"--out"_s));
    const CliRun paper = run(report({u"--format"_s, u"pdf"_s, u"--paper"_s, u"a3"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)}));
    QCOMPARE(paper.code, 1); // a usage error, as session sheet has it
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    const QString target = m_dir.filePath(u"missing-folder/rekap.pdf"_s);
    QCOMPARE(run(report({u"--format"_s, u"pdf"_s, u"--out"_s, target})).code, 3);
    QVERIFY(!QFile::exists(target));
}

// A Gui application: the pdf format paints with QPdfWriter.
QTEST_MAIN(TestCliReport)
#include "TestCliReport.moc"
