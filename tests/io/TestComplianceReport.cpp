// SPDX-License-Identifier: GPL-3.0-or-later
// The Sekda's printed compliance summary (ComplianceReport) from a small database, checked in
// the PDF with poppler-utils; its verification code and the Indonesian number formats.
#include "../store/StoreTestSupport.h"
#include "PdfTestSupport.h"

#include "io/ComplianceReport.h"
#include "io/IndonesianNumber.h"
#include "io/ReportDocument.h"
#include "io/ReportFonts.h"
#include "store/AttendanceRepository.h"
#include "store/ComplianceRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
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

// The n-th ASN of a unit: a distinct 18-digit NIP per (unit, n).
QString nipFor(int unit, int n)
{
    return QDate(1970 + unit, 1, 1).addDays(n * 13).toString(u"yyyyMMdd"_s) + u"200503"_s + u"1"_s
        + QString::number(n).rightJustified(3, u'0');
}

UnitCompliance unit(const QString& code, int active, int ikrar, int attended, std::optional<bool> pakta, int proven = 0)
{
    UnitCompliance u;
    u.unitCode = code;
    u.unitName = u"Unit "_s + code;
    u.activeStaff = active;
    u.ikrarSigned = ikrar;
    u.attendedStaff = attended;
    u.headPaktaSigned = pakta;
    u.cases = proven;
    u.casesProven = proven;
    return u;
}

} // namespace

class TestComplianceReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void numbersPrintTheIndonesianWay();
    void fingerprintFollowsTheFigures();
    void reasonsNameWhatFellShort();
    void summaryOnA4();
    void f4WithoutNumberOrCopies();

private:
    QString write(const ReportDocument& doc, const QString& name);
    qint64 id(const QString& nip) const
    {
        const auto found = StaffRepository(*m_db).findByNip(nip);
        return found ? found->id : 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

// 1.01.01 Dinas Pendidikan: head, pakta, 4 of 4 signed and present (Patuh).
// 1.02.01 Dinas Kesehatan: head, pakta, 9 of 10 signed, 10 present (Perlu Perhatian: ikrar 90,0%).
// 7.01.01 Kecamatan Sukamaju: no head, 1 of 3 signed, 2 present (Tidak Patuh).
void TestComplianceReport::initTestCase()
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
        {u"letterhead.office"_s, u"SEKRETARIAT DAERAH"_s},
        {u"letterhead.address"_s, u"Jalan Merdeka Nomor 1, Telepon (0260) 123456"_s},
        {u"signatory.place"_s, u"Sukamaju"_s},
        {u"signatory.on_behalf"_s, u"a.n. BUPATI SUKAMAJU"_s},
        {u"signatory.position"_s, u"SEKRETARIS DAERAH KABUPATEN SUKAMAJU,"_s},
        {u"signatory.name"_s, u"Drs. H. Cecep Sekda, M.Si."_s},
        {u"signatory.rank"_s, u"Pembina Utama Madya (IV/d)"_s},
        {u"signatory.nip"_s, u"196805121990031004"_s},
        {u"report.cc"_s, u"Bupati Sukamaju (sebagai laporan)\nInspektur Daerah\n\nKetua Bawaslu Kabupaten Sukamaju"_s},
    };
    for (const auto& [key, value] : values)
        QVERIFY2(settings.set(key, value), qPrintable(key));

    WorkUnitRepository units(*m_db);
    const QList<std::tuple<QString, QString, int>> layout = {{u"1.01.01"_s, u"Dinas Pendidikan"_s, 4},
                                                             {u"1.02.01"_s, u"Dinas Kesehatan"_s, 10},
                                                             {u"7.01.01"_s, u"Kecamatan Sukamaju"_s, 3}};
    StaffRepository staff(*m_db);
    for (int u = 0; u < layout.size(); ++u) {
        const auto& [code, name, people] = layout.at(u);
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = u"dinas"_s;
        QVERIFY(units.add(unit));
        for (int n = 1; n <= people; ++n) {
            Staff person;
            person.nip = nipFor(u, n);
            person.name = u"%1 Pegawai %2"_s.arg(name).arg(n);
            person.kind = StaffKind::Pns;
            const auto added = staff.add(person, code, QDate(2020, 1, 2));
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        }
    }
    QVERIFY(units.setHead(u"1.01.01"_s, id(nipFor(0, 1)), QDate(2021, 1, 4)));
    QVERIFY(units.setHead(u"1.02.01"_s, id(nipFor(1, 1)), QDate(2021, 1, 4)));

    m_period.name = u"Pemilu 2024"_s;
    m_period.kind = ElectionKind::Pemilu;
    m_period.start = QDate(2023, 11, 28);
    m_period.votingDay = QDate(2024, 2, 14);
    m_period.end = QDate(2024, 3, 20);
    const auto periodId = ElectionPeriodRepository(*m_db).add(m_period);
    QVERIFY2(periodId, periodId ? "" : qPrintable(periodId.error().message));
    m_period.id = *periodId;

    const auto ids = [&](int u, int from, int to) {
        QList<qint64> list;
        for (int n = from; n <= to; ++n)
            list << id(nipFor(u, n));
        return list;
    };
    PledgeRepository pledges(*m_db);
    const auto sign = [&](PledgeKind kind, const QList<qint64>& who) {
        PledgeDraft draft;
        draft.kind = kind;
        draft.signedOn = QDate(2023, 12, 1);
        const auto recorded = pledges.record(m_period, draft, who);
        return recorded && recorded->recorded == who.size();
    };
    QVERIFY(sign(PledgeKind::Ikrar, ids(0, 1, 4) + ids(1, 1, 9) + ids(2, 1, 1)));
    QVERIFY(sign(PledgeKind::Pakta, {id(nipFor(0, 1)), id(nipFor(1, 1))}));

    Session draft;
    draft.periodId = m_period.id;
    draft.title = u"Sosialisasi Netralitas ASN"_s;
    draft.date = QDate(2023, 12, 15);
    const auto session = SessionRepository(*m_db).add(draft);
    QVERIFY(session);
    QVERIFY(AttendanceRepository(*m_db).setStatus(*session, ids(0, 1, 4) + ids(1, 1, 10) + ids(2, 1, 2),
                                                  AttendanceStatus::Hadir, CaptureMethod::Bulk,
                                                  QDateTime(session->date, QTime(2, 0), Qt::UTC)));
}

