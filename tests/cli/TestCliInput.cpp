// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli commands that write: bad input is rejected with exit 2 and nothing written; heads,
// periods, settings, backups and the integrity check.
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString Budi = u"198703152010121002"_s; // male, born 15 March 1987
const QString Siti = u"199205172019032011"_s; // female, born 17 May 1992

QStringList staffAdd(const QString& nip, const QString& name, const QString& unit, const QString& kind = u"PNS"_s)
{
    return {u"staff"_s, u"add"_s, u"--nip"_s, nip, u"--name"_s, name, u"--unit"_s, unit, u"--kind"_s, kind};
}

QJsonArray jsonRows(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject rowWhere(const QJsonArray& rows, const QString& column, const QString& value)
{
    for (const QJsonValue& row : rows)
        if (row.toObject().value(column).toString() == value)
            return row.toObject();
    return {};
}

} // namespace

class TestCliInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rejectedInputWritesNothing_data();
    void rejectedInputWritesNothing();
    void staffAddAndNonAsnIds();
    void unitSetHeadFrom();
    void periodAddAndSet();
    void settingsSetAndList();
    void backupThenCheck();
    void checkFindsDamage();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }

    QTemporaryDir m_dir;
    QString m_template; // demo --staff 200, plus Budi in 1.01.01 and a period
    QString m_db;       // a fresh copy of the template per test function
};

void TestCliInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    for (const QStringList& args : {QStringList{u"demo"_s, u"--staff"_s, u"200"_s, u"--seed"_s, u"11"_s},
                                    staffAdd(Budi, u"Drs. Budi Santoso, M.Si."_s, u"1.01.01"_s)}) {
        const CliRun r = runCli(m_template, args);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }
}

void TestCliInput::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestCliInput::rejectedInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("keyword"); // expected in the one stderr line

    const QString unit = u"1.01.01"_s;
    QTest::newRow("staff: no 29 Feb 1997") << staffAdd(u"199702292022032004"_s, u"Ani"_s, unit) << QString();
    QTest::newRow("staff: NIP as float") << staffAdd(u"1.99205172019032E+17"_s, u"Ani"_s, unit) << QString();
    QTest::newRow("staff: unknown unit") << staffAdd(Siti, u"Siti"_s, u"9.99.99"_s) << u"9.99.99"_s;
    QTest::newRow("staff: duplicate NIP") << staffAdd(u"19870315 201012 1 002"_s, u"Budi S."_s, unit) << Budi;
    QTest::newRow("staff: missing --name")
        << QStringList{u"staff"_s, u"add"_s, u"--nip"_s, Siti, u"--unit"_s, unit, u"--kind"_s, u"PNS"_s} << u"--name"_s;
    QTest::newRow("staff: NON_ASN with NIP") << staffAdd(Siti, u"Siti"_s, unit, u"NON_ASN"_s) << QString();
    QTest::newRow("staff: unknown kind") << staffAdd(Siti, u"Siti"_s, unit, u"KONTRAK"_s) << u"KONTRAK"_s;
    QTest::newRow("staff: sex disagrees") << staffAdd(Siti, u"Siti"_s, unit) + QStringList{u"--sex"_s, u"L"_s} << QString();
    QTest::newRow("staff: bad --from") << staffAdd(Siti, u"Siti"_s, unit) + QStringList{u"--from"_s, u"17/08/2026"_s}
                                       << u"17/08/2026"_s;
    QTest::newRow("staff: bad --grade") << staffAdd(Siti, u"Siti"_s, unit) + QStringList{u"--grade"_s, u"V/z"_s} << u"V/z"_s;
    QTest::newRow("unit: duplicate code")
        << QStringList{u"unit"_s, u"add"_s, u"--code"_s, unit, u"--name"_s, u"Dinas Lagi"_s, u"--kind"_s, u"dinas"_s} << unit;
    QTest::newRow("unit: missing --kind")
        << QStringList{u"unit"_s, u"add"_s, u"--code"_s, u"9.01.01"_s, u"--name"_s, u"Dinas Baru"_s} << u"--kind"_s;
    QTest::newRow("unit: unknown kind")
        << QStringList{u"unit"_s, u"add"_s, u"--code"_s, u"9.01.01"_s, u"--name"_s, u"Dinas"_s, u"--kind"_s, u"kementerian"_s}
        << u"kementerian"_s;
    QTest::newRow("unit: unknown parent")
        << QStringList{u"unit"_s, u"add"_s, u"--code"_s, u"9.01.01.01"_s, u"--name"_s, u"UPTD"_s, u"--kind"_s, u"uptd"_s,
                       u"--parent"_s, u"9.01.01"_s} << u"9.01.01"_s;
    QTest::newRow("set-head: unknown NIP") << QStringList{u"unit"_s, u"set-head"_s, unit, Siti} << QString();
    QTest::newRow("set-head: unknown unit") << QStringList{u"unit"_s, u"set-head"_s, u"9.99.99"_s, Budi} << u"9.99.99"_s;
    QTest::newRow("period: voting day after end")
        << QStringList{u"period"_s, u"add"_s, u"--name"_s, u"Pilkada 2029"_s, u"--kind"_s, u"pilkada"_s, u"--start"_s,
                       u"2029-09-01"_s, u"--voting-day"_s, u"2029-12-20"_s, u"--end"_s, u"2029-12-16"_s} << QString();
    QTest::newRow("period: duplicate name")
        << QStringList{u"period"_s, u"add"_s, u"--name"_s, u"Pilkada 2024"_s, u"--kind"_s, u"pilkada"_s, u"--start"_s,
                       u"2024-09-25"_s, u"--voting-day"_s, u"2024-11-27"_s, u"--end"_s, u"2024-12-16"_s} << u"Pilkada 2024"_s;
    QTest::newRow("period: unknown kind")
        << QStringList{u"period"_s, u"add"_s, u"--name"_s, u"Pilpres"_s, u"--kind"_s, u"pilpres"_s, u"--start"_s,
                       u"2029-01-01"_s, u"--voting-day"_s, u"2029-02-14"_s, u"--end"_s, u"2029-03-20"_s} << QString();
    QTest::newRow("period set: end before voting day")
        << QStringList{u"period"_s, u"set"_s, u"Pilkada 2024"_s, u"--end"_s, u"2024-11-26"_s} << QString();
    QTest::newRow("period set: unknown period")
        << QStringList{u"period"_s, u"set"_s, u"Pilkada 2031"_s, u"--end"_s, u"2031-12-31"_s} << u"Pilkada 2031"_s;
    QTest::newRow("settings: unknown key") << QStringList{u"settings"_s, u"set"_s, u"letterhead.kantor"_s, u"DINAS"_s}
                                           << u"letterhead.kantor"_s;
    QTest::newRow("settings: bad NIP") << QStringList{u"settings"_s, u"set"_s, u"signatory.nip"_s, u"199702292022032004"_s}
                                       << QString();
    QTest::newRow("settings: bad boolean") << QStringList{u"settings"_s, u"set"_s, u"nip.pppk_code_check"_s, u"mungkin"_s}
                                           << u"nip.pppk_code_check"_s;
}

