// SPDX-License-Identifier: GPL-3.0-or-later
// `netra-cli attendance import`: the summary line scripts read, unmatched rows on stderr and
// in a rejects file, and the exit codes of refused input (nothing written).
#include "CliTestSupport.h"

#include "../io/AttendanceImportFixture.h"

#include "io/RowSource.h"

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

const QString kSummary = u"matched 9, by name 4, duplicates 2, unmatched 4\n"_s;

} // namespace

class TestCliAttendanceImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void summaryAndUnmatchedRows();
    void xlsxTwinSameSummary();
    void reimportChangesNothing();
    void rejectsFiles_data();
    void rejectsFiles();
    void dryRunWritesNothing();
    void refusedWritesNothing_data();
    void refusedWritesNothing();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }
    CliRun import(const QStringList& args) const
    {
        return run(QStringList{u"attendance"_s, u"import"_s, u"--session"_s, QString::number(m_sessionId)} + args);
    }
    qint64 count(const QString& sql) const
    {
        qint64 n = -1;
        withRawConnection(m_db, [&](QSqlDatabase& db) {
            n = scalar(db, sql);
            return true;
        });
        return n;
    }

    QTemporaryDir m_dir;
    QString m_template; // the roster and session of AttendanceImportFixture.h
    QString m_db;
    qint64 m_sessionId = 0;
};

void TestCliAttendanceImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    QCOMPARE(runCli(m_template, {u"init"_s}).code, 0);
    auto db = openDb(m_template);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_sessionId = seedAttendanceRoster(**db).sessionId;
    QVERIFY(m_sessionId > 0);
    // A sign-up sheet without a NIP or a name column: nothing to match anyone on.
    QVERIFY(writeFile(m_dir.filePath(u"no_columns.csv"_s),
                      "Timestamp,Unit Kerja,Jabatan\n28/11/2023 9:05:12,Dinas Kesehatan,Staf\n"));
}