void TestComplianceReport::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

QString TestComplianceReport::write(const ReportDocument& doc, const QString& name)
{
    const QString pdf = m_dir->filePath(name);
    const Status written = doc.writePdf(pdf);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    return written ? pdf : QString();
}

void TestComplianceReport::numbersPrintTheIndonesianWay()
{
    using namespace IndonesianNumber;
    QCOMPARE(integer(0), u"0"_s);
    QCOMPARE(integer(999), u"999"_s);
    QCOMPARE(integer(1234), u"1.234"_s);
    QCOMPARE(integer(1234567), u"1.234.567"_s);
    QCOMPARE(integer(-1234), u"-1.234"_s);
    QCOMPARE(decimal(1234.5, 1), u"1.234,5"_s);
    QCOMPARE(decimal(0.05, 1), u"0,1"_s);
    QCOMPARE(decimal(-0.04, 1), u"0,0"_s);
    QCOMPARE(decimal(12.0, 0), u"12"_s);
    // One rule for shares: always one decimal, also at the ends.
    QCOMPARE(percent(95.4), u"95,4%"_s);
    QCOMPARE(percent(100), u"100,0%"_s);
    QCOMPARE(percent(0), u"0,0%"_s);
    QCOMPARE(percent(ComplianceRule::percent(2, 3)), u"66,7%"_s);
}

void TestComplianceReport::fingerprintFollowsTheFigures()
{
    const ComplianceThresholds t;
    const QDate day(2024, 2, 14);
    const QList<UnitCompliance> units{unit(u"1.01.01"_s, 4, 4, 4, true), unit(u"7.01.01"_s, 3, 1, 2, std::nullopt)};
    const QString code = ComplianceReport::fingerprint(1, day, t, units);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{12}$"_s).match(code).hasMatch(), qPrintable(code));
    QCOMPARE(ComplianceReport::fingerprint(1, day, t, units), code);

    auto changed = units;
    changed[1].attendedStaff = 3;
    QVERIFY(ComplianceReport::fingerprint(1, day, t, changed) != code);
    changed = units;
    changed[1].headPaktaSigned = false;
    QVERIFY(ComplianceReport::fingerprint(1, day, t, changed) != code);
    QVERIFY(ComplianceReport::fingerprint(2, day, t, units) != code);
    QVERIFY(ComplianceReport::fingerprint(1, day.addDays(1), t, units) != code);
    ComplianceThresholds stricter;
    stricter.ikrarPct = 100;
    QVERIFY(ComplianceReport::fingerprint(1, day, stricter, units) != code);
    // The same figures in a separately made list: the same code.
    QList<UnitCompliance> again{unit(u"1.01.01"_s, 4, 4, 4, true), unit(u"7.01.01"_s, 3, 1, 2, std::nullopt)};
    again[0].unitId = 99; // an internal id is not a printed figure
    QCOMPARE(ComplianceReport::fingerprint(1, day, t, again), code);
}

