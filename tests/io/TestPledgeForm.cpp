// SPDX-License-Identifier: GPL-3.0-or-later
// The printed ikrar sheet and pakta pages (PledgeForm) from a small database, checked in the
// PDF with poppler-utils.
#include "../store/StoreTestSupport.h"
#include "PdfTestSupport.h"

#include "io/PledgeForm.h"
#include "io/ReportDocument.h"
#include "io/ReportFonts.h"
#include "store/ElectionPeriodRepository.h"
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

// An 18-digit NIP for the n-th teacher: a distinct birth date, appointed March 2005.
QString nipFor(int n)
{
    const QDate birth = QDate(1975, 1, 1).addDays(n * 11);
    return birth.toString(u"yyyyMMdd"_s) + u"200503"_s + QString::number(1 + n % 2) + u"001"_s;
}

QString grouped(const QString& nip)
{
    return nip.mid(0, 8) + u' ' + nip.mid(8, 6) + u' ' + nip.mid(14, 1) + u' ' + nip.mid(15, 3);
}

constexpr int kTeachers = 30;
const QString kBudi = u"197203152000031002"_s;  // head of 1.01.01, IV/b
const QString kRina = u"199001012021212001"_s;  // 1.01.01, PPPK IX, flagged official
const QString kAhmad = u"198001012005011001"_s; // 7.01.01 (no head recorded), III/d, flagged official
const QString kEko = u"199003032015031004"_s;   // 7.01.01

} // namespace

class TestPledgeForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ikrarSheet();
    void ikrarWithSigningDateOnF4();
    void ikrarAcknowledgedBySignatoryWithoutHead();
    void customIkrarTextReplacesTheDefault();
    void paktaPagePerOfficial();
    void paktaMeteraiBoxFromTheSetting();
    void refusals();

private:
    QString write(const ReportDocument& doc, const QString& name);
    Result<ReportDocument> build(PledgeKind kind, const QString& unit, PledgeForm::Options options = {})
    {
        return PledgeForm::build(*m_db, m_period, kind, unit, options);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

void TestPledgeForm::initTestCase()
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
        {u"signatory.position"_s, u"SEKRETARIS DAERAH,"_s},
        {u"signatory.name"_s, u"Drs. H. Cecep Sekda, M.Si."_s},
        {u"signatory.nip"_s, u"196805121990031004"_s},
    };
    for (const auto& [key, value] : values)
        QVERIFY2(settings.set(key, value), qPrintable(key));

    WorkUnitRepository units(*m_db);
    for (const auto& [code, name, kind] : {std::tuple{u"1.01.01"_s, u"Dinas Pendidikan"_s, u"dinas"_s},
                                           std::tuple{u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s},
                                           std::tuple{u"8.01.01"_s, u"Inspektorat Daerah"_s, u"inspektorat"_s}}) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        QVERIFY(units.add(unit));
    }

    StaffRepository staff(*m_db);
    auto addPerson = [&](const QString& nip, const QString& name, StaffKind kind, const QString& grade,
                         const QString& position, bool official, const QString& unit) {
        Staff person;
        person.nip = nip;
        person.name = name;
        person.kind = kind;
        person.grade = grade;
        person.position = position;
        person.official = official;
        const auto added = staff.add(person, unit, QDate(2020, 1, 2));
        if (!added)
            qWarning("%s: %s", qPrintable(name), qPrintable(added.error().message));
        return added.ok();
    };
    QVERIFY(addPerson(kBudi, u"Drs. Budi Santoso, M.Si."_s, StaffKind::Pns, u"IV/b"_s, u"Kepala Dinas Pendidikan"_s, false,
                      u"1.01.01"_s));
    QVERIFY(addPerson(kRina, u"Rina Marlina, S.Pd."_s, StaffKind::Pppk, u"IX"_s, u"Guru Ahli Pertama"_s, true,
                      u"1.01.01"_s));
    for (int i = 1; i <= kTeachers; ++i)
        QVERIFY(addPerson(nipFor(i), u"Guru Nomor %1"_s.arg(i, 2, 10, QLatin1Char('0')), StaffKind::Pns, u"III/a"_s,
                          u"Guru Ahli Pertama"_s, false, u"1.01.01"_s));
    QVERIFY(addPerson(kAhmad, u"Ahmad Fauzi, S.STP."_s, StaffKind::Pns, u"III/d"_s, u"Camat Sukamaju"_s, true,
                      u"7.01.01"_s));
    QVERIFY(addPerson(kEko, u"Eko Prasetyo"_s, StaffKind::Pns, u"III/b"_s, u"Pengelola Layanan Operasional"_s, false,
                      u"7.01.01"_s));
    // Non-ASN staff owe no ikrar.
    Staff honorer;
    honorer.name = u"Honorer Tanpa NIP"_s;
    honorer.kind = StaffKind::NonAsn;
    QVERIFY(staff.add(honorer, u"1.01.01"_s, QDate(2020, 1, 2)));
    const auto budi = staff.findByNip(kBudi);
    QVERIFY(budi);
    QVERIFY(units.setHead(u"1.01.01"_s, budi->id, QDate(2021, 1, 4)));

    m_period.name = u"Pemilu 2024"_s;
    m_period.kind = ElectionKind::Pemilu;
    m_period.start = QDate(2023, 11, 28);
    m_period.votingDay = QDate(2024, 2, 14);
    m_period.end = QDate(2024, 3, 20);
    const auto periodId = ElectionPeriodRepository(*m_db).add(m_period);
    QVERIFY2(periodId, periodId ? "" : qPrintable(periodId.error().message));
    m_period.id = *periodId;
}