void TestCliInput::rejectedInputWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, keyword);
    const Snapshot before = snapshot(m_db);
    const CliRun r = run(args);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.err));
    if (!keyword.isEmpty())
        QVERIFY2(r.err.contains(keyword), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(snapshot(m_db), before);
}

void TestCliInput::staffAddAndNonAsnIds()
{
    const CliRun siti = run(staffAdd(u"19920517 201903 2 011"_s, u"Siti Rahmawati, S.Pd."_s, u"7.01.01"_s)
                            + QStringList{u"--grade"_s, u"3b"_s, u"--from"_s, u"2026-07-01"_s});
    QVERIFY2(siti.code == 0, qPrintable(siti.describe()));
    QVERIFY(siti.out.isEmpty());

    const CliRun first = run({u"staff"_s, u"add"_s, u"--name"_s, u"Asep Saepudin"_s, u"--unit"_s, u"7.01.01"_s,
                              u"--kind"_s, u"NON_ASN"_s});
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QCOMPARE(first.out, u"NA-000001\n"_s);
    const CliRun second = run({u"staff"_s, u"add"_s, u"--name"_s, u"Dedi"_s, u"--unit"_s, u"7.01.01"_s, u"--kind"_s, u"non_asn"_s});
    QCOMPARE(second.out, u"NA-000002\n"_s);

    const QList<QStringList> rows = parseCsv(run({u"staff"_s, u"list"_s, u"--unit"_s, u"7.01.01"_s, u"--format"_s, u"csv"_s}).out);
    QStringList sitiRow;
    QStringList asepRow;
    for (const QStringList& r : rows) {
        if (r.at(0) == Siti)
            sitiRow = r;
        if (r.at(0) == u"NA-000001"_s)
            asepRow = r;
    }
    QCOMPARE(sitiRow, QStringList({Siti, u"Siti Rahmawati, S.Pd."_s, u"7.01.01"_s, u"PNS"_s, u"P"_s, u"1992-05-17"_s,
                                   u"III/b"_s, QString(), u"1"_s}));
    QCOMPARE(asepRow.value(3), u"NON_ASN"_s);
    QCOMPARE(asepRow.value(4), QString());
    QCOMPARE(asepRow.value(5), QString());
}

