// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of the ikrar and the pakta: the built-in text of DOMAIN.md §9, the format a
// clerk types, and the placeholders.
#include "core/PledgePlaceholders.h"
#include "core/PledgeText.h"

#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

namespace {

ElectionPeriod pemilu2024()
{
    ElectionPeriod period;
    period.name = u"Pemilu 2024"_s;
    period.kind = ElectionKind::Pemilu;
    period.start = QDate(2023, 11, 28);
    period.votingDay = QDate(2024, 2, 14);
    period.end = QDate(2024, 3, 20);
    return period;
}

ElectionPeriod pilkada2024()
{
    ElectionPeriod period;
    period.name = u"Pilkada 2024"_s;
    period.kind = ElectionKind::Pilkada;
    period.start = QDate(2024, 9, 25);
    period.votingDay = QDate(2024, 11, 27);
    period.end = QDate(2024, 12, 16);
    return period;
}

} // namespace

class TestPledgeText : public QObject {
    Q_OBJECT

private slots:
    void defaultIkrar();
    void defaultPakta();
    void emptySettingMeansTheDefault();
    void placeholdersFilledForPilkada();
    void customTextWithTwoItems();
    void itemsContinueAndParagraphsJoin();
    void unknownPlaceholderIsLeftAsTyped();
    void governmentName_data();
    void governmentName();
};

void TestPledgeText::defaultIkrar()
{
    const PledgeText text = PledgeText::parse(PledgeText::defaultText(PledgeKind::Ikrar))
                                .filled(PledgePlaceholders(u"PEMERINTAH KABUPATEN SUKAMAJU"_s, pemilu2024()));
    QCOMPARE(text.titleLines, (QStringList{u"IKRAR NETRALITAS APARATUR SIPIL NEGARA"_s, u"PEMERINTAH KABUPATEN SUKAMAJU"_s,
                                           u"DALAM PEMILIHAN UMUM TAHUN 2024"_s}));
    QCOMPARE(text.opening, QStringList{u"Untuk menyukseskan Pemilihan Umum Tahun 2024, kami Aparatur Sipil Negara di "
                                       "lingkungan Pemerintah Kabupaten Sukamaju berikrar:"_s});
    QCOMPARE(text.items.size(), 4);
    QCOMPARE(text.items[0], u"Bersikap netral dalam menjalankan tugas dan melayani masyarakat, sebelum, selama, dan "
                            "setelah Pemilihan Umum Tahun 2024;"_s);
    QCOMPARE(text.items[1], u"Mencegah konflik kepentingan, tidak mengintimidasi atau mengancam pegawai maupun "
                            "masyarakat, dan tidak berpihak kepada peserta pemilihan umum mana pun;"_s);
    QCOMPARE(text.items[2], u"Bermedia sosial secara bijak, tidak memakainya untuk kepentingan peserta pemilihan umum "
                            "tertentu, serta tidak menyebarkan ujaran kebencian dan berita bohong;"_s);
    QCOMPARE(text.items[3], u"Menolak politik uang dan pemberian dalam bentuk apa pun."_s);
    QCOMPARE(text.closing, QStringList{u"Ikrar ini kami ucapkan dengan integritas dan penuh tanggung jawab, demi "
                                       "netralitas Aparatur Sipil Negara yang bermartabat, beretika, dan demokratis "
                                       "serta keutuhan Negara Kesatuan Republik Indonesia."_s});
}