void TestComplianceReport::reasonsNameWhatFellShort()
{
    const ComplianceThresholds t;
    QVERIFY(ComplianceReport::reasons(unit(u"A"_s, 4, 4, 4, true), t).isEmpty());
    QVERIFY(ComplianceReport::reasons(unit(u"B"_s, 0, 0, 0, std::nullopt), t).isEmpty());
    QCOMPARE(ComplianceReport::reasons(unit(u"C"_s, 10, 9, 10, true), t), QStringList{u"ikrar 90,0% (di bawah 95%)"_s});
    QCOMPARE(ComplianceReport::reasons(unit(u"D"_s, 3, 1, 2, std::nullopt), t),
             (QStringList{u"ikrar 33,3% (di bawah 70%)"_s, u"kehadiran sosialisasi 66,7% (di bawah 70%)"_s,
                          u"kepala perangkat daerah belum tercatat"_s}));
    QCOMPARE(ComplianceReport::reasons(unit(u"E"_s, 10, 10, 10, false, 1), t),
             (QStringList{u"pakta integritas kepala belum ditandatangani"_s, u"1 kasus terbukti"_s}));
}

void TestComplianceReport::summaryOnA4()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
    ComplianceReport::Options options;
    options.letterNumber = u"  000.1.5/123/Setda  "_s;
    const auto doc = ComplianceReport::build(*m_db, m_period, options);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    const QString pdf = write(*doc, u"rekap.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QSizeF size = pdfPageSize(pdfinfo, pdf); // landscape A4
    QVERIFY2(qAbs(size.width() - 841.89) <= 1.0 && qAbs(size.height() - 595.28) <= 1.0,
             qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));

    const QStringList pages = pdfPages(pdftotext, pdf);
    QCOMPARE(pages.size(), doc->pageCount());
    const QString all = pages.join(u' ');
    QVERIFY2(pages[0].contains(u"PEMERINTAH KABUPATEN SUKAMAJU SEKRETARIAT DAERAH"_s), qPrintable(pages[0]));
    QVERIFY(pages[0].contains(u"REKAPITULASI KEPATUHAN NETRALITAS APARATUR SIPIL NEGARA PER PERANGKAT DAERAH"_s));
    QVERIFY(pages[0].contains(u"PEMILIHAN UMUM TAHUN 2024 Keadaan per tanggal 14 Februari 2024 Nomor: 000.1.5/123/Setda"_s));

    // The table in code order, its figures the Indonesian way, then JUMLAH.
    // The header cells wrap over two or three lines, centred: their words come before the rows.
    const QString header = pages[0].section(u"Setda"_s, 1).section(u"1 Dinas Pendidikan"_s, 0, 0);
    for (const QString& word : {u"No"_s, u"Perangkat Daerah"_s, u"ASN"_s, u"Aktif"_s, u"Ikrar"_s, u"(Jml)"_s, u"(%)"_s,
                                u"Hadir"_s, u"Sosialisasi"_s, u"Pakta"_s, u"Kepala"_s, u"Kasus"_s, u"Dalam"_s,
                                u"Proses"_s, u"Terbukti"_s, u"Status"_s})
        QVERIFY2(header.contains(word), qPrintable(word + u" in "_s + header));
    QCOMPARE(header.count(u"Sosialisasi"_s), 2);
    QVERIFY2(pages[0].contains(u"1 Dinas Pendidikan 4 4 100,0% 4 100,0% Sudah 0 0 Patuh"_s), qPrintable(pages[0]));
    QVERIFY(pages[0].contains(u"2 Dinas Kesehatan 10 9 90,0% 10 100,0% Sudah 0 0 Perlu Perhatian"_s));
    QVERIFY(pages[0].contains(u"3 Kecamatan Sukamaju 3 1 33,3% 2 66,7% — 0 0 Tidak Patuh"_s));
    QVERIFY(pages[0].contains(u"JUMLAH 17 14 82,4% 16 94,1% 2/2 0 0"_s));

    // The charts, Keterangan with the thresholds and the units below them.
    QVERIFY(all.contains(u"Ikrar Netralitas per Perangkat Daerah (%)"_s));
    QVERIFY(all.contains(u"Kehadiran Sosialisasi per Perangkat Daerah (%)"_s));
    QVERIFY(all.contains(u"Batas Patuh 95%"_s));
    QVERIFY(all.contains(u"Keterangan:"_s));
    QVERIFY(all.contains(u"ikrar netralitas ditandatangani sekurang-kurangnya 95% ASN aktif, sosialisasi dihadiri "
                         "sekurang-kurangnya 80% ASN aktif"_s));
    QVERIFY(all.contains(u"di bawah 70% ASN aktif"_s));
    QVERIFY2(all.contains(u"1. Kecamatan Sukamaju (Tidak Patuh): ikrar 33,3% (di bawah 70%); kehadiran sosialisasi 66,7% "
                          "(di bawah 70%); kepala perangkat daerah belum tercatat."_s),
             qPrintable(all));
    QVERIFY(all.contains(u"2. Dinas Kesehatan (Perlu Perhatian): ikrar 90,0% (di bawah 95%)."_s));
    QVERIFY(!all.contains(u"Dinas Pendidikan (Patuh)"_s));

    // Signed today by the database's clock, for the bupati; the copies numbered, blanks dropped.
    QVERIFY(all.contains(u"Sukamaju, 23 November 2026"_s));
    QVERIFY(all.contains(u"a.n. BUPATI SUKAMAJU SEKRETARIS DAERAH KABUPATEN SUKAMAJU,"_s));
    QVERIFY(all.contains(u"Drs. H. Cecep Sekda, M.Si."_s));
    QVERIFY(all.contains(u"NIP 19680512 199003 1 004"_s));
    QVERIFY(all.contains(u"Tembusan: 1. Bupati Sukamaju (sebagai laporan) 2. Inspektur Daerah 3. Ketua Bawaslu "
                         "Kabupaten Sukamaju"_s));

    // Every page: the verification code of the figures printed, and the page number.
    const auto figures = ComplianceRepository(*m_db).figures(m_period, m_period.votingDay, 1);
    QVERIFY(figures);
    const QString code = ComplianceReport::fingerprint(m_period.id, m_period.votingDay, ComplianceThresholds{}, *figures);
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].contains(u"Kode verifikasi: "_s + code), qPrintable(pages[i]));
        QVERIFY(pages[i].contains(u"Halaman %1 dari %2"_s.arg(i + 1).arg(pages.size())));
    }
}

