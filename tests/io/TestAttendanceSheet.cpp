// SPDX-License-Identifier: GPL-3.0-or-later
// The printed daftar hadir (AttendanceSheet) from a small database, checked in the PDF with
// poppler-utils.
#include "../store/StoreTestSupport.h"
#include "PdfTestSupport.h"

#include "io/AttendanceSheet.h"
#include "io/PageBreakBlock.h"
#include "io/ReportDocument.h"
#include "io/ReportFonts.h"
#include "store/AttendanceRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

// The left edges of the words of page 1 that are exactly `word`, from pdftotext -bbox.
QList<double> wordLefts(const QString& pdftotext, const QString& pdf, const QString& word)
{
    const QString html = runTool(pdftotext, {u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    static const QRegularExpression re(u"<word xMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"_s);
    QList<double> lefts;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == word)
            lefts.append(m.captured(1).toDouble());
    }
    return lefts;
}

// An 18-digit NIP for the n-th person: a distinct birth date, appointed March 2005, serial 001.
QString nipFor(int n)
{
    const QDate birth = QDate(1975, 1, 1).addDays(n * 11);
    return birth.toString(u"yyyyMMdd"_s) + u"200503"_s + QString::number(1 + n % 2) + u"001"_s;
}

QString grouped(const QString& nip)
{
    return nip.mid(0, 8) + u' ' + nip.mid(8, 6) + u' ' + nip.mid(14, 1) + u' ' + nip.mid(15, 3);
}

constexpr int kTeachers = 60;
const QString kTitle = u"Sosialisasi Netralitas ASN pada Pemilu 2024"_s;
const QString kOrganiser = u"Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Sukamaju"_s;

} // namespace

class TestAttendanceSheet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void timeLine_data();
    void timeLine();
    void pageBreakNeverLeavesABlankPage();
    void everyInvitedUnitFromANewPage();
    void signatureCellsAreStaggered();
    void oneUnitOnF4();
    void sessionWithNobodyInvited();
    void refusals();

private:
    QString write(const ReportDocument& doc, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_session = 0;      // 1.01.01 (60 people) and 4.01.01 (2 people)
    qint64 m_emptySession = 0; // 8.01.01, nobody assigned there
};

void TestAttendanceSheet::initTestCase()
{
    QVERIFY(ReportFonts::ensureLoaded());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);

    SettingsRepository settings(*m_db);
    const QList<std::pair<QString, QString>> values = {
        {u"letterhead.government"_s, u"PEMERINTAH KABUPATEN SUKAMAJU"_s},
        {u"letterhead.office"_s, u"BADAN KESATUAN BANGSA DAN POLITIK"_s},
        {u"letterhead.address"_s, u"Jalan Merdeka Nomor 1, Telepon (0260) 123456"_s},
        {u"signatory.place"_s, u"Sukamaju"_s},
        {u"region.time_zone"_s, u"WITA"_s},
    };
    for (const auto& [key, value] : values)
        QVERIFY(settings.set(key, value));

    WorkUnitRepository units(*m_db);
    const QList<std::pair<QString, QString>> unitRows = {
        {u"1.01.01"_s, u"Dinas Pendidikan dan Kebudayaan"_s},
        {u"4.01.01"_s, u"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s},
        {u"7.01.01"_s, u"Kecamatan Sukamaju"_s},
        {u"8.01.01"_s, u"Inspektorat Daerah"_s},
    };
    for (const auto& [code, name] : unitRows) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = code.startsWith(u'7') ? u"kecamatan"_s : u"dinas"_s;
        const auto added = units.add(unit);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }

    StaffRepository staff(*m_db);
    auto addPerson = [&](const QString& nip, const QString& name, const QString& position, const QString& unit) {
        Staff person;
        person.nip = nip;
        person.name = name;
        person.position = position;
        const auto added = staff.add(person, unit, QDate(2020, 1, 2));
        if (!added)
            qWarning("%s: %s", qPrintable(name), qPrintable(added.error().message));
        return added.ok() ? added->id : 0;
    };
    for (int i = 1; i <= kTeachers; ++i)
        QVERIFY(addPerson(nipFor(i), u"Guru Nomor %1"_s.arg(i, 2, 10, QLatin1Char('0')), u"Guru Ahli Pertama"_s, u"1.01.01"_s));
    QVERIFY(addPerson(u"198703152010121002"_s, u"Drs. Budi Santoso, M.Si."_s, u"Kepala Bidang Mutasi"_s, u"4.01.01"_s));
    QVERIFY(addPerson(u"199001012015032001"_s, u"Rina Marlina, S.E."_s, u"Analis Kepegawaian"_s, u"4.01.01"_s));
    const qint64 outsider = addPerson(u"198512312010011003"_s, u"Camat Tidak Diundang"_s, u"Camat"_s, u"7.01.01"_s);
    QVERIFY(outsider);

    ElectionPeriod period;
    period.name = u"Pemilu 2024"_s;
    period.kind = ElectionKind::Pemilu;
    period.start = QDate(2023, 11, 28);
    period.votingDay = QDate(2024, 2, 14);
    period.end = QDate(2024, 3, 20);
    const auto periodId = ElectionPeriodRepository(*m_db).add(period);
    QVERIFY2(periodId, periodId ? "" : qPrintable(periodId.error().message));

    SessionRepository sessions(*m_db);
    Session draft;
    draft.periodId = *periodId;
    draft.title = kTitle;
    draft.date = QDate(2023, 11, 28);
    draft.start = QTime(8, 0);
    draft.venue = u"Aula Kantor Bupati Sukamaju"_s;
    draft.organiser = kOrganiser;
    draft.targetUnitCodes = {u"4.01.01"_s, u"1.01.01"_s};
    const auto session = sessions.add(draft);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_session = session->id;

    draft.title = u"Dialog Netralitas bersama Inspektur"_s;
    draft.date = QDate(2023, 12, 5);
    draft.end = QTime(10, 0);
    draft.targetUnitCodes = {u"8.01.01"_s};
    const auto empty = sessions.add(draft);
    QVERIFY2(empty, empty ? "" : qPrintable(empty.error().message));
    m_emptySession = empty->id;

    // Someone recorded at the desk although not invited: not on the printed sheet.
    const auto recorded = AttendanceRepository(*m_db).setStatus(*session, {outsider}, AttendanceStatus::Hadir,
                                                                 CaptureMethod::Desk,
                                                                 QDateTime(QDate(2023, 11, 28), QTime(1, 0), Qt::UTC));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
}

