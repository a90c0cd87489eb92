// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli session add/list and attendance checkin/list: output columns, one transaction
// per list, and bad input refused with exit 2 and nothing written.
#include "CliTestSupport.h"

#include "store/DeskCheckIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString Budi = u"198703152010121002"_s;  // 1.01.01
const QString Siti = u"199205172019032011"_s;  // 1.01.01
const QString Ahmad = u"198001012005011001"_s; // 7.01.01
const QString Stranger = u"197812122003121005"_s;

QStringList sessionAdd(const QStringList& extra)
{
    return QStringList{u"session"_s, u"add"_s, u"--period"_s, u"Pemilu 2024"_s, u"--title"_s, u"Apel Netralitas ASN"_s}
           + extra;
}

} // namespace

class TestCliAttendance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sessionAddPrintsItsIdAlone();
    void sessionListColumns();
    void rejectedInputWritesNothing_data();
    void rejectedInputWritesNothing();
    void checkinRecordsTheWholeList();
    void attendanceListColumns();
    void rosterImportTiesWalkIns();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }
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
    QString m_template; // two units, three staff, Pemilu 2024, session 1 inviting 1.01.01
    QString m_db;
};

void TestCliAttendance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    const QList<QStringList> steps{
        {u"init"_s},
        {u"unit"_s, u"add"_s, u"--code"_s, u"1.01.01"_s, u"--name"_s, u"Dinas Pendidikan"_s, u"--kind"_s, u"dinas"_s},
        {u"unit"_s, u"add"_s, u"--code"_s, u"7.01.01"_s, u"--name"_s, u"Kecamatan Sukamaju"_s, u"--kind"_s, u"kecamatan"_s},
        {u"staff"_s, u"add"_s, u"--nip"_s, Budi, u"--name"_s, u"Drs. Budi Santoso, M.Si."_s, u"--unit"_s, u"1.01.01"_s,
         u"--kind"_s, u"PNS"_s, u"--from"_s, u"2020-01-02"_s},
        {u"staff"_s, u"add"_s, u"--nip"_s, Siti, u"--name"_s, u"Siti Rahmawati"_s, u"--unit"_s, u"1.01.01"_s,
         u"--kind"_s, u"PNS"_s, u"--from"_s, u"2020-01-02"_s},
        {u"staff"_s, u"add"_s, u"--nip"_s, Ahmad, u"--name"_s, u"Ahmad Fauzi"_s, u"--unit"_s, u"7.01.01"_s,
         u"--kind"_s, u"PNS"_s, u"--from"_s, u"2020-01-02"_s},
        {u"period"_s, u"add"_s, u"--name"_s, u"Pemilu 2024"_s, u"--kind"_s, u"pemilu"_s, u"--start"_s, u"2023-06-01"_s,
         u"--voting-day"_s, u"2024-02-14"_s, u"--end"_s, u"2024-06-30"_s},
        sessionAdd({u"--date"_s, u"2023-11-28"_s, u"--start"_s, u"08:00"_s, u"--units"_s, u"1.01.01"_s}),
    };
    for (const QStringList& args : steps) {
        const CliRun r = runCli(m_template, args);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }
}

void TestCliAttendance::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestCliAttendance::sessionAddPrintsItsIdAlone()
{
    const CliRun added = run(sessionAdd({u"--date"_s, u"2023-12-05"_s, u"--start"_s, u"13.30"_s, u"--end"_s, u"15:00"_s,
                                         u"--venue"_s, u"Aula Bappeda"_s, u"--speaker"_s, u"Ketua Bawaslu"_s}));
    QVERIFY2(added.code == 0, qPrintable(added.describe()));
    QCOMPARE(added.out, u"2\n"_s);
    QCOMPARE(added.err, QString());
    QCOMPARE(count(u"SELECT count(*) FROM session_unit WHERE session_id = 2"_s), 0); // every unit
}

void TestCliAttendance::sessionListColumns()
{
    QVERIFY(run(sessionAdd({u"--date"_s, u"2023-10-02"_s, u"--units"_s, u"7.01.01,1.01.01"_s})).code == 0);
    const CliRun csv = run({u"session"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList{u"id"_s, u"period"_s, u"date"_s, u"start"_s, u"end"_s, u"title"_s, u"venue"_s,
                                   u"speaker"_s, u"units"_s}));
    QCOMPARE(rows[1][0], u"2"_s); // by date: the October session first
    QCOMPARE(rows[1][8], u"1.01.01,7.01.01"_s);
    QCOMPARE(rows[2][3], u"08:00"_s);
    const CliRun json = run({u"session"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY(json.code == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array[1].toObject().value(u"id"_s).toInteger(), 1);
    QCOMPARE(array[1].toObject().value(u"title"_s).toString(), u"Apel Netralitas ASN"_s);
    const CliRun unknown = run({u"session"_s, u"list"_s, u"--period"_s, u"Pemilu 2029"_s});
    QCOMPARE(unknown.code, 2);
}

void TestCliAttendance::rejectedInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("session before the period") << sessionAdd({u"--date"_s, u"2023-05-31"_s}) << 2 << u"2023-05-31"_s;
    QTest::newRow("session after the period") << sessionAdd({u"--date"_s, u"2024-07-01"_s}) << 2 << u"2024-07-01"_s;
    QTest::newRow("session unknown unit") << sessionAdd({u"--date"_s, u"2023-12-01"_s, u"--units"_s, u"9.99"_s}) << 2 << u"9.99"_s;
    QTest::newRow("session unknown period")
        << QStringList{u"session"_s, u"add"_s, u"--period"_s, u"Pilkada 2029"_s, u"--title"_s, u"X"_s, u"--date"_s,
                       u"2023-12-01"_s} << 2 << u"Pilkada 2029"_s;
    QTest::newRow("session bad time") << sessionAdd({u"--date"_s, u"2023-12-01"_s, u"--start"_s, u"8 pagi"_s}) << 2 << u"8 pagi"_s;
    QTest::newRow("session ends before start")
        << sessionAdd({u"--date"_s, u"2023-12-01"_s, u"--start"_s, u"10:00"_s, u"--end"_s, u"09:00"_s}) << 2 << QString();
    QTest::newRow("checkin unknown session") << QStringList{u"attendance"_s, u"checkin"_s, u"--session"_s, u"99"_s, Budi}
                                             << 2 << u"99"_s;
    QTest::newRow("checkin session not a number")
        << QStringList{u"attendance"_s, u"checkin"_s, u"--session"_s, u"apel"_s, Budi} << 2 << u"apel"_s;
    QTest::newRow("checkin NIP not in the database")
        << QStringList{u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, Budi, Stranger} << 2 << Stranger;
    QTest::newRow("checkin not a NIP")
        << QStringList{u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, Budi, u"12345"_s} << 2 << u"12345"_s;
    QTest::newRow("checkin unknown status")
        << QStringList{u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, u"--status"_s, u"cuti"_s, Budi} << 2 << u"cuti"_s;
    QTest::newRow("list unknown session") << QStringList{u"attendance"_s, u"list"_s, u"--session"_s, u"7"_s} << 2 << u"7"_s;
}

void TestCliAttendance::rejectedInputWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, keyword);
    const Snapshot before = snapshot(m_db);
    const CliRun r = run(args);
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(keyword), qPrintable(r.describe()));
    QCOMPARE(r.out, QString());
    QVERIFY(snapshot(m_db) == before);
}

