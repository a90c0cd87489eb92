// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Grade.h"

#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestGrade : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void fullTables();
};

void TestGrade::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rank");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("pppk");

    const QString iiib = u"III/b"_s;
    const QString rank = u"Penata Muda Tingkat I"_s;
    const QString printed = u"Penata Muda Tingkat I (III/b)"_s;
    for (const QString& spelling : {u"III/b"_s, u"III-b"_s, u"IIIb"_s, u"3b"_s, u"3/b"_s, u"III / B"_s,
                                    u"iii/b"_s, u"Gol. III/b"_s, u"Golongan III/b"_s, u" III/b "_s,
                                    u"Penata Muda Tingkat I (III/b)"_s, u"penata muda tingkat i (III/B)"_s,
                                    u"(III/b)"_s})
        QTest::newRow(qPrintable(u"PNS "_s + spelling)) << spelling << iiib << rank << printed << 10 << false;

    QTest::newRow("lowest") << u"I/a"_s << u"I/a"_s << u"Juru Muda"_s << u"Juru Muda (I/a)"_s << 1 << false;
    QTest::newRow("I/d") << u"1d"_s << u"I/d"_s << u"Juru Tingkat I"_s << u"Juru Tingkat I (I/d)"_s << 4 << false;
    QTest::newRow("II/a") << u"II-a"_s << u"II/a"_s << u"Pengatur Muda"_s << u"Pengatur Muda (II/a)"_s << 5
                          << false;
    QTest::newRow("IV/d") << u"IV/d"_s << u"IV/d"_s << u"Pembina Utama Madya"_s
                          << u"Pembina Utama Madya (IV/d)"_s << 16 << false;
    QTest::newRow("IV/e, the highest") << u"4e"_s << u"IV/e"_s << u"Pembina Utama"_s
                                       << u"Pembina Utama (IV/e)"_s << 17 << false;

    QTest::newRow("PPPK IX") << u"IX"_s << u"IX"_s << QString() << u"Golongan IX"_s << 9 << true;
    QTest::newRow("PPPK Golongan IX") << u"Golongan IX"_s << u"IX"_s << QString() << u"Golongan IX"_s << 9 << true;
    QTest::newRow("PPPK gol. IX") << u"gol. IX"_s << u"IX"_s << QString() << u"Golongan IX"_s << 9 << true;
    QTest::newRow("PPPK bare number") << u"9"_s << u"IX"_s << QString() << u"Golongan IX"_s << 9 << true;
    QTest::newRow("PPPK lowest") << u"i"_s << u"I"_s << QString() << u"Golongan I"_s << 1 << true;
    QTest::newRow("PPPK SMA entry") << u"V"_s << u"V"_s << QString() << u"Golongan V"_s << 5 << true;
    QTest::newRow("PPPK D-III entry") << u"Gol VII"_s << u"VII"_s << QString() << u"Golongan VII"_s << 7 << true;
    QTest::newRow("PPPK highest") << u"XVII"_s << u"XVII"_s << QString() << u"Golongan XVII"_s << 17 << true;
    QTest::newRow("PPPK 17") << u"17"_s << u"XVII"_s << QString() << u"Golongan XVII"_s << 17 << true;
    // A PNS grade without ruang cannot be one: the numeral is a PPPK golongan.
    QTest::newRow("III alone is PPPK") << u"III"_s << u"III"_s << QString() << u"Golongan III"_s << 3 << true;
}

void TestGrade::parse()
{
    QFETCH(QString, text);
    const std::optional<Grade> grade = Grade::parse(text);
    QVERIFY2(grade.has_value(), qPrintable(text));
    QTEST(grade->code(), "code");
    QTEST(grade->rankName(), "rank");
    QTEST(grade->printed(), "printed");
    QTEST(grade->order(), "order");
    QTEST(grade->isPppk(), "pppk");
}

void TestGrade::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("I/e does not exist") << u"I/e"_s;
    QTest::newRow("II/e does not exist") << u"II/e"_s;
    QTest::newRow("III/e does not exist") << u"3e"_s;
    QTest::newRow("no group V for PNS") << u"V/a"_s;
    QTest::newRow("ruang f") << u"IV/f"_s;
    QTest::newRow("PPPK XVIII") << u"XVIII"_s;
    QTest::newRow("PPPK 18") << u"18"_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("non-canonical numeral") << u"IIII"_s;
    QTest::newRow("rank disagrees with code") << u"Pembina (III/b)"_s;
    QTest::newRow("rank name alone") << u"Penata Muda Tingkat I"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("label only") << u"Golongan"_s;
}

void TestGrade::rejects()
{
    QFETCH(QString, text);
    const std::optional<Grade> grade = Grade::parse(text);
    QVERIFY2(!grade.has_value(), qPrintable(u"accepted as "_s + (grade ? grade->code() : QString())));
}

void TestGrade::fullTables()
{
    // Every PNS grade and every PPPK golongan round-trips through its code and printed form,
    // and the sort keys run 1..17 without gaps so the two columns pair up.
    for (int order = 1; order <= 17; ++order) {
        for (const bool pppk : {false, true}) {
            // "1a".."4d" by arithmetic, then "4e": the only ruang e.
            const QString probe = pppk ? QString::number(order)
                : order == 17          ? u"4e"_s
                                       : QString::number((order - 1) / 4 + 1) + QChar(u'a' + (order - 1) % 4);
            const std::optional<Grade> grade = Grade::parse(probe);
            QVERIFY2(grade.has_value(), qPrintable(probe));
            QCOMPARE(grade->order(), order);
            QCOMPARE(grade->isPppk(), pppk);
            QCOMPARE(Grade::parse(grade->code()), grade);
            QCOMPARE(Grade::parse(grade->printed()), grade);
        }
    }
}

QTEST_GUILESS_MAIN(TestGrade)
#include "TestGrade.moc"