void TestAttendanceSheet::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

QString TestAttendanceSheet::write(const ReportDocument& doc, const QString& name)
{
    const QString pdf = m_dir->filePath(name);
    const Status written = doc.writePdf(pdf);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    return written ? pdf : QString();
}

void TestAttendanceSheet::timeLine_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("open end") << QTime(8, 0) << QTime() << u"WIB"_s << u"08.00 WIB s.d. selesai"_s;
    QTest::newRow("with end") << QTime(8, 0) << QTime(10, 0) << u"WIB"_s << u"08.00 s.d. 10.00 WIB"_s;
    QTest::newRow("WITA") << QTime(13, 30) << QTime(15, 5) << u"WITA"_s << u"13.30 s.d. 15.05 WITA"_s;
    QTest::newRow("WIT") << QTime(9, 0) << QTime() << u"WIT"_s << u"09.00 WIT s.d. selesai"_s;
    QTest::newRow("unknown zone") << QTime(9, 0) << QTime() << u"UTC"_s << u"09.00 WIB s.d. selesai"_s;
    QTest::newRow("no start") << QTime() << QTime() << u"WIB"_s << QString();
}

void TestAttendanceSheet::timeLine()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    Session session;
    session.start = start;
    session.end = end;
    QCOMPARE(AttendanceSheet::timeText(session, zone), expected);
}

void TestAttendanceSheet::pageBreakNeverLeavesABlankPage()
{
    ReportDocument doc;
    doc.addBlock(std::make_unique<PageBreakBlock>()); // at the top of the first page: nothing
    doc.addParagraph(u"Satu"_s);
    doc.addBlock(std::make_unique<PageBreakBlock>());
    doc.addBlock(std::make_unique<PageBreakBlock>()); // twice in a row: one break
    doc.addParagraph(u"Dua"_s);
    QCOMPARE(doc.pageCount(), 2);
}

