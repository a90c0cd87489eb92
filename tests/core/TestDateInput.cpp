// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DateInput.h"

#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestDateInput : public QObject {
    Q_OBJECT

private slots:
    void isoDate_data();
    void isoDate();
    void dateInput_data();
    void dateInput();
};

void TestDateInput::isoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // null: rejected

    QTest::newRow("voting day") << u"2024-11-27"_s << QDate(2024, 11, 27);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("no leap day in 2023") << u"2023-02-29"_s << QDate();
    QTest::newRow("no leap day in 1900") << u"1900-02-29"_s << QDate();
    QTest::newRow("month 13") << u"2024-13-01"_s << QDate();
    QTest::newRow("day 31 in November") << u"2024-11-31"_s << QDate();
    QTest::newRow("single-digit month") << u"2024-1-05"_s << QDate();
    QTest::newRow("surrounding space") << u" 2024-11-27"_s << QDate();
    QTest::newRow("slashes") << u"2024/11/27"_s << QDate();
    QTest::newRow("with time") << u"2024-11-27T08:00"_s << QDate();
    QTest::newRow("day first") << u"27-11-2024"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDateInput::isoDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = parseIsoDate(text);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date)
        QCOMPARE(*date, expected);
}

void TestDateInput::dateInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // null: rejected

    QTest::newRow("ISO") << u"2024-11-27"_s << QDate(2024, 11, 27);
    QTest::newRow("ISO with spaces around") << u"  2024-11-27 "_s << QDate(2024, 11, 27);
    QTest::newRow("slashes, day first") << u"27/11/2024"_s << QDate(2024, 11, 27);
    QTest::newRow("day first, not month first") << u"04/12/2023"_s << QDate(2023, 12, 4);
    QTest::newRow("single digits") << u"4/2/2024"_s << QDate(2024, 2, 4);
    QTest::newRow("hyphens") << u"27-11-2024"_s << QDate(2024, 11, 27);
    QTest::newRow("dots") << u"27.11.2024"_s << QDate(2024, 11, 27);
    QTest::newRow("mixed separators") << u"27/11-2024"_s << QDate();
    QTest::newRow("month first is impossible here") << u"11/27/2024"_s << QDate();
    QTest::newRow("two-digit year") << u"27/11/24"_s << QDate();
    QTest::newRow("31 April") << u"31/04/2024"_s << QDate();
    QTest::newRow("29 Feb 2024") << u"29/02/2024"_s << QDate(2024, 2, 29);
    QTest::newRow("29 Feb 2023") << u"29-02-2023"_s << QDate();
    QTest::newRow("written") << u"27 November 2024"_s << QDate(2024, 11, 27);
    QTest::newRow("written, lower case") << u"4 desember 2023"_s << QDate(2023, 12, 4);
    QTest::newRow("written, short month") << u"14 Feb 2024"_s << QDate(2024, 2, 14);
    QTest::newRow("written, short month with dot") << u"17 Agt. 2024"_s << QDate(2024, 8, 17);
    QTest::newRow("written, extra spaces") << u"27  November   2024"_s << QDate(2024, 11, 27);
    QTest::newRow("written, old spelling") << u"10 Nopember 2023"_s << QDate(2023, 11, 10);
    QTest::newRow("with matching day name") << u"Rabu, 27 November 2024"_s << QDate(2024, 11, 27);
    QTest::newRow("with wrong day name") << u"Kamis, 27 November 2024"_s << QDate();
    QTest::newRow("written, no such day") << u"30 Februari 2024"_s << QDate();
    QTest::newRow("English month") << u"27 May 2024"_s << QDate();
    QTest::newRow("unknown month") << u"27 Brumaire 2024"_s << QDate();
    QTest::newRow("words") << u"besok"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDateInput::dateInput()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = parseDateInput(text);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date)
        QCOMPARE(*date, expected);
}

QTEST_GUILESS_MAIN(TestDateInput)
#include "TestDateInput.moc"