void TestPledgeForm::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

QString TestPledgeForm::write(const ReportDocument& doc, const QString& name)
{
    const QString pdf = m_dir->filePath(name);
    const Status written = doc.writePdf(pdf);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    return written ? pdf : QString();
}

void TestPledgeForm::ikrarSheet()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
    const auto doc = build(PledgeKind::Ikrar, u"1.01.01"_s);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    const QString pdf = write(*doc, u"ikrar.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QSizeF size = pdfPageSize(pdfinfo, pdf);
    QVERIFY2(qAbs(size.width() - 595.28) <= 1.0 && qAbs(size.height() - 841.89) <= 1.0,
             qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));

    const QStringList pages = pdfPages(pdftotext, pdf);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size()))); // 33 people overflow the first page
    QCOMPARE(pages.size(), doc->pageCount());
    const QString all = pages.join(u' ');

    // Kop surat, then the title with the Pemda in capitals and the election filled in.
    QVERIFY2(pages[0].contains(u"PEMERINTAH KABUPATEN SUKAMAJU BADAN KESATUAN BANGSA DAN POLITIK"_s), qPrintable(pages[0]));
    QVERIFY(pages[0].contains(u"IKRAR NETRALITAS APARATUR SIPIL NEGARA PEMERINTAH KABUPATEN SUKAMAJU DALAM PEMILIHAN "
                              "UMUM TAHUN 2024"_s));
    QVERIFY(pages[0].contains(u"Untuk menyukseskan Pemilihan Umum Tahun 2024, kami Aparatur Sipil Negara di "
                              "lingkungan Pemerintah Kabupaten Sukamaju berikrar:"_s));
    QVERIFY(pages[0].contains(u"1. Bersikap netral dalam menjalankan tugas dan melayani masyarakat, sebelum, selama, dan "
                              "setelah Pemilihan Umum Tahun 2024;"_s));
    QVERIFY(pages[0].contains(u"dan tidak berpihak kepada peserta pemilihan umum mana pun;"_s));
    QVERIFY(pages[0].contains(u"4. Menolak politik uang dan pemberian dalam bentuk apa pun."_s));
    QVERIFY(pages[0].contains(u"keutuhan Negara Kesatuan Republik Indonesia."_s));
    QVERIFY(!all.contains(u'{'));
    QVERIFY(pages[0].contains(u"Unit Kerja : Dinas Pendidikan"_s));

    // The table header on every page the table runs over; every ASN of the unit once, NIP
    // grouped; nobody else.
    for (const QString& page : pages) {
        if (page.contains(u" …"_s))
            QVERIFY2(page.contains(u"No Nama NIP Jabatan Tanda Tangan"_s), qPrintable(page));
        QVERIFY(page.contains(QRegularExpression(u"Halaman \\d dari %1"_s.arg(pages.size()))));
    }
    QVERIFY(pages[1].contains(u"No Nama NIP Jabatan Tanda Tangan"_s));
    for (int i = 1; i <= kTeachers; ++i) {
        QCOMPARE(all.count(u"Guru Nomor %1 "_s.arg(i, 2, 10, QLatin1Char('0'))), 1);
        QVERIFY2(all.contains(grouped(nipFor(i))), qPrintable(grouped(nipFor(i))));
    }
    QVERIFY(all.contains(u"Rina Marlina, S.Pd."_s));
    QVERIFY(all.contains(grouped(kRina)));
    QVERIFY(all.contains(u"Drs. Budi Santoso,"_s)); // the name may wrap in its column
    QCOMPARE(all.count(grouped(kBudi)), 2);       // in the table and under "Mengetahui,"
    QVERIFY(all.contains(u"32. …"_s));
    QVERIFY(!all.contains(u"33. …"_s));
    QVERIFY(!all.contains(u"Honorer"_s));
    QVERIFY(!all.contains(u"Ahmad Fauzi"_s));
    QVERIFY(!all.contains(u"Eko Prasetyo"_s));

    // The unit head acknowledges; the day is left to be written in.
    const QString& last = pages.last();
    QVERIFY2(last.contains(u"Sukamaju, .................... 2024"_s), qPrintable(last));
    QVERIFY(last.contains(u"Mengetahui,"_s));
    QVERIFY(last.contains(u"Kepala Dinas Pendidikan,"_s));
    QVERIFY(last.contains(u"Pembina Tingkat I (IV/b)"_s));
    QVERIFY(last.contains(u"NIP "_s + grouped(kBudi)));
    QVERIFY(!all.contains(u"Cecep Sekda"_s));
}