void TestPledgeText::defaultPakta()
{
    const PledgeText text = PledgeText::parse(PledgeText::defaultText(PledgeKind::Pakta))
                                .filled(PledgePlaceholders(u"PEMERINTAH KABUPATEN SUKAMAJU"_s, pemilu2024()));
    QCOMPARE(text.titleLines, (QStringList{u"PAKTA INTEGRITAS"_s, u"NETRALITAS APARATUR SIPIL NEGARA"_s,
                                           u"DALAM PEMILIHAN UMUM TAHUN 2024"_s}));
    QCOMPARE(text.opening,
             (QStringList{u"Yang bertanda tangan di bawah ini,"_s, u"dengan ini menyatakan bahwa saya akan:"_s}));
    QCOMPARE(text.items.size(), 4);
    QCOMPARE(text.items[0], u"Menjaga dan menegakkan asas netralitas Aparatur Sipil Negara di unit kerja yang saya "
                            "pimpin selama Pemilihan Umum Tahun 2024;"_s);
    QCOMPARE(text.items[1], u"Menghindari konflik kepentingan: tidak melakukan intimidasi atau ancaman terhadap "
                            "Aparatur Sipil Negara dan masyarakat, serta tidak berpihak kepada peserta pemilihan "
                            "umum mana pun;"_s);
    QCOMPARE(text.items[2], u"Bermedia sosial secara bijak: tidak mendukung peserta pemilihan umum tertentu, tidak "
                            "melakukan kampanye hitam, dan tidak menyebarkan ujaran kebencian maupun berita bohong;"_s);
    QCOMPARE(text.items[3], u"Menolak politik uang dan segala pemberian dalam bentuk apa pun."_s);
    QCOMPARE(text.closing, QStringList{u"Bila saya melanggar pakta integritas ini, saya bersedia menerima sanksi "
                                       "sesuai ketentuan peraturan perundang-undangan."_s});
}

void TestPledgeText::emptySettingMeansTheDefault()
{
    for (const PledgeKind kind : {PledgeKind::Ikrar, PledgeKind::Pakta}) {
        const PledgeText expected = PledgeText::parse(PledgeText::defaultText(kind));
        QCOMPARE(PledgeText::fromSetting(kind, QString()), expected);
        QCOMPARE(PledgeText::fromSetting(kind, u" \n \n"_s), expected);
    }
    QCOMPARE(PledgeText::settingKey(PledgeKind::Ikrar), u"pledge.ikrar_text"_s);
    QCOMPARE(PledgeText::settingKey(PledgeKind::Pakta), u"pledge.pakta_text"_s);
}

void TestPledgeText::placeholdersFilledForPilkada()
{
    const PledgePlaceholders values(u"PEMERINTAH KOTA BAU-BAU"_s, pilkada2024());
    QCOMPARE(values.value(u"Pemda"_s), u"Pemerintah Kota Bau-Bau"_s);
    QCOMPARE(values.value(u"pemilihan"_s), u"Pemilihan Kepala Daerah Serentak Tahun 2024"_s);
    QCOMPARE(values.value(u"peserta"_s), u"pasangan calon"_s);
    QCOMPARE(values.fill(u"{PEMDA} / {Pemda} / {PEMILIHAN} / {pemilihan} / {peserta} / {PESERTA}"_s),
             u"PEMERINTAH KOTA BAU-BAU / Pemerintah Kota Bau-Bau / PEMILIHAN KEPALA DAERAH SERENTAK TAHUN 2024 / "
             "Pemilihan Kepala Daerah Serentak Tahun 2024 / pasangan calon / PASANGAN CALON"_s);

    const PledgeText ikrar = PledgeText::fromSetting(PledgeKind::Ikrar, QString()).filled(values);
    QCOMPARE(ikrar.titleLines.value(2), u"DALAM PEMILIHAN KEPALA DAERAH SERENTAK TAHUN 2024"_s);
    QVERIFY(ikrar.items[1].endsWith(u"tidak berpihak kepada pasangan calon mana pun;"_s));
    for (const QString& part : ikrar.titleLines + ikrar.opening + ikrar.items + ikrar.closing)
        QVERIFY2(!part.contains(u'{'), qPrintable(part));
}

