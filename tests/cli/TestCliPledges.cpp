// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli pledge add/list/attach/forms: summaries, columns, evidence kept byte for byte, the
// printed forms checked with poppler-utils, and bad input refused with exit 2 and nothing written.
#include "CliTestSupport.h"
#include "../io/PdfTestSupport.h"

#include "core/EvidenceFile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString Budi = u"198703152010121002"_s;  // 1.01.01, its head
const QString Siti = u"199205172019032011"_s;  // 1.01.01
const QString Ahmad = u"198001012005011001"_s; // 7.01.01
const QString Stranger = u"197812122003121005"_s;

QStringList pledgeAdd(const QString& date, const QStringList& nips, const QString& kind = u"ikrar"_s)
{
    return QStringList{u"pledge"_s, u"add"_s, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, kind, u"--date"_s, date} + nips;
}

QStringList pledgeForms(const QString& unit, const QString& kind, const QString& out)
{
    return {u"pledge"_s, u"forms"_s, u"--period"_s, u"Pemilu 2024"_s, u"--unit"_s, unit, u"--kind"_s, kind, u"--out"_s, out};
}

} // namespace

class TestCliPledges : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void addReportsAlreadyRecorded();
    void rejectedInputWritesNothing_data();
    void rejectedInputWritesNothing();
    void attachKeepsTheScan();
    void listsUnsigned();
    void importRecordsTheValidRows();
    void formsWritePdf();
    void formsRefusals_data();
    void formsRefusals();
    void formsUnwritableOutput();

private:
    CliRun run(const QStringList& args) const { return runCli(m_db, args); }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_db;
};

void TestCliPledges::initTestCase()
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
        staffAdd(Siti, u"Siti Rahmawati"_s, u"1.01.01"_s),
        staffAdd(Ahmad, u"Ahmad Fauzi"_s, u"7.01.01"_s),
        {u"unit"_s, u"set-head"_s, u"1.01.01"_s, Budi, u"--from"_s, u"2021-01-04"_s},
        {u"period"_s, u"add"_s, u"--name"_s, u"Pemilu 2024"_s, u"--kind"_s, u"pemilu"_s, u"--start"_s, u"2023-06-01"_s,
         u"--voting-day"_s, u"2024-02-14"_s, u"--end"_s, u"2024-06-30"_s},
    };
    for (const QStringList& args : steps) {
        const CliRun r = runCli(m_template, args);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }
}

void TestCliPledges::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestCliPledges::addReportsAlreadyRecorded()
{
    const CliRun first = run(pledgeAdd(u"2023-11-28"_s, {u"19870315 201012 1 002"_s, Siti}));
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QCOMPARE(first.out, u"recorded 2, already recorded 0\n"_s);
    const CliRun again = run(pledgeAdd(u"2023-12-01"_s, {Siti, Ahmad}));
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QCOMPARE(again.out, u"recorded 1, already recorded 1\n"_s);
    const CliRun csv = run({u"pledge"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{u"nip"_s, u"name"_s, u"unit_code"_s, u"kind"_s, u"signed_on"_s, u"evidence_sha256"_s}));
    QCOMPARE(rows[2], (QStringList{Siti, u"Siti Rahmawati"_s, u"1.01.01"_s, u"ikrar"_s, u"2023-11-28"_s, QString()}));
}

void TestCliPledges::rejectedInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("before the period") << pledgeAdd(u"2023-05-31"_s, {Siti}) << u"2023-05-31"_s;
    QTest::newRow("in the future") << pledgeAdd(u"2026-12-01"_s, {Siti}) << u"2026-12-01"_s;
    QTest::newRow("not active that day") << pledgeAdd(u"2019-12-31"_s, {Siti}) << QString();
    QTest::newRow("NIP not in the database") << pledgeAdd(u"2023-11-28"_s, {Siti, Stranger}) << Stranger;
    QTest::newRow("unknown kind") << pledgeAdd(u"2023-11-28"_s, {Siti}, u"sumpah"_s) << u"sumpah"_s;
    QTest::newRow("unknown period")
        << QStringList{u"pledge"_s, u"add"_s, u"--period"_s, u"Pilkada 2029"_s, u"--kind"_s, u"ikrar"_s, u"--date"_s,
                       u"2023-11-28"_s, Siti} << u"Pilkada 2029"_s;
}