void TestPledgeForm::ikrarWithSigningDateOnF4()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
    const auto doc = build(PledgeKind::Ikrar, u" 7.01.01 "_s, {Paper::F4, QDate(2023, 12, 1), QDate(2023, 12, 4)});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->paper(), Paper::F4);
    const QString pdf = write(*doc, u"ikrar-f4.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QSizeF size = pdfPageSize(pdfinfo, pdf);
    QVERIFY2(qAbs(size.width() - 609.45) <= 1.0 && qAbs(size.height() - 935.43) <= 1.0,
             qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));
    const QString text = pdfPages(pdftotext, pdf).join(u' ');
    QVERIFY2(text.contains(u"Sukamaju, 4 Desember 2023"_s), qPrintable(text));
    QVERIFY(!text.contains(u"...................."_s));
    QVERIFY(text.contains(u"Unit Kerja : Kecamatan Sukamaju"_s));
    QVERIFY(text.contains(u"Ahmad Fauzi, S.STP."_s));
    QVERIFY(text.contains(grouped(kEko)));
    QVERIFY(!text.contains(u"Guru Nomor"_s));
}

void TestPledgeForm::ikrarAcknowledgedBySignatoryWithoutHead()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    const auto doc = build(PledgeKind::Ikrar, u"7.01.01"_s);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    const QString pdf = write(*doc, u"ikrar-no-head.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfPages(pdftotext, pdf).join(u' ');
    QVERIFY2(text.contains(u"Mengetahui, SEKRETARIS DAERAH, Drs. H. Cecep Sekda, M.Si. NIP 19680512 199003 1 004"_s),
             qPrintable(text));
}

void TestPledgeForm::customIkrarTextReplacesTheDefault()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    SettingsRepository settings(*m_db);
    QVERIFY(settings.set(u"pledge.ikrar_text"_s, u"IKRAR ASN {PEMDA}\n\nKami ASN {Pemda} berjanji:\n\n"
                                                   "1. Netral selama {pemilihan};\n2. Tidak memihak {peserta}.\n\n"
                                                   "Demikian ikrar kami."_s));
    const auto doc = build(PledgeKind::Ikrar, u"7.01.01"_s);
    QVERIFY(settings.set(u"pledge.ikrar_text"_s, QString()));
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    const QString pdf = write(*doc, u"ikrar-custom.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfPages(pdftotext, pdf).join(u' ');
    QVERIFY2(text.contains(u"IKRAR ASN PEMERINTAH KABUPATEN SUKAMAJU Kami ASN Pemerintah Kabupaten Sukamaju berjanji: "
                           "1. Netral selama Pemilihan Umum Tahun 2024; 2. Tidak memihak peserta pemilihan umum. "
                           "Demikian ikrar kami."_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"IKRAR NETRALITAS"_s));
    QVERIFY(!text.contains(u"3. "_s));
    QVERIFY(!text.contains(u"Bersikap netral"_s));
    QVERIFY(text.contains(QRegularExpression(u"No Nama NIP Jabatan Tanda Tangan"_s)));
}