void TestPledgeText::customTextWithTwoItems()
{
    // Typed on Windows, with a title of two lines and items numbered with brackets.
    const QString typed = u"\r\nIKRAR ASN {PEMDA}\r\nTAHUN INI\r\n\r\nKami berikrar:\r\n\r\n1) Netral;\r\n"
                          "2) Menolak politik uang.\r\n\r\nDemikian.\r\n\r\nSukamaju."_s;
    const PledgePlaceholders values(u"PEMERINTAH KABUPATEN SUKAMAJU"_s, pemilu2024());
    const PledgeText text = PledgeText::fromSetting(PledgeKind::Ikrar, typed).filled(values);
    QCOMPARE(text.titleLines, (QStringList{u"IKRAR ASN PEMERINTAH KABUPATEN SUKAMAJU"_s, u"TAHUN INI"_s}));
    QCOMPARE(text.opening, QStringList{u"Kami berikrar:"_s});
    QCOMPARE(text.items, (QStringList{u"Netral;"_s, u"Menolak politik uang."_s}));
    QCOMPARE(text.closing, (QStringList{u"Demikian."_s, u"Sukamaju."_s}));
}

void TestPledgeText::itemsContinueAndParagraphsJoin()
{
    const PledgeText text = PledgeText::parse(u"JUDUL\n\nBaris satu\n  baris dua.\n"
                                              "1. Butir pertama\n   yang berlanjut;\n\n2.\nButir kedua.\n"
                                              "Penutup tanpa nomor?\n\n2024. Tahun bukan butir."_s);
    QCOMPARE(text.titleLines, QStringList{u"JUDUL"_s});
    QCOMPARE(text.opening, QStringList{u"Baris satu baris dua."_s});
    QCOMPARE(text.items, (QStringList{u"Butir pertama yang berlanjut;"_s, u"Butir kedua. Penutup tanpa nomor?"_s}));
    QCOMPARE(text.closing, QStringList{u"2024. Tahun bukan butir."_s});
}

void TestPledgeText::unknownPlaceholderIsLeftAsTyped()
{
    const PledgePlaceholders values(u"PEMERINTAH KABUPATEN SUKAMAJU"_s, pemilu2024());
    QCOMPARE(values.fill(u"{Pemda} {pemdaa} {} {pemda}"_s),
             u"Pemerintah Kabupaten Sukamaju {pemdaa} {} Pemerintah Kabupaten Sukamaju"_s);
    QVERIFY(values.value(u"bupati"_s).isEmpty());
}

void TestPledgeText::governmentName_data()
{
    QTest::addColumn<QString>("letterhead");
    QTest::addColumn<QString>("name");
    QTest::newRow("kabupaten") << u"PEMERINTAH KABUPATEN SUKAMAJU"_s << u"Pemerintah Kabupaten Sukamaju"_s;
    QTest::newRow("spaces") << u"  PEMERINTAH   KOTA  SUKAMAJU "_s << u"Pemerintah Kota Sukamaju"_s;
    QTest::newRow("DKI") << u"PEMERINTAH PROVINSI DKI JAKARTA"_s << u"Pemerintah Provinsi DKI Jakarta"_s;
    QTest::newRow("no vowel") << u"PEMERINTAH PROVINSI NTB"_s << u"Pemerintah Provinsi NTB"_s;
    QTest::newRow("short name") << u"PEMERINTAH KABUPATEN KEPULAUAN ARU"_s << u"Pemerintah Kabupaten Kepulauan Aru"_s;
    QTest::newRow("OKU") << u"PEMERINTAH KABUPATEN OKU TIMUR"_s << u"Pemerintah Kabupaten OKU Timur"_s;
    QTest::newRow("already mixed") << u"Pemerintah Kabupaten Sukamaju"_s << u"Pemerintah Kabupaten Sukamaju"_s;
    QTest::newRow("dotted") << u"PEMERINTAH D.I. YOGYAKARTA"_s << u"Pemerintah D.I. Yogyakarta"_s;
    QTest::newRow("empty") << QString() << u"Pemerintah Daerah"_s;
}

void TestPledgeText::governmentName()
{
    QFETCH(QString, letterhead);
    QFETCH(QString, name);
    QCOMPARE(PledgePlaceholders::governmentName(letterhead), name);
}

QTEST_GUILESS_MAIN(TestPledgeText)
#include "TestPledgeText.moc"
