// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTestSupport.h"

#include "io/PaperSize.h"
#include "io/ReportDocument.h"
#include "io/ReportFonts.h"
#include "io/ReportPager.h"
#include "io/ReportTable.h"
#include "io/SignatoryBlock.h"

#include <QDir>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netra::Paper;
using netra::ReportDocument;

namespace {

netra::Letterhead letterhead(const QString& logoPath)
{
    return {u"PEMERINTAH KABUPATEN SUKAMAJU"_s, u"SEKRETARIAT DAERAH"_s,
            u"Jalan Merdeka Nomor 1, Telepon (0260) 123456\n"
            u"Laman www.sukamajukab.go.id, Pos-el setda@sukamajukab.go.id, Kode Pos 41211"_s,
            logoPath};
}

netra::SignatureBlock signatory()
{
    return {u"Sukamaju"_s, QString(), u"SEKRETARIS DAERAH KABUPATEN SUKAMAJU,"_s,
            u"Drs. H. NAMA LENGKAP, M.Si."_s, u"Pembina Utama Madya (IV/d)"_s,
            u"197001011995031001"_s};
}

// Letterhead, title, a table that runs onto a second page, signature block.
ReportDocument sample(Paper paper, const QString& logoPath, int rows)
{
    ReportDocument doc;
    doc.setPaper(paper);
    doc.setTitle(u"Rekapitulasi Kepatuhan Netralitas ASN"_s);
    doc.setFooterText(u"Kode verifikasi: 3F2A-91C0"_s);
    doc.addLetterhead(letterhead(logoPath));
    doc.addTitle({u"REKAPITULASI KEPATUHAN NETRALITAS APARATUR SIPIL NEGARA"_s,
                  u"PEMILIHAN KEPALA DAERAH 2024"_s, u"Keadaan per tanggal 27 November 2024"_s});
    doc.addParagraph(u"Nomor: 800/123/Kesbangpol"_s);
    netra::ReportTable table;
    table.addColumn(u"No"_s, 0.6, Qt::AlignRight);
    table.addColumn(u"Perangkat Daerah"_s, 4);
    table.addColumn(u"ASN Aktif"_s, 1.2, Qt::AlignRight);
    table.addColumn(u"Ikrar (%)"_s, 1.2, Qt::AlignRight);
    table.addColumn(u"Keterangan"_s, 2.5);
    for (int i = 1; i <= rows; ++i) {
        table.addRow({QString::number(i), u"Unit Kerja Nomor %1"_s.arg(i, 3, 10, QLatin1Char('0')),
                      QString::number(100 + i), u"95,4%"_s,
                      i % 7 == 0 ? u"catatan yang cukup panjang sehingga sel ini terbungkus"_s
                                 : QString()});
    }
    table.addRow({QString(), u"JUMLAH"_s, u"9.999"_s, u"96,1%"_s, QString()}, true);
    doc.addTable(table);
    doc.addSignature(signatory(), QDate(2026, 11, 22));
    return doc;
}

} // namespace

class TestReportDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_logo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(netra::ReportFonts::ensureLoaded());
        m_logo = m_dir.filePath(u"lambang.png"_s);
        QImage logo(200, 240, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        QVERIFY(logo.save(m_logo));
    }

    void paperSizes()
    {
        const QSizeF f4 = netra::pageSize(Paper::F4).size(QPageSize::Millimeter);
        QCOMPARE(f4, QSizeF(215, 330)); // not Folio's 210 x 330
        QCOMPARE(netra::pageSize(Paper::A4).id(), QPageSize::A4);
        QCOMPARE(netra::paperFromCode(u"F4"_s), Paper::F4);
        QCOMPARE(netra::paperFromCode(u"a4"_s), Paper::A4);
        QVERIFY(!netra::paperFromCode(u"folio"_s).has_value());
        QCOMPARE(netra::paperCode(Paper::F4), u"f4"_s);
    }

    void groupedNip()
    {
        using netra::SignatoryBlock;
        QCOMPARE(SignatoryBlock::groupedNip(u"197001011995031001"_s), u"19700101 199503 1 001"_s);
        QCOMPARE(SignatoryBlock::groupedNip(u"19700101 199503 1 001"_s), u"19700101 199503 1 001"_s);
        QCOMPARE(SignatoryBlock::groupedNip(u"19700101.199503.1.001"_s), u"19700101 199503 1 001"_s);
        QCOMPARE(SignatoryBlock::groupedNip(u" 12345 "_s), u"12345"_s);
    }

    void pagerRepeatsHeaderAndKeepsPiecesWhole()
    {
        netra::ReportPager pager(100);
        pager.place({30, {}});
        pager.ensureSpace(10 + 20); // header and first row fit
        const netra::ReportPager::Piece header{10, {}};
        pager.place(header);
        pager.setRepeatedHeader(header);
        for (int i = 0; i < 4; ++i)
            pager.place({20, {}}); // 30+10+20+20 = 80; the third row would end at 100... fits
        pager.setRepeatedHeader(std::nullopt);
        pager.addSpace(5);
        pager.place({40, {}}); // a signature block: one piece, after the gap
        const QList<netra::ReportPager::Page> pages = pager.finish();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].size(), 5); // 30, header, three rows
        QCOMPARE(pages[0].last().top, 80.0);
        QCOMPARE(pages[1].size(), 3); // repeated header, last row, signature
        QCOMPARE(pages[1][0].piece.height, 10.0);
        QCOMPARE(pages[1][1].top, 10.0);
        QCOMPARE(pages[1][2].top, 35.0); // the space before it is kept mid-page
    }

    void twoPageReport_data()
    {
        QTest::addColumn<Paper>("paper");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("F4") << Paper::F4 << QSizeF(609.45, 935.43);
        QTest::newRow("A4") << Paper::A4 << QSizeF(595.28, 841.89);
    }

    void twoPageReport()
    {
        QFETCH(Paper, paper);
        QFETCH(QSizeF, points);
        NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
        NETRA_REQUIRE_TOOL(pdfinfo, "pdfinfo");
        NETRA_REQUIRE_TOOL(pdffonts, "pdffonts");

        const ReportDocument doc = sample(paper, m_logo, 45);
        QCOMPARE(doc.pageCount(), 2);
        const QString pdf = m_dir.filePath(u"report-%1.pdf"_s.arg(netra::paperCode(paper)));
        const netra::Status written = doc.writePdf(pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        const QSizeF size = netra::test::pdfPageSize(pdfinfo, pdf);
        QVERIFY2(qAbs(size.width() - points.width()) <= 1.0 && qAbs(size.height() - points.height()) <= 1.0,
                 qPrintable(u"page size %1 x %2"_s.arg(size.width()).arg(size.height())));
        const QString info = netra::test::runTool(pdfinfo, {pdf});
        QVERIFY(info.contains(QRegularExpression(u"Pages:\\s+2\\n"_s)));
        QVERIFY(info.contains(u"Rekapitulasi Kepatuhan Netralitas ASN"_s));
        QVERIFY(info.contains(u"Netra"_s));

        const QString fonts = netra::test::runTool(pdffonts, {pdf});
        QVERIFY2(fonts.contains(u"DejaVuSans-Bold"_s), qPrintable(fonts));
        QVERIFY2(fonts.contains(QRegularExpression(u"DejaVuSans\\s"_s)), qPrintable(fonts));

        const QString text = netra::test::runTool(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QStringList pages = text.split(QLatin1Char('\f'));
        if (pages.size() > 2 && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages[0].contains(u"Halaman 1 dari 2"_s), qPrintable(pages[0]));
        QVERIFY(pages[1].contains(u"Halaman 2 dari 2"_s));
        QVERIFY(pages[0].contains(u"Kode verifikasi: 3F2A-91C0"_s));
        QVERIFY(pages[1].contains(u"Kode verifikasi: 3F2A-91C0"_s));
        // The kop surat is on the first page only.
        QVERIFY(pages[0].contains(u"PEMERINTAH KABUPATEN SUKAMAJU"_s));
        QVERIFY(pages[0].contains(u"SEKRETARIAT DAERAH"_s));
        QVERIFY(!pages[1].contains(u"PEMERINTAH KABUPATEN SUKAMAJU"_s));
        // The header row is repeated; every row is printed once and whole.
        QCOMPARE(pages[0].count(u"Perangkat Daerah"_s), 1);
        QCOMPARE(pages[1].count(u"Perangkat Daerah"_s), 1);
        for (int i = 1; i <= 45; ++i)
            QCOMPARE(text.count(u"Unit Kerja Nomor %1"_s.arg(i, 3, 10, QLatin1Char('0'))), 1);
        QVERIFY(pages[1].contains(u"JUMLAH"_s));
        // The signature block, kept together on the last page.
        QVERIFY(pages[1].contains(u"Sukamaju, 22 November 2026"_s));
        QVERIFY(pages[1].contains(u"SEKRETARIS DAERAH KABUPATEN"_s)); // wraps in its half
        QVERIFY(pages[1].contains(u"Drs. H. NAMA LENGKAP, M.Si."_s));
        QVERIFY(pages[1].contains(u"Pembina Utama Madya (IV/d)"_s));
        QVERIFY(pages[1].contains(u"NIP 19700101 199503 1 001"_s));
    }

    void sameBreaksAtAnyResolution()
    {
        NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
        const ReportDocument doc = sample(Paper::F4, m_logo, 45);
        QStringList texts;
        for (const int dpi : {72, 600}) {
            const QString pdf = m_dir.filePath(u"dpi-%1.pdf"_s.arg(dpi));
            {
                QPdfWriter writer(pdf);
                writer.setResolution(dpi);
                QVERIFY(doc.render(&writer));
            }
            texts.append(netra::test::runTool(pdftotext, {u"-layout"_s, pdf, u"-"_s}));
        }
        QVERIFY(texts[0].contains(u"Halaman 2 dari 2"_s));
        QCOMPARE(texts[0].count(QLatin1Char('\f')), texts[1].count(QLatin1Char('\f')));
        const QStringList low = texts[0].split(QLatin1Char('\f'));
        const QStringList high = texts[1].split(QLatin1Char('\f'));
        for (qsizetype i = 0; i < low.size(); ++i) {
            QCOMPARE(low[i].count(u"Unit Kerja Nomor"_s), high[i].count(u"Unit Kerja Nomor"_s));
        }
    }

    void headOfRegionSignsWithoutRankAndNip()
    {
        NETRA_REQUIRE_TOOL(pdftotext, "pdftotext");
        ReportDocument doc;
        doc.setPaper(Paper::A4);
        doc.setOrientation(QPageLayout::Landscape);
        doc.addTitle({u"SURAT EDARAN"_s});
        doc.addParagraph(u"Isi surat."_s);
        doc.addSignature({u"Sukamaju"_s, u"a.n. BUPATI SUKAMAJU"_s, u"BUPATI SUKAMAJU,"_s,
                          u"NAMA BUPATI"_s, QString(), QString()},
                         QDate(2026, 1, 5));
        QCOMPARE(doc.pageCount(), 1);
        const QString pdf = m_dir.filePath(u"bupati.pdf"_s);
        QVERIFY(doc.writePdf(pdf).ok());
        const QString text = netra::test::runTool(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(text.contains(u"Sukamaju, 5 Januari 2026"_s));
        QVERIFY(text.contains(u"a.n. BUPATI SUKAMAJU"_s));
        QVERIFY(text.contains(u"NAMA BUPATI"_s));
        QVERIFY(text.contains(u"Halaman 1 dari 1"_s));
        QVERIFY(!text.contains(u"NIP"_s));
        QVERIFY(!text.contains(u"PEMERINTAH"_s)); // no letterhead was added

        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (!pdfinfo.isEmpty()) {
            const QSizeF size = netra::test::pdfPageSize(pdfinfo, pdf);
            QVERIFY(qAbs(size.width() - 841.89) <= 1.0 && qAbs(size.height() - 595.28) <= 1.0);
        }
    }

    void unwritablePathLeavesNoFile()
    {
        const ReportDocument doc = sample(Paper::A4, QString(), 5);
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(u"no-such-folder/report.pdf"_s);
        const netra::Status status = doc.writePdf(missingFolder);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, netra::ErrorKind::File);
        QVERIFY(status.error().message.contains(u"report.pdf"_s));
        QVERIFY(!QFile::exists(missingFolder));

        // A folder where the file should go: refused, and nothing left beside it.
        const QString folder = dir.filePath(u"taken.pdf"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"taken.pdf"_s));
        const netra::Status onFolder = doc.writePdf(folder);
        QVERIFY(!onFolder.ok());
        QCOMPARE(onFolder.error().kind, netra::ErrorKind::File);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList({u"taken.pdf"_s}));
        QVERIFY(QFileInfo(folder).isDir());
    }

    void missingLogoStillPrints()
    {
        ReportDocument doc;
        doc.addLetterhead(letterhead(m_dir.filePath(u"no-such-logo.png"_s)));
        QCOMPARE(doc.pageCount(), 1);
        const QString pdf = m_dir.filePath(u"nologo.pdf"_s);
        QVERIFY(doc.writePdf(pdf).ok());
        QVERIFY(QFileInfo(pdf).size() > 0);
    }
};

QTEST_MAIN(TestReportDocument)
#include "TestReportDocument.moc"
