// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli: creating files only when asked, usage errors, files it must refuse, and the
// list outputs scripts read.
#include "CliTestSupport.h"

#include "core/DemoKabupaten.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList StaffColumns = {u"nip"_s, u"name"_s, u"unit_code"_s, u"kind"_s, u"sex"_s,
                                  u"birth_date"_s, u"grade"_s, u"position"_s, u"active"_s};
const QStringList UnitColumns = {u"code"_s, u"name"_s, u"abbreviation"_s, u"kind"_s, u"parent_code"_s, u"head_nip"_s};

// Commands that need an existing database, each with valid arguments.
void addReadAndWriteCommands()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("staff list") << QStringList{u"staff"_s, u"list"_s};
    QTest::newRow("unit list json") << QStringList{u"unit"_s, u"list"_s, u"--format"_s, u"json"_s};
    QTest::newRow("period list") << QStringList{u"period"_s, u"list"_s};
    QTest::newRow("settings list") << QStringList{u"settings"_s, u"list"_s};
    QTest::newRow("check") << QStringList{u"check"_s};
    QTest::newRow("unit add") << QStringList{u"unit"_s, u"add"_s, u"--code"_s, u"9.01.01"_s, u"--name"_s, u"Dinas Baru"_s,
                                             u"--kind"_s, u"dinas"_s};
    QTest::newRow("staff add") << QStringList{u"staff"_s, u"add"_s, u"--nip"_s, u"198703152010121002"_s, u"--name"_s,
                                              u"Budi"_s, u"--unit"_s, u"1.01.01"_s, u"--kind"_s, u"PNS"_s};
    QTest::newRow("settings set") << QStringList{u"settings"_s, u"set"_s, u"signatory.place"_s, u"Sukamaju"_s};
}

} // namespace

class TestCliBasics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void initCreatesTheFile();
    void missingFileIsNotCreated_data() { addReadAndWriteCommands(); }
    void missingFileIsNotCreated();
    void missingFolderIsNotCreated();
    void usageErrors_data();
    void usageErrors();
    void usageListsCommandsInAColumn();
    void foreignFileIsRefusedUnchanged_data();
    void foreignFileIsRefusedUnchanged();
    void staffListCsv();
    void unitListCsvAndJson();
    void demoIsDeterministic();
    void demoRefusesNonEmptyDatabase();

private:
    QTemporaryDir m_dir;
    QString m_demo; // demo --staff 300, shared by the read-only tests
};