void TestCliInput::unitSetHeadFrom()
{
    QVERIFY(run(staffAdd(Siti, u"Siti Rahmawati"_s, u"1.01.01"_s)).code == 0);
    const auto headOf = [&](const QString& code) {
        return rowWhere(jsonRows(run({u"unit"_s, u"list"_s, u"--format"_s, u"json"_s})), u"code"_s, code)
            .value(u"head_nip"_s)
            .toString();
    };
    const QString demoHead = headOf(u"1.01.01"_s);
    QCOMPARE(demoHead.size(), 18);

    const CliRun set = run({u"unit"_s, u"set-head"_s, u"1.01.01"_s, u"19870315 201012 1 002"_s, u"--from"_s, u"2026-11-02"_s});
    QVERIFY2(set.code == 0, qPrintable(set.describe()));
    QCOMPARE(headOf(u"1.01.01"_s), Budi);

    // A successor from a later date; "today" (23 Nov 2026) is before it, so Budi still heads.
    QCOMPARE(run({u"unit"_s, u"set-head"_s, u"1.01.01"_s, Siti, u"--from"_s, u"2026-12-01"_s}).code, 0);
    QCOMPARE(headOf(u"1.01.01"_s), Budi);

    // Starting before the current term is refused, and nothing changes.
    const Snapshot before = snapshot(m_db);
    const CliRun early = run({u"unit"_s, u"set-head"_s, u"1.01.01"_s, Budi, u"--from"_s, u"2026-11-15"_s});
    QVERIFY2(early.code == 2, qPrintable(early.describe()));
    QVERIFY(early.oneErrorLine());
    QCOMPARE(snapshot(m_db), before);

    // Without --from the term starts today.
    QCOMPARE(run({u"unit"_s, u"set-head"_s, u"7.01.01"_s, Budi}).code, 0);
    QCOMPARE(headOf(u"7.01.01"_s), Budi);
    QVERIFY(withRawConnection(m_db, [](QSqlDatabase& db) {
        return scalar(db, u"SELECT count(*) FROM unit_head h JOIN work_unit u ON u.id = h.unit_id"
                          " WHERE u.code = '7.01.01' AND h.start_date = '2026-11-23' AND h.end_date IS NULL"_s) == 1
            && scalar(db, u"SELECT count(*) FROM unit_head h JOIN work_unit u ON u.id = h.unit_id"
                          " WHERE u.code = '7.01.01' AND h.end_date = '2026-11-22'"_s) == 1;
    }));
}

void TestCliInput::periodAddAndSet()
{
    const CliRun add = run({u"period"_s, u"add"_s, u"--name"_s, u"Pilkada 2029"_s, u"--kind"_s, u"pilkada"_s, u"--start"_s,
                            u"2029-09-01"_s, u"--voting-day"_s, u"2029-11-28"_s, u"--end"_s, u"2029-12-20"_s});
    QVERIFY2(add.code == 0, qPrintable(add.describe()));
    const CliRun set = run({u"period"_s, u"set"_s, u"Pilkada 2024"_s, u"--start"_s, u"2024-09-01"_s, u"--end"_s, u"2024-12-31"_s});
    QVERIFY2(set.code == 0, qPrintable(set.describe()));
    QCOMPARE(run({u"period"_s, u"set"_s, u"Pemilu 2024"_s, u"--end"_s, u"2024-04-30"_s}).code, 0);

    const QList<QStringList> rows = parseCsv(run({u"period"_s, u"list"_s, u"--format"_s, u"csv"_s}).out);
    QCOMPARE(rows, QList<QStringList>({
                       {u"name"_s, u"kind"_s, u"start"_s, u"voting_day"_s, u"end"_s},
                       {u"Pemilu 2024"_s, u"pemilu"_s, u"2023-11-28"_s, u"2024-02-14"_s, u"2024-04-30"_s},
                       {u"Pilkada 2024"_s, u"pilkada"_s, u"2024-09-01"_s, u"2024-11-27"_s, u"2024-12-31"_s},
                       {u"Pilkada 2029"_s, u"pilkada"_s, u"2029-09-01"_s, u"2029-11-28"_s, u"2029-12-20"_s},
                   }));
}