void TestPledgeForm::paktaPagePerOfficial()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
    const auto doc = build(PledgeKind::Pakta, u"1.01.01"_s, {Paper::A4, QDate(), QDate(2023, 12, 4)});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->pageCount(), 2); // the head and the flagged official, by name
    const QString pdf = write(*doc, u"pakta.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pdfInfo(pdfinfo, pdf, u"Pages"_s), u"2"_s);
    const QStringList pages = pdfPages(pdftotext, pdf);
    QCOMPARE(pages.size(), 2);

    struct Official {
        QString name;
        QString nip;
        QString grade;
        QString position;
    };
    const QList<Official> officials{
        {u"Drs. Budi Santoso, M.Si."_s, kBudi, u"Pembina Tingkat I / IV/b"_s, u"Kepala Dinas Pendidikan"_s},
        {u"Rina Marlina, S.Pd."_s, kRina, u"Golongan IX"_s, u"Guru Ahli Pertama"_s},
    };
    for (qsizetype i = 0; i < officials.size(); ++i) {
        const QString& page = pages[i];
        const Official& who = officials[i];
        QVERIFY2(page.contains(u"PEMERINTAH KABUPATEN SUKAMAJU"_s), qPrintable(page));
        QVERIFY(page.contains(u"PAKTA INTEGRITAS NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN UMUM TAHUN 2024"_s));
        QVERIFY(page.contains(u"Yang bertanda tangan di bawah ini, Nama : "_s + who.name + u" NIP : "_s + grouped(who.nip)
                              + u" Pangkat/Golongan : "_s + who.grade + u" Jabatan : "_s + who.position
                              + u" Unit Kerja : Dinas Pendidikan dengan ini menyatakan bahwa saya akan:"_s));
        QVERIFY(page.contains(u"1. Menjaga dan menegakkan asas netralitas Aparatur Sipil Negara di unit kerja yang saya "
                              "pimpin selama Pemilihan Umum Tahun 2024;"_s));
        QVERIFY(page.contains(u"tidak mendukung peserta pemilihan umum tertentu"_s));
        QVERIFY(page.contains(u"4. Menolak politik uang dan segala pemberian dalam bentuk apa pun."_s));
        QVERIFY(page.contains(u"Bila saya melanggar pakta integritas ini, saya bersedia menerima sanksi sesuai ketentuan "
                              "peraturan perundang-undangan."_s));
        QVERIFY(page.contains(u"Sukamaju, 4 Desember 2023 Yang membuat pernyataan, "_s + who.name + u" NIP "_s
                              + grouped(who.nip)));
        QVERIFY(!page.contains(u"Meterai"_s));
        QCOMPARE(page.count(u"Nama :"_s), 1);
    }
    QVERIFY(!pages.join(u' ').contains(u"Guru Nomor"_s));
}

void TestPledgeForm::paktaMeteraiBoxFromTheSetting()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    SettingsRepository settings(*m_db);
    QVERIFY(settings.set(u"pledge.pakta_meterai"_s, u"ya"_s));
    const auto doc = build(PledgeKind::Pakta, u"7.01.01"_s);
    QVERIFY(settings.set(u"pledge.pakta_meterai"_s, u"false"_s));
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->pageCount(), 1); // no head recorded: the flagged Camat alone
    const QString pdf = write(*doc, u"pakta-meterai.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString page = pdfPages(pdftotext, pdf).value(0);
    QVERIFY2(page.contains(u"Meterai 10.000"_s), qPrintable(page));
    QVERIFY(page.contains(u"Pangkat/Golongan : Penata Tingkat I / III/d"_s));
    QVERIFY(page.contains(u"Sukamaju, .................... 2024 Yang membuat pernyataan,"_s));
    QVERIFY(page.contains(u"Ahmad Fauzi, S.STP. NIP "_s + grouped(kAhmad)));
    QVERIFY(!page.contains(u"Eko Prasetyo"_s));
}

void TestPledgeForm::refusals()
{
    const auto noUnit = build(PledgeKind::Ikrar, u"9.99.99"_s);
    QCOMPARE(failure(noUnit), ErrorKind::NotFound);
    QVERIFY(noUnit.error().message.contains(u"9.99.99"_s));

    for (const PledgeKind kind : {PledgeKind::Ikrar, PledgeKind::Pakta}) {
        const auto nobody = build(kind, u"8.01.01"_s);
        QCOMPARE(failure(nobody), ErrorKind::Invalid);
        QVERIFY2(nobody.error().message.contains(u"8.01.01"_s), qPrintable(nobody.error().message));
    }
    // Dates outside the period: nobody could record such a pledge.
    const auto beforePeriod = build(PledgeKind::Ikrar, u"1.01.01"_s, {Paper::A4, QDate(2023, 11, 27), QDate()});
    QCOMPARE(failure(beforePeriod), ErrorKind::Invalid);
    QVERIFY(beforePeriod.error().message.contains(u"2023-11-27"_s));
    const auto signedAfter = build(PledgeKind::Pakta, u"1.01.01"_s, {Paper::A4, QDate(), QDate(2024, 3, 21)});
    QCOMPARE(failure(signedAfter), ErrorKind::Invalid);
}

QTEST_MAIN(TestPledgeForm)
#include "TestPledgeForm.moc"
