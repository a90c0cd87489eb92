// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli case add/move/list/kinds: the id printed, the columns, the catalogue, and every
// refusal with exit 2 and the database untouched.
#include "CliTestSupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString Budi = u"198703152010121002"_s; // 1.01.01
const QString Eko = u"199003032015031004"_s;  // 7.01.01

QStringList caseAdd(const QString& nip, const QString& kind, const QString& date, const QString& source = u"temuan_bawaslu"_s)
{
    return {u"case"_s, u"add"_s, u"--nip"_s, nip, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, kind,
            u"--date"_s, date, u"--source"_s, source, u"--note"_s, u"Unggahan dukungan"_s};
}

QStringList caseMove(const QString& id, const QString& to, const QString& date, const QStringList& more = {})
{
    return QStringList{u"case"_s, u"move"_s, id, u"--to"_s, to, u"--date"_s, date} + more;
}

} // namespace

class TestCliCases : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void kindsListTheCatalogue();
    void addPrintsTheIdAndMoveFollowsTheWorkflow();
    void listFiltersAndPutsOverdueFirst();
    void misfitSanctionNeedsAReason();
    void rejectedInputWritesNothing_data();
    void rejectedInputWritesNothing();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }
    QString addCase(const QString& nip, const QString& kind, const QString& date)
    {
        const CliRun r = run(caseAdd(nip, kind, date));
        return r.code == 0 ? r.out.trimmed() : QString();
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_db;
};

void TestCliCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    const auto staffAdd = [](const QString& nip, const QString& name, const QString& unit) {
        return QStringList{u"staff"_s, u"add"_s, u"--nip"_s, nip, u"--name"_s, name, u"--unit"_s, unit,
                           u"--kind"_s, u"PNS"_s, u"--from"_s, u"2020-01-02"_s};
    };
    const QList<QStringList> steps{
        {u"init"_s},
        {u"unit"_s, u"add"_s, u"--code"_s, u"1.01.01"_s, u"--name"_s, u"Dinas Pendidikan"_s, u"--kind"_s, u"dinas"_s},
        {u"unit"_s, u"add"_s, u"--code"_s, u"7.01.01"_s, u"--name"_s, u"Kecamatan Sukamaju"_s, u"--kind"_s, u"kecamatan"_s},
        staffAdd(Budi, u"Drs. Budi Santoso, M.Si."_s, u"1.01.01"_s),
        staffAdd(Eko, u"Eko Prasetyo"_s, u"7.01.01"_s),
        {u"period"_s, u"add"_s, u"--name"_s, u"Pemilu 2024"_s, u"--kind"_s, u"pemilu"_s, u"--start"_s, u"2023-06-01"_s,
         u"--voting-day"_s, u"2024-02-14"_s, u"--end"_s, u"2024-06-30"_s},
    };
    for (const QStringList& args : steps) {
        const CliRun r = runCli(m_template, args);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }
}