void TestCliAttendanceImport::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s
                          + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                          + u".sqlite"_s);
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestCliAttendanceImport::summaryAndUnmatchedRows()
{
    const CliRun r = import({fixture(u"google_forms_noisy.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, kSummary);

    const QStringList lines = errLines(r);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith(u"row 6, NIP \"199512122020121001\", name \"Andi Pratama\": NIP 199512122020121001 is not on the roster."_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"row 8, NIP \"\", name \"Budi Santoso\": Nobody active on 2023-11-28"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(u"Candidates: Joko Santoso (198012312005011007, Kecamatan Sukamaju)."_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"row 11, NIP \"\", name \"nur hidayah\": Several people active"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u"Nur Hidayah, S.Kep (198909092014022002, Dinas Kesehatan); Nur Hidayah, S.Pd"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"row 13, NIP \"1,98703E+17\", name \"Yanto\": The NIP lost its last digits"_s),
             qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).startsWith(u"row 15, Timestamp \"kemarin pagi\" (warning): "_s), qPrintable(lines.at(4)));

    QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE voided_at IS NULL AND status = 'hadir' AND method = 'import'"_s), 9);
    QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE staff_id IS NULL"_s), 0);
    // The double submission: 09:05:12 WIB kept although the 10:15:40 row came first.
    QCOMPARE(count(u"SELECT count(*) FROM attendance a JOIN staff s ON s.id = a.staff_id"
                   " WHERE s.nip = '198703152010121002' AND a.captured_at = '2023-11-28T02:05:12Z'"_s),
             1);
}

void TestCliAttendanceImport::xlsxTwinSameSummary()
{
    const CliRun r = import({fixture(u"google_forms_noisy.xlsx"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, kSummary);
    QCOMPARE(errLines(r).size(), 5);
}

void TestCliAttendanceImport::reimportChangesNothing()
{
    QCOMPARE(import({fixture(u"google_forms_noisy.csv"_s)}).code, 0);
    const Snapshot before = snapshot(m_db);
    const CliRun again = import({fixture(u"google_forms_noisy.csv"_s)});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out, kSummary); // what the file says, not what was new
    QCOMPARE(snapshot(m_db).rows, before.rows);
}

void TestCliAttendanceImport::rejectsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << u"unmatched.csv"_s;
    QTest::newRow("xlsx") << u"unmatched.xlsx"_s;
}

void TestCliAttendanceImport::rejectsFiles()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    const CliRun r = import({u"--rejects"_s, path, fixture(u"google_forms_noisy.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    auto source = RowSource::open(path);
    QVERIFY2(source, source ? "" : qPrintable(source.error().message));
    QList<QStringList> rows;
    QList<SpreadsheetCell> cells;
    while ((*source)->readRow(cells))
        rows << RowSource::texts(cells);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), QStringList({u"row"_s, u"nip"_s, u"name"_s, u"timestamp"_s, u"reason"_s, u"candidates"_s}));
    QStringList rowNumbers;
    for (qsizetype i = 1; i < rows.size(); ++i)
        rowNumbers << rows.at(i).value(0);
    QCOMPARE(rowNumbers, QStringList({u"6"_s, u"8"_s, u"11"_s, u"13"_s}));
    QCOMPARE(rows.at(1).mid(0, 4), QStringList({u"6"_s, u"199512122020121001"_s, u"Andi Pratama"_s, u"28/11/2023 9:15:02"_s}));
    QVERIFY(rows.at(1).value(4).contains(u"not on the roster"_s));
    QCOMPARE(rows.at(1).value(5), QString());
    QCOMPARE(rows.at(2).value(5), u"Joko Santoso (198012312005011007, Kecamatan Sukamaju)"_s);
    QCOMPARE(rows.at(3).value(5).count(u"; "_s), 1); // both namesakes offered
}

void TestCliAttendanceImport::dryRunWritesNothing()
{
    const Snapshot before = snapshot(m_db);
    const CliRun r = import({u"--dry-run"_s, fixture(u"google_forms_noisy.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, kSummary);
    QCOMPARE(snapshot(m_db), before);
}

void TestCliAttendanceImport::refusedWritesNothing_data()
{
    QTest::addColumn<QStringList>("args"); // after `attendance import`
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    const QString responses = fixture(u"google_forms_noisy.csv"_s);
    QTest::newRow("unknown session") << QStringList{u"--session"_s, u"999"_s, responses} << 2 << u"no session 999"_s;
    QTest::newRow("session not a number") << QStringList{u"--session"_s, u"satu"_s, responses} << 2 << u"satu"_s;
    QTest::newRow("no session") << QStringList{responses} << 2 << u"--session is required"_s;
    QTest::newRow("no NIP or name column") << QStringList{u"--session"_s, u"1"_s, m_dir.filePath(u"no_columns.csv"_s)} << 2
                                           << u"neither a NIP nor a name column"_s;
    QTest::newRow("empty file") << QStringList{u"--session"_s, u"1"_s, fixture(u"empty.csv"_s)} << 2 << u"empty"_s;
    QTest::newRow("missing file") << QStringList{u"--session"_s, u"1"_s, fixture(u"no_such_form.csv"_s)} << 3
                                  << u"Cannot read"_s;
    QTest::newRow("a folder") << QStringList{u"--session"_s, u"1"_s, QStringLiteral(NETRA_TEST_DATA "/import")} << 3
                              << u"Cannot read"_s;
    QTest::newRow("no file") << QStringList{u"--session"_s, u"1"_s} << 1 << u"FILE"_s;
}

void TestCliAttendanceImport::refusedWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QCOMPARE(m_sessionId, 1); // the rows above name session 1
    const Snapshot before = snapshot(m_db);
    const CliRun r = run(QStringList{u"attendance"_s, u"import"_s} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.oneErrorLine() && r.err.contains(reason), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(snapshot(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliAttendanceImport)
#include "TestCliAttendanceImport.moc"