void TestCliPledges::rejectedInputWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, keyword);
    if (QTest::currentDataTag() == QByteArray("not active that day"))
        QVERIFY(run({u"period"_s, u"set"_s, u"Pemilu 2024"_s, u"--start"_s, u"2019-12-01"_s}).code == 0);
    const Snapshot before = snapshot(m_db);
    const CliRun r = run(args);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(keyword), qPrintable(r.describe()));
    QVERIFY(snapshot(m_db) == before);
}

void TestCliPledges::attachKeepsTheScan()
{
    QVERIFY(run(pledgeAdd(u"2023-11-28"_s, {Budi, Siti})).code == 0);
    QByteArray scan("%PDF-1.5\n% lembar ikrar kolektif\n");
    for (int i = 0; i < 2000; ++i)
        scan.append(char(i * 7 % 256));
    scan.append("\n%%EOF\n");
    const QString path = m_dir.filePath(u"ikrar-disdik.pdf"_s);
    QVERIFY(writeFile(path, scan));
    const QString sha = EvidenceFile::sha256(scan);

    // A text file named .pdf, and a NIP without a pledge: refused, nothing stored.
    const QString fake = m_dir.filePath(u"fake.pdf"_s);
    QVERIFY(writeFile(fake, "bukan pdf"));
    for (const QStringList& args :
         {QStringList{u"pledge"_s, u"attach"_s, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, u"ikrar"_s, u"--file"_s, fake, Budi},
          QStringList{u"pledge"_s, u"attach"_s, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, u"ikrar"_s, u"--file"_s, path, Budi, Ahmad}}) {
        const Snapshot before = snapshot(m_db);
        const CliRun refused = run(args);
        QVERIFY2(refused.code == 2, qPrintable(refused.describe()));
        QVERIFY(snapshot(m_db) == before);
    }
    const CliRun attached =
        run({u"pledge"_s, u"attach"_s, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, u"ikrar"_s, u"--file"_s, path, Budi, Siti});
    QVERIFY2(attached.code == 0, qPrintable(attached.describe()));
    QCOMPARE(attached.out, u"attached 2 sha256 %1\n"_s.arg(sha));
    QByteArray stored;
    withRawConnection(m_db, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.exec(u"SELECT content FROM document"_s);
        if (q.next())
            stored = q.value(0).toByteArray();
        return true;
    });
    QCOMPARE(stored, scan);
    const CliRun csv = run({u"pledge"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--format"_s, u"csv"_s});
    const QList<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][5], sha);
    QCOMPARE(rows[2][5], sha);
}

