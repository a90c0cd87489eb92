// SPDX-License-Identifier: GPL-3.0-or-later
// `netra-cli unit import`: valid rows in, rejected rows listed by row number, the summary
// line scripts read, and a second import that changes nothing.
#include "CliTestSupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NETRA_TEST_DATA "/cli/") + name;
}

// units.csv (and its semicolon twin) as `unit list --format csv` shows it afterwards.
const QString ImportedUnits = uR"(code,name,abbreviation,kind,parent_code,head_nip
1.01.01,Dinas Pendidikan dan Kebudayaan,Disdikbud,dinas,,
1.01.01.01,UPTD SD Negeri 1 Sukamaju,SDN 1,sekolah,1.01.01,
1.02.01,Dinas Kesehatan,Dinkes,dinas,,
4.01.01,"Sekretariat Daerah, Kabupaten Sukamaju",Setda,sekretariat,,
7.01.01,Kecamatan Sukamaju,Kec. Sukamaju,kecamatan,,
7.01.01.01,Kelurahan Sukamaju,,kelurahan,7.01.01,
)"_s;

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importListsRejectsByRow_data();
    void importListsRejectsByRow();
    void secondImportChangesNothing();
    void changedRowsAreUpdated();
    void dryRunWritesNothing();
    void childOfRejectedParentIsRejected();
    void parentCycleWritesNothing();
    void unreadableFilesAreRefused();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }
    CliRun import(const QString& name) const { return run({u"unit"_s, u"import"_s, fixture(name)}); }
    QString unitCsv() const { return run({u"unit"_s, u"list"_s, u"--format"_s, u"csv"_s}).out; }

    QTemporaryDir m_dir;
    QString m_db; // a new, empty database per test function
};

void TestCliImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliImport::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s
                          + QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
    const CliRun created = run({u"init"_s});
    QVERIFY2(created.code == 0, qPrintable(created.describe()));
}

void TestCliImport::importListsRejectsByRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("comma, parent after child") << u"units.csv"_s;
    QTest::newRow("semicolon, Indonesian headers, CRLF") << u"units_semicolon.csv"_s;
}

void TestCliImport::importListsRejectsByRow()
{
    QFETCH(QString, file);
    const CliRun r = import(file);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"added 6, updated 0, unchanged 0, rejected 2\n"_s);

    // One line per rejected row, numbered as the spreadsheet shows it (header = row 1).
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"row 5, code \"1.01.01\": "_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"row 6, kind \"kementerian\": "_s), qPrintable(lines.at(1)));

    QCOMPARE(unitCsv(), ImportedUnits);
}

void TestCliImport::secondImportChangesNothing()
{
    QCOMPARE(import(u"units.csv"_s).code, 0);
    const Snapshot before = snapshot(m_db);

    for (const QString& file : {u"units.csv"_s, u"units_semicolon.csv"_s}) {
        const CliRun again = import(file);
        QVERIFY2(again.code == 0, qPrintable(again.describe()));
        QCOMPARE(again.out, u"added 0, updated 0, unchanged 6, rejected 2\n"_s);
        QCOMPARE(again.err.count(QLatin1Char('\n')), 2);
    }
    QCOMPARE(snapshot(m_db).rows, before.rows);
    QCOMPARE(unitCsv(), ImportedUnits);
}

void TestCliImport::changedRowsAreUpdated()
{
    QCOMPARE(import(u"units.csv"_s).code, 0);
    const CliRun update = import(u"units_update.csv"_s);
    QVERIFY2(update.code == 0, qPrintable(update.describe()));
    QCOMPARE(update.out, u"added 1, updated 2, unchanged 1, rejected 0\n"_s);
    QVERIFY(update.err.isEmpty());

    const QList<QStringList> rows = parseCsv(unitCsv());
    QCOMPARE(rows.size(), 1 + 7);
    QCOMPARE(rows.at(3), QStringList({u"1.02.01"_s, u"Dinas Kesehatan dan Keluarga Berencana"_s, u"Dinkes KB"_s, u"dinas"_s,
                                      QString(), QString()}));
    QCOMPARE(rows.at(6), QStringList({u"7.01.01.01"_s, u"Kelurahan Sukamaju"_s, u"Kel. Sukamaju"_s, u"kelurahan"_s,
                                      u"7.01.01"_s, QString()}));
    QCOMPARE(rows.at(7).at(0), u"8.01.01"_s);
    // Units not in the file stay as they were.
    QCOMPARE(rows.at(4).at(0), u"4.01.01"_s);
}

void TestCliImport::dryRunWritesNothing()
{
    const Snapshot before = snapshot(m_db);
    const CliRun dry = run({u"unit"_s, u"import"_s, u"--dry-run"_s, fixture(u"units.csv"_s)});
    QVERIFY2(dry.code == 0, qPrintable(dry.describe()));
    QCOMPARE(dry.out, u"added 6, updated 0, unchanged 0, rejected 2\n"_s);
    QCOMPARE(dry.err.count(QLatin1Char('\n')), 2);
    QCOMPARE(snapshot(m_db), before);
}

void TestCliImport::childOfRejectedParentIsRejected()
{
    // Row 2 names a parent nobody has; row 3's parent is row 2; row 5 is its own parent.
    // All are listed in row order, the valid row 4 still goes in.
    QCOMPARE(import(u"units.csv"_s).code, 0);
    const CliRun r = import(u"units_orphans.csv"_s);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"added 1, updated 0, unchanged 0, rejected 3\n"_s);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"row 2, parent_code \"1.01.99\": "_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"row 3, parent_code \"1.01.01.02\": "_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"row 5, parent_code \"1.04.01\": "_s), qPrintable(lines.at(2)));

    const QString units = unitCsv();
    QVERIFY(units.contains(u"\n1.03.01,"_s));
    QVERIFY(!units.contains(u"1.01.01.02"_s));
    QVERIFY(!units.contains(u"1.04.01"_s));
}

void TestCliImport::parentCycleWritesNothing()
{
    // Two new units naming each other as parent: the import stops and nothing is kept.
    QCOMPARE(import(u"units.csv"_s).code, 0);
    const Snapshot before = snapshot(m_db);
    const CliRun r = import(u"units_cycle.csv"_s);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(snapshot(m_db), before);
}

void TestCliImport::unreadableFilesAreRefused()
{
    const Snapshot before = snapshot(m_db);

    const CliRun noKind = import(u"units_no_kind.csv"_s);
    QVERIFY2(noKind.code == 2, qPrintable(noKind.describe()));
    QVERIFY2(noKind.oneErrorLine(), qPrintable(noKind.err));
    QVERIFY(noKind.out.isEmpty());

    const CliRun missing = run({u"unit"_s, u"import"_s, m_dir.filePath(u"no-such-file.csv"_s)});
    QVERIFY2(missing.code == 3, qPrintable(missing.describe()));
    QVERIFY2(missing.oneErrorLine(), qPrintable(missing.err));

    // A database file is not a CSV file.
    const CliRun binary = run({u"unit"_s, u"import"_s, m_db});
    QVERIFY2(binary.code == 2 || binary.code == 3, qPrintable(binary.describe()));
    QVERIFY2(binary.oneErrorLine(), qPrintable(binary.err));

    QCOMPARE(snapshot(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