void TestAttendanceSheet::everyInvitedUnitFromANewPage()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");

    const auto doc = AttendanceSheet::build(*m_db, m_session, {Paper::A4, QString()});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    const int count = doc->pageCount();
    QVERIFY2(count >= 3, qPrintable(QString::number(count))); // 60 people overflow; the second unit starts afresh
    const QString pdf = write(*doc, u"sheet-a4.pdf"_s);
    QVERIFY(!pdf.isEmpty());

    const QSizeF size = pdfPageSize(pdfinfo, pdf);
    QVERIFY2(qAbs(size.width() - 595.28) <= 1.0 && qAbs(size.height() - 841.89) <= 1.0,
             qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));

    const QStringList pages = pdfPages(pdftotext, pdf, PdfText::Layout);
    QCOMPARE(pages.size(), count);
    const QString all = pages.join(QLatin1Char('\f'));
    for (int i = 0; i < count; ++i) {
        QVERIFY2(pages[i].contains(u"Halaman %1 dari %2"_s.arg(i + 1).arg(count)), qPrintable(pages[i]));
        // The table header is on every page.
        QVERIFY2(pages[i].contains(u"Tanda Tangan"_s), qPrintable(pages[i]));
        QVERIFY(pages[i].contains(QRegularExpression(u"No\\s+Nama\\s+NIP\\s+Jabatan\\s+Unit Kerja"_s)));
    }

    // Two sheets, one per invited unit by unit code, each opening with kop and title.
    QCOMPARE(all.count(u"DAFTAR HADIR"_s), 2);
    QCOMPARE(all.count(u"PEMERINTAH KABUPATEN SUKAMAJU"_s), 2);
    QVERIFY(pages[0].contains(u"DAFTAR HADIR"_s));
    QVERIFY(!pages[1].contains(u"DAFTAR HADIR"_s)); // page 2 carries the table on, header repeated
    QVERIFY(pages[1].contains(u"Guru Nomor"_s));
    qsizetype second = -1;
    for (qsizetype i = 1; i < pages.size(); ++i) {
        if (pages[i].contains(u"DAFTAR HADIR"_s))
            second = i;
    }
    QVERIFY(second > 1);
    QVERIFY(pages[second - 1].contains(u"Mengetahui,"_s)); // the first unit's sheet ends before
    QVERIFY(pages[second].contains(u"Badan Kepegawaian dan Pengembangan"_s));
    QVERIFY(!pages[second].contains(u"Guru Nomor"_s));
    QVERIFY(pages[0].contains(QRegularExpression(u"Unit Kerja\\s+:\\s+Dinas Pendidikan dan Kebudayaan"_s)));

    // The session's details, in Indonesian, on each sheet.
    for (const qsizetype page : {qsizetype(0), second}) {
        const QString& text = pages[page];
        QVERIFY2(text.contains(QRegularExpression(u"Kegiatan\\s+:\\s+Sosialisasi Netralitas ASN"_s)), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression(u"Hari/Tanggal\\s+:\\s+Selasa, 28 November 2023"_s)));
        QVERIFY(text.contains(QRegularExpression(u"Waktu\\s+:\\s+08\\.00 WITA s\\.d\\. selesai"_s)));
        QVERIFY(text.contains(QRegularExpression(u"Tempat\\s+:\\s+Aula Kantor Bupati Sukamaju"_s)));
    }

    // Every invited person once, NIP grouped; nobody else.
    for (int i = 1; i <= kTeachers; ++i) {
        QCOMPARE(all.count(u"Guru Nomor %1 "_s.arg(i, 2, 10, QLatin1Char('0'))), 1);
        QVERIFY2(all.contains(grouped(nipFor(i))), qPrintable(grouped(nipFor(i))));
    }
    QVERIFY(all.contains(u"Drs. Budi Santoso,"_s)); // the name may wrap in its column
    QVERIFY(all.contains(u"19870315 201012 1 002"_s));
    QVERIFY(!all.contains(u"198703152010121002"_s));
    QVERIFY(all.contains(u"Rina Marlina, S.E."_s));
    QVERIFY(!all.contains(u"Camat Tidak Diundang"_s));
    QVERIFY(!all.contains(u"Kecamatan Sukamaju"_s));
    // Numbering starts again for each unit: 1..60, then 1..2.
    QVERIFY(all.contains(u"60. "_s));
    QCOMPARE(all.count(QRegularExpression(u"(^|\\s)2\\. …"_s)), 2);

    // Mengetahui, and the organiser's block closing each sheet.
    QCOMPARE(all.count(u"Mengetahui,"_s), 2);
    QCOMPARE(all.count(u"Sukamaju, 28 November 2023"_s), 2);
    QCOMPARE(all.count(u"Kepala Badan Kesatuan Bangsa"_s), 2); // wraps within its half
    QVERIFY(pages.last().contains(u"Mengetahui,"_s));
    QVERIFY(pages.last().contains(u"NIP ...."_s));
}