void TestCliCases::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestCliCases::kindsListTheCatalogue()
{
    const CliRun csv = run({u"case"_s, u"kinds"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 18);
    QCOMPARE(rows[0], (QStringList{u"code"_s, u"label"_s, u"sanction_class"_s}));
    QCOMPARE(rows[1], (QStringList{u"media_sosial"_s,
                                   u"Keberpihakan di media sosial (unggah, komentar, bagikan, suka, ikuti)"_s, u"moral"_s}));
    QCOMPARE(rows[10].at(0), u"menjadi_tim_sukses"_s);
    QCOMPARE(rows[10].at(2), u"berat"_s);
    QCOMPARE(rows.last(), (QStringList{u"lainnya"_s, u"Pelanggaran netralitas lainnya"_s, QString()}));
    const CliRun json = run({u"case"_s, u"kinds"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.code == 0, qPrintable(json.describe()));
    QVERIFY(json.out.contains(u"\"anggota_parpol\""_s));
}

void TestCliCases::addPrintsTheIdAndMoveFollowsTheWorkflow()
{
    const CliRun added = run(caseAdd(u"19870315 201012 1 002"_s, u"media_sosial"_s, u"2024-01-10"_s));
    QVERIFY2(added.code == 0, qPrintable(added.describe()));
    QCOMPARE(added.out, u"1\n"_s);
    // Reported straight to imposed is not a step of the workflow.
    const CliRun skipped = run(caseMove(u"1"_s, u"sanksi"_s, u"2024-01-20"_s, {u"--sanction"_s, u"moral_terbuka"_s}));
    QCOMPARE(skipped.code, 2);
    QVERIFY(skipped.err.contains(u"klarifikasi"_s));
    const CliRun examined = run(caseMove(u"1"_s, u"klarifikasi"_s, u"2024-01-12"_s, {u"--body"_s, u"Bawaslu"_s}));
    QVERIFY2(examined.code == 0, qPrintable(examined.describe()));
    QCOMPARE(examined.out, u"klarifikasi\n"_s);
    // Received Friday 19 January 2024: 14 working days end on Thursday 8 February.
    const CliRun recommended = run(caseMove(u"1"_s, u"rekomendasi"_s, u"2024-01-19"_s,
                                            {u"--letter"_s, u"1234/R/BKN/I/2024"_s, u"--sanction"_s, u"moral_terbuka"_s}));
    QVERIFY2(recommended.code == 0, qPrintable(recommended.describe()));
    QVERIFY2(recommended.out.startsWith(u"rekomendasi"_s), qPrintable(recommended.out));
    QVERIFY2(recommended.out.contains(u"2024-02-08"_s), qPrintable(recommended.out));
    const CliRun imposed = run(caseMove(u"1"_s, u"sanksi"_s, u"2024-03-01"_s,
                                        {u"--letter"_s, u"800/123/BKPSDM/2024"_s, u"--sanction"_s, u"moral_terbuka"_s}));
    QVERIFY2(imposed.code == 0, qPrintable(imposed.describe()));
    QCOMPARE(imposed.out, u"sanksi\n"_s);
    QVERIFY(imposed.err.isEmpty());
    const CliRun after = run(caseMove(u"1"_s, u"dihentikan"_s, u"2024-03-02"_s));
    QCOMPARE(after.code, 2); // a final status
}

void TestCliCases::listFiltersAndPutsOverdueFirst()
{
    const QString first = addCase(Budi, u"media_sosial"_s, u"2024-01-10"_s);
    const QString second = addCase(Eko, u"fasilitas_negara"_s, u"2024-01-05"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(run(caseMove(second, u"klarifikasi"_s, u"2024-01-08"_s)).code, 0);
    QCOMPARE(run(caseMove(second, u"rekomendasi"_s, u"2024-01-15"_s)).code, 0);
    const CliRun csv = run({u"case"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList{u"id"_s, u"nip"_s, u"name"_s, u"unit_code"_s, u"period"_s, u"kind"_s, u"date"_s,
                                   u"source"_s, u"status"_s, u"overdue"_s}));
    QCOMPARE(rows[1], (QStringList{second, Eko, u"Eko Prasetyo"_s, u"7.01.01"_s, u"Pemilu 2024"_s, u"fasilitas_negara"_s,
                                   u"2024-01-05"_s, u"temuan_bawaslu"_s, u"rekomendasi"_s, u"1"_s}));
    QCOMPARE(rows[2].at(0), first);
    QCOMPARE(rows[2].at(9), u"0"_s);
    const CliRun overdue = run({u"case"_s, u"list"_s, u"--overdue"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(parseCsv(overdue.out).size(), 2);
    const CliRun unit = run({u"case"_s, u"list"_s, u"--unit"_s, u"1.01.01"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(parseCsv(unit.out).size(), 2);
    QCOMPARE(parseCsv(unit.out).at(1).at(0), first);
    const CliRun status = run({u"case"_s, u"list"_s, u"--status"_s, u"dilaporkan"_s, u"--format"_s, u"json"_s});
    QVERIFY2(status.code == 0, qPrintable(status.describe()));
    QVERIFY(status.out.contains(u"media_sosial"_s));
    QVERIFY(!status.out.contains(u"fasilitas_negara"_s));
    const CliRun kind = run({u"case"_s, u"list"_s, u"--kind"_s, u"fasilitas_negara"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(parseCsv(kind.out).size(), 2);
}

void TestCliCases::misfitSanctionNeedsAReason()
{
    const QString id = addCase(Budi, u"media_sosial"_s, u"2024-01-10"_s);
    QCOMPARE(run(caseMove(id, u"klarifikasi"_s, u"2024-01-12"_s)).code, 0);
    QCOMPARE(run(caseMove(id, u"rekomendasi"_s, u"2024-01-19"_s)).code, 0);
    const Snapshot before = snapshot(m_db);
    const CliRun refused = run(caseMove(id, u"sanksi"_s, u"2024-02-01"_s, {u"--sanction"_s, u"berat_berhenti"_s}));
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains(u"berat"_s));
    QVERIFY(snapshot(m_db) == before);
    const CliRun accepted = run(caseMove(id, u"sanksi"_s, u"2024-02-01"_s,
                                         {u"--sanction"_s, u"berat_berhenti"_s, u"--reason"_s, u"Pelanggaran berulang"_s}));
    QVERIFY2(accepted.code == 0, qPrintable(accepted.describe()));
    QCOMPARE(accepted.out, u"sanksi\n"_s);
    QVERIFY2(!accepted.err.isEmpty(), "a warning on stderr");
}

void TestCliCases::rejectedInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown kind") << caseAdd(Budi, u"kampanye_hitam"_s, u"2024-01-10"_s) << 2;
    QTest::newRow("unknown source") << caseAdd(Budi, u"media_sosial"_s, u"2024-01-10"_s, u"tetangga"_s) << 2;
    QTest::newRow("act in the future") << caseAdd(Budi, u"media_sosial"_s, u"2026-11-24"_s) << 2;
    QTest::newRow("malformed date") << caseAdd(Budi, u"media_sosial"_s, u"10/01/2024x"_s) << 2;
    QTest::newRow("unknown NIP") << caseAdd(u"197812122003121005"_s, u"media_sosial"_s, u"2024-01-10"_s) << 2;
    QTest::newRow("unknown period") << QStringList{u"case"_s, u"add"_s, u"--nip"_s, Budi, u"--period"_s, u"Pemilu 2029"_s,
                                                   u"--kind"_s, u"media_sosial"_s, u"--date"_s, u"2024-01-10"_s,
                                                   u"--source"_s, u"media"_s}
                                    << 2;
    QTest::newRow("step before the act") << caseMove(u"1"_s, u"klarifikasi"_s, u"2024-01-09"_s) << 2;
    QTest::newRow("step in the future") << caseMove(u"1"_s, u"klarifikasi"_s, u"2026-11-24"_s) << 2;
    QTest::newRow("unknown status") << caseMove(u"1"_s, u"diproses"_s, u"2024-01-12"_s) << 2;
    QTest::newRow("unknown case") << caseMove(u"99"_s, u"klarifikasi"_s, u"2024-01-12"_s) << 2;
    QTest::newRow("sanction on examination") << caseMove(u"1"_s, u"klarifikasi"_s, u"2024-01-12"_s,
                                                         {u"--sanction"_s, u"moral_terbuka"_s})
                                             << 2;
    QTest::newRow("skips the recommendation") << caseMove(u"1"_s, u"sanksi"_s, u"2024-01-12"_s,
                                                          {u"--sanction"_s, u"moral_terbuka"_s})
                                              << 2;
}

void TestCliCases::rejectedInputWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QCOMPARE(addCase(Budi, u"media_sosial"_s, u"2024-01-10"_s), u"1"_s);
    const Snapshot before = snapshot(m_db);
    const CliRun r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(snapshot(m_db) == before);
}

QTEST_GUILESS_MAIN(TestCliCases)
#include "TestCliCases.moc"