void TestCliAttendance::checkinRecordsTheWholeList()
{
    const CliRun first = run({u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, u"19870315 201012 1 002"_s, Ahmad});
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QCOMPARE(first.out, u"recorded 2, changed 0, unchanged 0\n"_s);
    // Ahmad's unit was not invited: recorded all the same, and flagged.
    QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE outside_target = 1"_s), 1);
    const CliRun excused = run({u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, u"--status"_s, u"izin"_s, Budi, Siti});
    QVERIFY2(excused.code == 0, qPrintable(excused.describe()));
    QCOMPARE(excused.out, u"recorded 1, changed 1, unchanged 0\n"_s);
    QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE status = 'izin' AND method = 'bulk'"_s), 2);
    const CliRun again = run({u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, u"--status"_s, u"izin"_s, Siti});
    QCOMPARE(again.out, u"recorded 0, changed 0, unchanged 1\n"_s);
}

void TestCliAttendance::attendanceListColumns()
{
    QVERIFY(run({u"settings"_s, u"set"_s, u"region.time_zone"_s, u"WITA"_s}).code == 0);
    QVERIFY(run({u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, Siti, Ahmad}).code == 0);
    QVERIFY(run({u"attendance"_s, u"checkin"_s, u"--session"_s, u"1"_s, u"--status"_s, u"dinas_luar"_s, Budi}).code == 0);
    const CliRun csv = run({u"attendance"_s, u"list"_s, u"--session"_s, u"1"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{u"nip"_s, u"name"_s, u"unit_code"_s, u"status"_s, u"time"_s, u"method"_s}));
    // By unit, then name: Budi and Siti of 1.01.01, then Ahmad of 7.01.01.
    QCOMPARE(rows[1], (QStringList{Budi, u"Drs. Budi Santoso, M.Si."_s, u"1.01.01"_s, u"dinas_luar"_s,
                                   u"2026-11-23T17:30:00+08:00"_s, u"bulk"_s}));
    QCOMPARE(rows[2][0], Siti);
    QCOMPARE(rows[2][3], u"hadir"_s);
    QCOMPARE(rows[3][2], u"7.01.01"_s);
    const CliRun json = run({u"attendance"_s, u"list"_s, u"--session"_s, u"1"_s, u"--format"_s, u"json"_s});
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array[2].toObject().value(u"name"_s).toString(), u"Ahmad Fauzi"_s);
}

void TestCliAttendance::rosterImportTiesWalkIns()
{
    {
        auto db = openDb(m_db);
        QVERIFY(db);
        auto desk = DeskCheckIn::open(**db, 1);
        QVERIFY(desk);
        const auto walkIn = (*desk)->recordWalkIn(Stranger, u"Rudi Hartono"_s);
        QVERIFY2(walkIn, walkIn ? "" : qPrintable(walkIn.error().message));
    }
    const QString roster = m_dir.filePath(u"roster.csv"_s);
    QVERIFY(writeFile(roster, "NIP;Nama;Unit Kerja;Jenis Pegawai\n197812122003121005;Rudi Hartono, S.E.;Dinas Pendidikan;PNS\n"));
    const CliRun imported = run({u"staff"_s, u"import"_s, roster});
    QVERIFY2(imported.code == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.err.contains(u"1 walk-in"_s), qPrintable(imported.describe()));
    QCOMPARE(count(u"SELECT count(*) FROM attendance a JOIN staff s ON s.id = a.staff_id"
                   u" WHERE s.nip = '197812122003121005' AND a.walk_in_nip IS NULL"_s), 1);
    const CliRun listed = run({u"attendance"_s, u"list"_s, u"--session"_s, u"1"_s, u"--format"_s, u"csv"_s});
    QVERIFY(listed.out.contains(u"Rudi Hartono, S.E."_s));
}

QTEST_GUILESS_MAIN(TestCliAttendance)
#include "TestCliAttendance.moc"