void TestCliPledges::listsUnsigned()
{
    QVERIFY(run(pledgeAdd(u"2023-11-28"_s, {Budi})).code == 0);
    const CliRun ikrar = run({u"pledge"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--unsigned"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(ikrar.code == 0, qPrintable(ikrar.describe()));
    QList<QStringList> rows = parseCsv(ikrar.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][0], Siti);
    QCOMPARE(rows[2][0], Ahmad);
    QCOMPARE(rows[1][3], u"ikrar"_s);
    const CliRun unit = run({u"pledge"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--unsigned"_s, u"--unit"_s,
                             u"7.01.01"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(parseCsv(unit.out).size(), 2);
    const CliRun pakta = run({u"pledge"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--unsigned"_s, u"--kind"_s,
                              u"pakta"_s, u"--format"_s, u"csv"_s});
    rows = parseCsv(pakta.out);
    QCOMPARE(rows.size(), 2); // the head of 1.01.01 only
    QCOMPARE(rows[1][0], Budi);
}

void TestCliPledges::importRecordsTheValidRows()
{
    const QString path = m_dir.filePath(u"ikrar.csv"_s);
    QVERIFY(writeFile(path, "NIP;Nama;Tanggal Ikrar\n"
                            "19870315 201012 1 002;Budi;28/11/2023\n"
                            "199205172019032011;Siti;2023-11-29\n"
                            "1.99205172019032E+17;Siti;2023-11-29\n"
                            "197812122003121005;Rudi;2023-11-29\n"
                            "198001012005011001;Ahmad;31/02/2024\n"
                            "198001012005011001;Ahmad;2030-01-01\n"));
    const QStringList args{u"pledge"_s, u"import"_s, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, u"ikrar"_s, path};
    const CliRun first = run(args);
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QCOMPARE(first.out, u"recorded 2, already recorded 0, rejected 4\n"_s);
    QCOMPARE(first.err.count(u'\n'), 4); // one line per rejected row, with its row number
    QVERIFY(first.err.contains(u"row 4"_s));
    const CliRun again = run(args);
    QCOMPARE(again.out, u"recorded 0, already recorded 2, rejected 4\n"_s);
    const CliRun listed = run({u"pledge"_s, u"list"_s, u"--period"_s, u"Pemilu 2024"_s, u"--format"_s, u"csv"_s});
    const QList<QStringList> rows = parseCsv(listed.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][4], u"2023-11-28"_s); // dd/mm/yyyy read day first

    const QString noDate = m_dir.filePath(u"no-date.csv"_s);
    QVERIFY(writeFile(noDate, "NIP,Nama\n199205172019032011,Siti\n"));
    const Snapshot before = snapshot(m_db);
    const CliRun refused = run({u"pledge"_s, u"import"_s, u"--period"_s, u"Pemilu 2024"_s, u"--kind"_s, u"pakta"_s, noDate});
    QCOMPARE(refused.code, 2);
    QVERIFY(snapshot(m_db) == before);
}

void TestCliPledges::formsWritePdf()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    QVERIFY(run({u"settings"_s, u"set"_s, u"letterhead.government"_s, u"PEMERINTAH KABUPATEN SUKAMAJU"_s}).code == 0);
    QVERIFY(run({u"settings"_s, u"set"_s, u"signatory.place"_s, u"Sukamaju"_s}).code == 0);

    const QString ikrar = m_dir.filePath(u"ikrar 1.01.01.pdf"_s);
    const CliRun sheet = run(pledgeForms(u"1.01.01"_s, u"ikrar"_s, ikrar) + QStringList{u"--as-of"_s, u"2023-12-01"_s});
    QVERIFY2(sheet.code == 0, qPrintable(sheet.describe()));
    QVERIFY(sheet.err.isEmpty());
    QVERIFY(sheet.out.contains(u"ikrar 1.01.01.pdf"_s));
    QString text = pdfPages(pdftotext, ikrar).join(u' ');
    QVERIFY2(text.contains(u"IKRAR NETRALITAS APARATUR SIPIL NEGARA PEMERINTAH KABUPATEN SUKAMAJU DALAM PEMILIHAN UMUM "
                           "TAHUN 2024"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"kami Aparatur Sipil Negara di lingkungan Pemerintah Kabupaten Sukamaju berikrar:"_s));
    QVERIFY(text.contains(u"No Nama NIP Jabatan Tanda Tangan"_s));
    QVERIFY(text.contains(u"Drs. Budi Santoso, M.Si."_s));
    QVERIFY(text.contains(u"19870315 201012 1 002"_s));
    QVERIFY(text.contains(u"Siti Rahmawati"_s));
    QVERIFY(text.contains(u"19920517 201903 2 011"_s));
    QVERIFY(!text.contains(u"Ahmad Fauzi"_s));
    QVERIFY(text.contains(u"Sukamaju, .................... 2023 Mengetahui,"_s));

    const QString pakta = m_dir.filePath(u"pakta.pdf"_s);
    const CliRun pages = run(pledgeForms(u"1.01.01"_s, u"PAKTA"_s, pakta)
                             + QStringList{u"--paper"_s, u"f4"_s, u"--date"_s, u"2023-12-04"_s});
    QVERIFY2(pages.code == 0, qPrintable(pages.describe()));
    const QStringList paktaPages = pdfPages(pdftotext, pakta);
    QCOMPARE(paktaPages.size(), 1); // the head of 1.01.01 only
    text = paktaPages.first();
    QVERIFY2(text.contains(u"PAKTA INTEGRITAS NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN UMUM TAHUN 2024"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Nama : Drs. Budi Santoso, M.Si. NIP : 19870315 201012 1 002"_s));
    QVERIFY(text.contains(u"Unit Kerja : Dinas Pendidikan"_s));
    QVERIFY(text.contains(u"Sukamaju, 4 Desember 2023 Yang membuat pernyataan, Drs. Budi Santoso, M.Si."_s));
    QVERIFY(!text.contains(u"Siti Rahmawati"_s));
    QVERIFY(!text.contains(u"Meterai"_s));
}

void TestCliPledges::formsRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("keyword");
    const QString out = u"OUT"_s;
    QTest::newRow("unknown unit") << pledgeForms(u"9.99.99"_s, u"ikrar"_s, out) << 2 << u"9.99.99"_s;
    QTest::newRow("nobody owes a pakta") << pledgeForms(u"7.01.01"_s, u"pakta"_s, out) << 2 << u"7.01.01"_s;
    QTest::newRow("unknown kind") << pledgeForms(u"1.01.01"_s, u"sumpah"_s, out) << 2 << u"sumpah"_s;
    QTest::newRow("no unit") << pledgeForms(QString(), u"ikrar"_s, out) << 2 << u"--unit"_s;
    QTest::newRow("no kind") << pledgeForms(u"1.01.01"_s, QString(), out) << 2 << u"--kind"_s;
    QTest::newRow("unknown period")
        << QStringList{u"pledge"_s, u"forms"_s, u"--period"_s, u"Pilkada 2029"_s, u"--unit"_s, u"1.01.01"_s, u"--kind"_s,
                       u"ikrar"_s, u"--out"_s, out} << 2 << u"Pilkada 2029"_s;
    QTest::newRow("not a date") << pledgeForms(u"1.01.01"_s, u"ikrar"_s, out) + QStringList{u"--date"_s, u"4/12/2023"_s}
                                << 2 << u"4/12/2023"_s;
    QTest::newRow("as of outside the period")
        << pledgeForms(u"1.01.01"_s, u"ikrar"_s, out) + QStringList{u"--as-of"_s, u"2024-07-01"_s} << 2 << u"2024-07-01"_s;
    QTest::newRow("unknown paper") << pledgeForms(u"1.01.01"_s, u"ikrar"_s, out) + QStringList{u"--paper"_s, u"folio"_s}
                                   << 1 << u"--paper"_s;
}

void TestCliPledges::formsRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, keyword);
    const QString pdf = m_dir.filePath(u"refused.pdf"_s);
    args.replaceInStrings(u"OUT"_s, pdf);
    const CliRun r = run(args);
    QVERIFY2(r.code == code, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(keyword), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void TestCliPledges::formsUnwritableOutput()
{
    const QString pdf = m_dir.filePath(u"no-such-folder/ikrar.pdf"_s);
    const CliRun r = run(pledgeForms(u"1.01.01"_s, u"ikrar"_s, pdf));
    QVERIFY2(r.code == 3, qPrintable(r.describe()));
    QVERIFY(r.oneErrorLine());
    QVERIFY(r.err.contains(u"ikrar.pdf"_s));
    QVERIFY(!QFileInfo::exists(pdf));
}

// A QGuiApplication: the forms are painted with the embedded fonts.
QTEST_MAIN(TestCliPledges)
#include "TestCliPledges.moc"