void TestAttendanceSheet::signatureCellsAreStaggered()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    const auto doc = AttendanceSheet::build(*m_db, m_session, {Paper::A4, u"1.01.01"_s});
    QVERIFY(doc);
    const QString pdf = write(*doc, u"staggered.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfPages(pdftotext, pdf, PdfText::Layout).value(0);
    QVERIFY2(text.contains(QRegularExpression(u"(^|\\s)1\\. …"_s)), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(u"(^|\\s)2\\. …"_s)));

    // Odd numbers at the left of the signature cell, even ones at the right.
    const QList<double> one = wordLefts(pdftotext, pdf, u"1."_s);
    const QList<double> two = wordLefts(pdftotext, pdf, u"2."_s);
    const QList<double> three = wordLefts(pdftotext, pdf, u"3."_s);
    QCOMPARE(one.size(), 1);
    QCOMPARE(two.size(), 1);
    QCOMPARE(three.size(), 1);
    QCOMPARE(qRound(one[0]), qRound(three[0]));
    QVERIFY2(two[0] > one[0] + 20, qPrintable(u"1. at %1 pt, 2. at %2 pt"_s.arg(one[0]).arg(two[0])));
}

void TestAttendanceSheet::oneUnitOnF4()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
    const auto doc = AttendanceSheet::build(*m_db, m_session, {Paper::F4, u" 4.01.01 "_s});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->pageCount(), 1);
    QCOMPARE(doc->paper(), Paper::F4);
    const QString pdf = write(*doc, u"sheet-f4.pdf"_s);
    QVERIFY(!pdf.isEmpty());

    const QSizeF size = pdfPageSize(pdfinfo, pdf);
    QVERIFY2(qAbs(size.width() - 609.45) <= 1.0 && qAbs(size.height() - 935.43) <= 1.0,
             qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));
    const QString text = pdfPages(pdftotext, pdf, PdfText::Layout).join(QLatin1Char('\f'));
    QVERIFY(text.contains(u"Halaman 1 dari 1"_s));
    QCOMPARE(text.count(u"DAFTAR HADIR"_s), 1);
    QVERIFY(text.contains(u"Badan Kepegawaian dan Pengembangan"_s));
    QVERIFY(text.contains(u"19900101 201503 2 001"_s));
    QVERIFY(!text.contains(u"Guru Nomor"_s));
    QVERIFY(text.contains(u"Mengetahui,"_s));
}

void TestAttendanceSheet::sessionWithNobodyInvited()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    const auto doc = AttendanceSheet::build(*m_db, m_emptySession, {Paper::A4, QString()});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->pageCount(), 1);
    const QString pdf = write(*doc, u"empty.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfPages(pdftotext, pdf, PdfText::Layout).join(QLatin1Char('\f'));
    QVERIFY(text.contains(u"DAFTAR HADIR"_s));
    QVERIFY(text.contains(QRegularExpression(u"Hari/Tanggal\\s+:\\s+Selasa, 5 Desember 2023"_s)));
    QVERIFY(text.contains(QRegularExpression(u"Waktu\\s+:\\s+08\\.00 s\\.d\\. 10\\.00 WITA"_s)));
    QVERIFY(text.contains(QRegularExpression(u"Unit Kerja\\s+:\\s+Inspektorat Daerah"_s)));
    QVERIFY(text.contains(u"Tanda Tangan"_s));
    QVERIFY(!text.contains(u"1. …"_s));
    QVERIFY(text.contains(u"Mengetahui,"_s));
}

void TestAttendanceSheet::refusals()
{
    const auto noSession = AttendanceSheet::build(*m_db, 9999, {});
    QCOMPARE(failure(noSession), ErrorKind::NotFound);
    QVERIFY(noSession.error().message.contains(u"9999"_s));

    const auto noUnit = AttendanceSheet::build(*m_db, m_session, {Paper::A4, u"9.99.99"_s});
    QCOMPARE(failure(noUnit), ErrorKind::NotFound);
    QVERIFY(noUnit.error().message.contains(u"9.99.99"_s));

    const auto notInvited = AttendanceSheet::build(*m_db, m_session, {Paper::A4, u"7.01.01"_s});
    QCOMPARE(failure(notInvited), ErrorKind::Invalid);
    QVERIFY(notInvited.error().message.contains(u"7.01.01"_s));
}

QTEST_MAIN(TestAttendanceSheet)
#include "TestAttendanceSheet.moc"