void TestCliInput::settingsSetAndList()
{
    // On a command line a multi-line value is typed with \n.
    const CliRun address = run({u"settings"_s, u"set"_s, u"letterhead.address"_s,
                                u"Jalan Raya Sukamaju Nomor 1\\nSukamaju 45111"_s});
    QVERIFY2(address.code == 0, qPrintable(address.describe()));
    QCOMPARE(run({u"settings"_s, u"set"_s, u"signatory.nip"_s, u"19870315 201012 1 002"_s}).code, 0);
    QCOMPARE(run({u"settings"_s, u"set"_s, u"nip.pppk_code_check"_s, u"Tidak"_s}).code, 0);
    QCOMPARE(run({u"settings"_s, u"set"_s, u"signatory.rank"_s, QString()}).code, 0); // cleared

    const CliRun json = run({u"settings"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.code == 0, qPrintable(json.describe()));
    const QJsonArray rows = jsonRows(json);
    QVERIFY(rows.size() >= 10);
    const auto valueOf = [&](const QString& key) { return rowWhere(rows, u"key"_s, key).value(u"value"_s).toString(); };
    QCOMPARE(valueOf(u"letterhead.address"_s), u"Jalan Raya Sukamaju Nomor 1\nSukamaju 45111"_s);
    QCOMPARE(valueOf(u"signatory.nip"_s), Budi);
    QCOMPARE(valueOf(u"nip.pppk_code_check"_s), u"false"_s);
    QCOMPARE(valueOf(u"signatory.rank"_s), QString());
    QCOMPARE(valueOf(u"letterhead.government"_s), u"PEMERINTAH KABUPATEN SUKAMAJU"_s); // from the demo

    // CSV keeps the line break inside quotes; the table shows one line per setting.
    QStringList csvAddress;
    for (const QStringList& r : parseCsv(run({u"settings"_s, u"list"_s, u"--format"_s, u"csv"_s}).out))
        if (r.value(0) == u"letterhead.address"_s)
            csvAddress = r;
    QCOMPARE(csvAddress, QStringList({u"letterhead.address"_s, u"Jalan Raya Sukamaju Nomor 1\nSukamaju 45111"_s}));
    const CliRun table = run({u"settings"_s, u"list"_s});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(u"Jalan Raya Sukamaju Nomor 1 / Sukamaju 45111"_s));
    QCOMPARE(table.out.count(QLatin1Char('\n')), 2 + rows.size());
}

void TestCliInput::backupThenCheck()
{
    const QString copy = m_dir.filePath(u"salinan/netra-2026-11-23.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    const Snapshot before = snapshot(m_db);
    const CliRun backup = run({u"backup"_s, u"--out"_s, copy});
    QVERIFY2(backup.code == 0, qPrintable(backup.describe()));
    QVERIFY(backup.err.isEmpty());
    QCOMPARE(snapshot(m_db).rows, before.rows);
    QCOMPARE(QDir(QFileInfo(copy).absolutePath()).entryList(QDir::Files), QStringList{QFileInfo(copy).fileName()});

    const CliRun check = runCli(copy, {u"check"_s});
    QVERIFY2(check.code == 0, qPrintable(check.describe()));
    QCOMPARE(check.out.count(QLatin1Char('\n')), 1);
    QCOMPARE(runCli(copy, {u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s}).out,
             run({u"staff"_s, u"list"_s, u"--format"_s, u"csv"_s}).out);
    QCOMPARE(run({u"check"_s}).code, 0);

    // Into a folder that is not there: exit 3, no folder and no part file made.
    const QString lost = m_dir.filePath(u"hilang/netra.sqlite"_s);
    const CliRun missing = run({u"backup"_s, u"--out"_s, lost});
    QVERIFY2(missing.code == 3, qPrintable(missing.describe()));
    QVERIFY(missing.oneErrorLine());
    QVERIFY(!QFileInfo::exists(QFileInfo(lost).absolutePath()));
}

void TestCliInput::checkFindsDamage()
{
    QByteArray bytes = fileBytes(m_db);
    const int pageSize = 4096;
    QVERIFY(bytes.size() >= 20 * pageSize);
    const qsizetype from = (bytes.size() / 2 / pageSize) * pageSize;
    for (qsizetype i = from; i < from + 3 * pageSize; ++i)
        bytes[i] = char((i * 37) & 0xff);
    QVERIFY(writeFile(m_db, bytes));
    const QByteArray before = sha256(m_db);

    const CliRun check = run({u"check"_s});
    QVERIFY2(check.code == 3, qPrintable(check.describe()));
    QVERIFY2(check.oneErrorLine(), qPrintable(check.err));
    QVERIFY(check.out.isEmpty());
    QCOMPARE(sha256(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "TestCliInput.moc"
