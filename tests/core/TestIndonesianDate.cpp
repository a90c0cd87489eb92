// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IndonesianDate.h"

#include <QLocale>
#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestIndonesianDate : public QObject {
    Q_OBJECT

private slots:
    void monthNames();
    void dayNames();
    void dates_data();
    void dates();
    void monthYear();
    void placeAndDate();
    void independentOfLocale();
    void monthFromName_data();
    void monthFromName();
};

void TestIndonesianDate::monthNames()
{
    const QStringList expected = {u"Januari"_s, u"Februari"_s, u"Maret"_s, u"April"_s,
                                  u"Mei"_s, u"Juni"_s, u"Juli"_s, u"Agustus"_s,
                                  u"September"_s, u"Oktober"_s, u"November"_s, u"Desember"_s};
    for (int month = 1; month <= 12; ++month)
        QCOMPARE(IndonesianDate::monthName(month), expected.at(month - 1));
    QVERIFY(IndonesianDate::monthName(0).isEmpty());
    QVERIFY(IndonesianDate::monthName(13).isEmpty());
}

void TestIndonesianDate::dayNames()
{
    const QStringList expected = {u"Senin"_s, u"Selasa"_s, u"Rabu"_s, u"Kamis"_s,
                                  u"Jumat"_s, u"Sabtu"_s, u"Minggu"_s};
    for (int day = 1; day <= 7; ++day)
        QCOMPARE(IndonesianDate::dayName(day), expected.at(day - 1));
    QVERIFY(IndonesianDate::dayName(0).isEmpty());
    QVERIFY(IndonesianDate::dayName(8).isEmpty());
}

void TestIndonesianDate::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("dayAndDate");

    QTest::newRow("report date") << QDate(2026, 11, 22) << u"22 November 2026"_s << u"Minggu, 22 November 2026"_s;
    QTest::newRow("Pilkada voting day") << QDate(2024, 11, 27) << u"27 November 2024"_s
                                        << u"Rabu, 27 November 2024"_s;
    QTest::newRow("Pemilu voting day") << QDate(2024, 2, 14) << u"14 Februari 2024"_s << u"Rabu, 14 Februari 2024"_s;
    QTest::newRow("no leading zero") << QDate(2023, 12, 4) << u"4 Desember 2023"_s << u"Senin, 4 Desember 2023"_s;
    QTest::newRow("daftar hadir example") << QDate(2023, 11, 28) << u"28 November 2023"_s
                                          << u"Selasa, 28 November 2023"_s;
    QTest::newRow("Friday") << QDate(2024, 8, 16) << u"16 Agustus 2024"_s << u"Jumat, 16 Agustus 2024"_s;
    QTest::newRow("leap day") << QDate(2024, 2, 29) << u"29 Februari 2024"_s << u"Kamis, 29 Februari 2024"_s;
    QTest::newRow("invalid") << QDate() << QString() << QString();
}

void TestIndonesianDate::dates()
{
    QFETCH(QDate, date);
    QTEST(IndonesianDate::longDate(date), "longDate");
    QTEST(IndonesianDate::dayAndDate(date), "dayAndDate");
}

void TestIndonesianDate::monthYear()
{
    QCOMPARE(IndonesianDate::monthYear(2010, 12), u"Desember 2010"_s);
    QCOMPARE(IndonesianDate::monthYear(2024, 5), u"Mei 2024"_s);
    QVERIFY(IndonesianDate::monthYear(2024, 13).isEmpty());
}

void TestIndonesianDate::placeAndDate()
{
    QCOMPARE(IndonesianDate::placeAndDate(u"Sukamaju"_s, QDate(2026, 11, 22)), u"Sukamaju, 22 November 2026"_s);
    QCOMPARE(IndonesianDate::placeAndDate(u" Sukamaju "_s, QDate(2023, 12, 4)), u"Sukamaju, 4 Desember 2023"_s);
    QCOMPARE(IndonesianDate::placeAndDate(QString(), QDate(2023, 12, 4)), u"4 Desember 2023"_s);
    QCOMPARE(IndonesianDate::placeAndDate(u"Sukamaju"_s, QDate()), u"Sukamaju"_s);
}

void TestIndonesianDate::independentOfLocale()
{
    // The machine's locale must not leak onto paper.
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = IndonesianDate::dayAndDate(QDate(2024, 11, 27));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = IndonesianDate::dayAndDate(QDate(2024, 11, 27));
    QLocale::setDefault(saved);
    QCOMPARE(english, u"Rabu, 27 November 2024"_s);
    QCOMPARE(german, english);
}

void TestIndonesianDate::monthFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");

    QTest::newRow("full") << u"November"_s << 11;
    QTest::newRow("lower case") << u"desember"_s << 12;
    QTest::newRow("capitals") << u"MEI"_s << 5;
    QTest::newRow("short") << u"Jan"_s << 1;
    QTest::newRow("Jun is not Jul") << u"Jun"_s << 6;
    QTest::newRow("Jul") << u"Jul"_s << 7;
    QTest::newRow("Sept") << u"Sept"_s << 9;
    QTest::newRow("Agt") << u"Agt"_s << 8;
    QTest::newRow("Okt") << u"Okt"_s << 10;
    QTest::newRow("old spelling Pebruari") << u"Pebruari"_s << 2;
    QTest::newRow("old spelling Nopember") << u"Nopember"_s << 11;
    QTest::newRow("English May is not a month here") << u"May"_s << 0;
    QTest::newRow("English October") << u"October"_s << 0;
    QTest::newRow("too short") << u"Ma"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestIndonesianDate::monthFromName()
{
    QFETCH(QString, name);
    QTEST(IndonesianDate::monthFromName(name), "month");
}

QTEST_GUILESS_MAIN(TestIndonesianDate)
#include "TestIndonesianDate.moc"