void TestCliBasics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = m_dir.filePath(u"demo300.sqlite"_s);
    const CliRun demo = runCli(m_demo, {u"demo"_s, u"--staff"_s, u"300"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(demo.code == 0, qPrintable(demo.describe()));
    QVERIFY(demo.err.isEmpty());
}

void TestCliBasics::initCreatesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kab/netra.sqlite"_s);
    const CliRun first = runCli(path, {u"init"_s});
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QVERIFY(first.err.isEmpty());
    QCOMPARE(first.out.count(QLatin1Char('\n')), 1);
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    // Again: nothing to do, nothing copied.
    const Snapshot before = snapshot(path);
    const CliRun again = runCli(path, {u"init"_s});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QCOMPARE(snapshot(path), before);

    const CliRun list = runCli(path, {u"unit"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out, UnitColumns.join(QLatin1Char(',')) + u"\n"_s);
}

void TestCliBasics::missingFileIsNotCreated()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    const CliRun run = runCli(path, args);
    QVERIFY2(run.code == 3, qPrintable(run.describe()));
    QVERIFY2(run.oneErrorLine(), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliBasics::missingFolderIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/netra.sqlite"_s);
    for (const QStringList& args : {QStringList{u"unit"_s, u"list"_s}, QStringList{u"check"_s},
                                    QStringList{u"backup"_s, u"--out"_s, dir.filePath(u"copy.sqlite"_s)}}) {
        const CliRun run = runCli(path, args);
        QVERIFY2(run.code == 3, qPrintable(run.describe()));
        QVERIFY2(run.oneErrorLine(), qPrintable(run.err));
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // init is the command that creates: folder and file.
    const CliRun init = runCli(path, {u"init"_s});
    QVERIFY2(init.code == 0, qPrintable(init.describe()));
    QVERIFY(QFileInfo(path).isFile());
}

void TestCliBasics::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown verb") << QStringList{u"staff"_s, u"remove"_s};
    QTest::newRow("noun without verb") << QStringList{u"unit"_s};
    QTest::newRow("unknown option") << QStringList{u"staff"_s, u"list"_s, u"--bogus"_s};
    QTest::newRow("unknown global option") << QStringList{u"--verbose"_s, u"staff"_s, u"list"_s};
    QTest::newRow("bad format") << QStringList{u"staff"_s, u"list"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("bad format, unit list") << QStringList{u"unit"_s, u"list"_s, u"--format"_s, u"xlsx"_s};
    QTest::newRow("option without value") << QStringList{u"staff"_s, u"list"_s, u"--unit"_s};
    QTest::newRow("import without file") << QStringList{u"unit"_s, u"import"_s};
    QTest::newRow("set-head without NIP") << QStringList{u"unit"_s, u"set-head"_s, u"1.01.01"_s};
    QTest::newRow("period set without dates") << QStringList{u"period"_s, u"set"_s, u"Pilkada 2024"_s};
    QTest::newRow("settings set without value") << QStringList{u"settings"_s, u"set"_s, u"signatory.place"_s};
    QTest::newRow("demo staff not a number") << QStringList{u"demo"_s, u"--staff"_s, u"banyak"_s};
    QTest::newRow("backup without --out") << QStringList{u"backup"_s};
}

void TestCliBasics::usageErrors()
{
    QFETCH(QStringList, args);
    // Against the demo file (nothing may change) and a missing one (nothing may appear).
    const Snapshot before = snapshot(m_demo);
    const CliRun run = runCli(m_demo, args);
    QVERIFY2(run.code == 1, qPrintable(run.describe()));
    QVERIFY2(run.oneErrorLine(), qPrintable(run.err));
    QCOMPARE(snapshot(m_demo), before);

    QTemporaryDir dir;
    const CliRun missing = runCli(dir.filePath(u"netra.sqlite"_s), args);
    QCOMPARE(missing.code, 1);
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliBasics::usageListsCommandsInAColumn()
{
    const CliRun run = runCli(m_demo, {u"--help"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.split(u'\n');
    const qsizetype first = lines.indexOf(QRegularExpression(u"  init .*"_s));
    QVERIFY2(first > 0, qPrintable(run.out));
    // Every summary starts in the same column, apart from its command by two spaces at least,
    // the longest command ("attendance checkin") included.
    qsizetype column = -1;
    int commands = 0;
    for (qsizetype i = first; i < lines.size() && !lines.at(i).isEmpty(); ++i, ++commands) {
        const QString& line = lines.at(i);
        const qsizetype gap = line.indexOf(u"  "_s, 2);
        QVERIFY2(gap > 2, qPrintable(line));
        const qsizetype summary = line.indexOf(QRegularExpression(u"\\S"_s), gap);
        if (column < 0)
            column = summary;
        QVERIFY2(summary == column, qPrintable(line));
    }
    QVERIFY(commands >= 30);
    QVERIFY(run.out.contains(QRegularExpression(u"\n  attendance checkin  +\\S"_s)));
}

void TestCliBasics::foreignFileIsRefusedUnchanged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("newer");
    for (const bool newer : {false, true}) {
        const QString what = newer ? u"newer db, "_s : u"text file, "_s;
        QTest::newRow(qPrintable(what + u"staff list"_s)) << QStringList{u"staff"_s, u"list"_s} << newer;
        QTest::newRow(qPrintable(what + u"init"_s)) << QStringList{u"init"_s} << newer;
        QTest::newRow(qPrintable(what + u"demo"_s)) << QStringList{u"demo"_s, u"--staff"_s, u"100"_s} << newer;
        QTest::newRow(qPrintable(what + u"unit add"_s))
            << QStringList{u"unit"_s, u"add"_s, u"--code"_s, u"9.01.01"_s, u"--name"_s, u"Dinas"_s, u"--kind"_s, u"dinas"_s} << newer;
        QTest::newRow(qPrintable(what + u"check"_s)) << QStringList{u"check"_s} << newer;
    }
}

void TestCliBasics::foreignFileIsRefusedUnchanged()
{
    QFETCH(QStringList, args);
    QFETCH(bool, newer);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"netra.sqlite"_s);
    if (newer) {
        QCOMPARE(runCli(path, {u"init"_s}).code, 0);
        QVERIFY(withRawConnection(path, [](QSqlDatabase& db) {
            return execAll(db, {u"INSERT INTO schema_migrations VALUES (9999, 'future', '2030-01-01T00:00:00Z')"_s});
        }));
    } else {
        QVERIFY(writeFile(path, "NIP;Nama;Unit\n198703152010121002;Budi Santoso;1.01.01\n"));
    }
    const Snapshot before = snapshot(path);

    const CliRun run = runCli(path, args);
    QVERIFY2(run.code == 3, qPrintable(run.describe()));
    QVERIFY2(run.oneErrorLine(), qPrintable(run.err));
    if (newer)
        QVERIFY2(run.err.contains(u"9999"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(snapshot(path), before);
}

void TestCliBasics::staffListCsv()
{
    const CliRun run = runCli(m_demo, {u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith(u"nip,name,unit_code,kind,sex,birth_date,grade,position,active\n"_s));

    const QList<QStringList> records = parseCsv(run.out);
    QCOMPARE(records.size(), 1 + 300);
    QCOMPARE(records.at(0), StaffColumns);
    static const QRegularExpression nip(u"^\\d{18}$"_s);
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    int inEducation = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList& r = records.at(i);
        QCOMPARE(r.size(), StaffColumns.size());
        QVERIFY2(nip.match(r.at(0)).hasMatch(), qPrintable(r.at(0)));
        QVERIFY(!r.at(1).isEmpty());
        QVERIFY(QStringList({u"PNS"_s, u"PPPK"_s, u"PPPK_PW"_s}).contains(r.at(3)));
        QVERIFY(r.at(4) == u"L"_s || r.at(4) == u"P"_s);
        QVERIFY2(isoDate.match(r.at(5)).hasMatch(), qPrintable(r.at(5)));
        QCOMPARE(r.at(5), QDate::fromString(r.at(0).left(8), u"yyyyMMdd"_s).toString(Qt::ISODate));
        QCOMPARE(r.at(8), u"1"_s);
        inEducation += r.at(2) == u"1.01.01"_s ? 1 : 0;
    }

    // --unit keeps that unit's rows only.
    const CliRun unit = runCli(m_demo, {u"staff"_s, u"list"_s, u"--unit"_s, u"1.01.01"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(unit.code, 0);
    QCOMPARE(parseCsv(unit.out).size(), 1 + inEducation);
    const CliRun unknown = runCli(m_demo, {u"staff"_s, u"list"_s, u"--unit"_s, u"9.99.99"_s});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(u"9.99.99"_s));

    // The table has a header and a rule above the 300 rows.
    const CliRun table = runCli(m_demo, {u"staff"_s, u"list"_s});
    QCOMPARE(table.code, 0);
    QCOMPARE(table.out.count(QLatin1Char('\n')), 2 + 300);
    QVERIFY(table.out.startsWith(u"nip"_s));
}

void TestCliBasics::unitListCsvAndJson()
{
    const int units = int(DemoKabupaten::units().size());
    const CliRun csv = runCli(m_demo, {u"unit"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
    QVERIFY(csv.out.startsWith(u"code,name,abbreviation,kind,parent_code,head_nip\n"_s));
    const QList<QStringList> records = parseCsv(csv.out);
    QCOMPARE(records.size(), 1 + units);
    QCOMPARE(records.at(0), UnitColumns);

    const CliRun json = runCli(m_demo, {u"unit"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.code == 0, qPrintable(json.describe()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), units);

    const QString staffCsv = runCli(m_demo, {u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s}).out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QStringList keys = object.keys();
        keys.sort();
        QStringList expected = UnitColumns;
        expected.sort();
        QCOMPARE(keys, expected);
        // Same rows, same order as the CSV.
        for (qsizetype c = 0; c < UnitColumns.size(); ++c)
            QCOMPARE(object.value(UnitColumns.at(c)).toString(), records.at(i + 1).at(c));
        // Every demo unit has a head, and the head is on the roster.
        const QString head = object.value(u"head_nip"_s).toString();
        QCOMPARE(head.size(), 18);
        QVERIFY(staffCsv.contains(head + u","_s));
    }
    QCOMPARE(array.at(0).toObject().value(u"code"_s).toString(), u"1.01.01"_s);
}

void TestCliBasics::demoIsDeterministic()
{
    QTemporaryDir dir;
    QStringList outputs;
    for (const QString& name : {u"a.sqlite"_s, u"b.sqlite"_s}) {
        const QString path = dir.filePath(name);
        const CliRun demo = runCli(path, {u"demo"_s, u"--staff"_s, u"500"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(demo.code == 0, qPrintable(demo.describe()));
        const CliRun list = runCli(path, {u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(list.code, 0);
        outputs << list.out;
    }
    QCOMPARE(parseCsv(outputs.at(0)).size(), 1 + 500);
    QCOMPARE(outputs.at(1), outputs.at(0));
    // Another seed, other people.
    QVERIFY(outputs.at(0) != runCli(m_demo, {u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s}).out);
}

void TestCliBasics::demoRefusesNonEmptyDatabase()
{
    const Snapshot before = snapshot(m_demo);
    const CliRun again = runCli(m_demo, {u"demo"_s, u"--staff"_s, u"100"_s});
    QVERIFY2(again.code == 2, qPrintable(again.describe()));
    QVERIFY(again.oneErrorLine());
    QCOMPARE(snapshot(m_demo), before);
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