void TestComplianceReport::f4WithoutNumberOrCopies()
{
    NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
    NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
    QVERIFY(SettingsRepository(*m_db).set(u"report.cc"_s, QString()));
    ComplianceReport::Options options;
    options.paper = Paper::F4;
    options.asOf = QDate(2023, 11, 30); // before anyone signed
    const auto doc = ComplianceReport::build(*m_db, m_period, options);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    const QString pdf = write(*doc, u"rekap-f4.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QSizeF size = pdfPageSize(pdfinfo, pdf);
    QVERIFY2(qAbs(size.width() - 935.43) <= 1.0 && qAbs(size.height() - 609.45) <= 1.0,
             qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));
    const QString all = pdfPages(pdftotext, pdf).join(u' ');
    QVERIFY(all.contains(u"Keadaan per tanggal 30 November 2023"_s));
    QVERIFY(!all.contains(u"Nomor:"_s));
    QVERIFY(!all.contains(u"Tembusan"_s));
    QVERIFY(all.contains(u"1 Dinas Pendidikan 4 0 0,0% 0 0,0% Belum 0 0 Tidak Patuh"_s));
    QVERIFY(all.contains(u"JUMLAH 17 0 0,0% 0 0,0% 0/2 0 0"_s));
}

QTEST_MAIN(TestComplianceReport)
#include "TestComplianceReport.moc"
