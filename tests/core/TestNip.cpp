// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Nip.h"

#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(netra::NipScheme)
Q_DECLARE_METATYPE(netra::Sex)

namespace {

// Every rule that looks at "today" is pinned to this day.
const QDate Today(2026, 11, 23);

// Rows name the staff kind and sex column as a roster would ("PNS", "L"); empty means absent.
Nip::Options makeOptions(const QString& kind, const QString& sexColumn, bool checkCode = true)
{
    Nip::Options options;
    if (!kind.isEmpty())
        options.kind = staffKindFromCode(kind);
    if (!sexColumn.isEmpty())
        options.sexColumn = sexFromText(sexColumn);
    options.checkPppkCodeDigits = checkCode;
    return options;
}

} // namespace

class TestNip : public QObject {
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void clean_data();
    void clean();
    void spreadsheetDamage_data();
    void spreadsheetDamage();
    void defaultOptionsTryBothSchemes();
    void formattedRoundTrips();
};

void TestNip::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sexColumn");
    QTest::addColumn<bool>("checkCode");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<int>("serial");
    QTest::addColumn<NipScheme>("scheme");

    const QString nip = u"198703152010121002"_s;
    const QDate born(1987, 3, 15);
    // DOMAIN.md §2, accepted rows.
    QTest::newRow("grouped with spaces") << u"19870315 201012 1 002"_s << u"PNS"_s << QString() << true
                                         << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("grouped with dots") << u"19870315.201012.1.002"_s << u"PNS"_s << QString() << true
                                       << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("Excel text marker") << u"'198703152010121002"_s << u"PNS"_s << QString() << true
                                       << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("curly apostrophe") << u"\u2019198703152010121002"_s << u"PNS"_s << QString() << true
                                      << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("no-break spaces around and inside")
        << u"\u00A019870315\u00A0201012 1 002 \t"_s << u"PNS"_s << QString() << true
        << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("sex column agrees") << nip << u"PNS"_s << u"L"_s << true
                                       << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("female, column agrees")
        << u"19920517 201903 2 011"_s << u"PNS"_s << u"P"_s << true << u"199205172019032011"_s
        << QDate(1992, 5, 17) << 2019 << 3 << Sex::Female << 11 << NipScheme::Nip;
    QTest::newRow("born on a leap day")
        << u"200002292022032004"_s << u"PNS"_s << QString() << true << u"200002292022032004"_s
        << QDate(2000, 2, 29) << 2022 << 3 << Sex::Female << 4 << NipScheme::Nip;
    QTest::newRow("born 1940, the earliest year")
        << u"194001011965031001"_s << u"PNS"_s << QString() << true << u"194001011965031001"_s
        << QDate(1940, 1, 1) << 1965 << 3 << Sex::Male << 1 << NipScheme::Nip;
    // Turns 18 today and was appointed this month, at exactly 216 months: three limits at once.
    QTest::newRow("18 today, appointed this month")
        << u"200811232026111001"_s << u"PNS"_s << QString() << true << u"200811232026111001"_s
        << QDate(2008, 11, 23) << 2026 << 11 << Sex::Male << 1 << NipScheme::Nip;
    QTest::newRow("appointed this month")
        << u"198703152026111001"_s << u"PNS"_s << QString() << true << u"198703152026111001"_s
        << born << 2026 << 11 << Sex::Male << 1 << NipScheme::Nip;

    QTest::newRow("NI PPPK with code 21")
        << u"19880512 202221 1 003"_s << u"PPPK"_s << QString() << true << u"198805122022211003"_s
        << QDate(1988, 5, 12) << 2022 << 21 << Sex::Male << 3 << NipScheme::NiPppk;
    QTest::newRow("NI PPPK part time, month-like digits")
        << u"199101022024012005"_s << u"PPPK_PW"_s << u"P"_s << true << u"199101022024012005"_s
        << QDate(1991, 1, 2) << 2024 << 1 << Sex::Female << 5 << NipScheme::NiPppk;
    QTest::newRow("NI PPPK has no age-at-appointment rule")
        << u"200601012023011001"_s << u"PPPK"_s << QString() << true << u"200601012023011001"_s
        << QDate(2006, 1, 1) << 2023 << 1 << Sex::Male << 1 << NipScheme::NiPppk;
    QTest::newRow("NI PPPK digits 13-14 = 15, check off")
        << u"198805122022151003"_s << u"PPPK"_s << QString() << false << u"198805122022151003"_s
        << QDate(1988, 5, 12) << 2022 << 15 << Sex::Male << 3 << NipScheme::NiPppk;
    QTest::newRow("NI PPPK digits 13-14 = 30, check off")
        << u"198805122022301003"_s << u"PPPK"_s << QString() << false << u"198805122022301003"_s
        << QDate(1988, 5, 12) << 2022 << 30 << Sex::Male << 3 << NipScheme::NiPppk;

    // No kind given: NIP rules first, NI PPPK second, and the scheme says which matched.
    QTest::newRow("no kind, a NIP") << nip << QString() << QString() << true
                                    << nip << born << 2010 << 12 << Sex::Male << 2 << NipScheme::Nip;
    QTest::newRow("no kind, an NI PPPK code")
        << u"198805122022211003"_s << QString() << QString() << true << u"198805122022211003"_s
        << QDate(1988, 5, 12) << 2022 << 21 << Sex::Male << 3 << NipScheme::NiPppk;
    QTest::newRow("no kind, appointed at 17 only fits NI PPPK")
        << u"200601012023011001"_s << QString() << QString() << true << u"200601012023011001"_s
        << QDate(2006, 1, 1) << 2023 << 1 << Sex::Male << 1 << NipScheme::NiPppk;
}

void TestNip::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, sexColumn);
    QFETCH(bool, checkCode);

    const Result<Nip> nip = Nip::parse(input, Today, makeOptions(kind, sexColumn, checkCode));
    QVERIFY2(nip.ok(), qPrintable(nip.ok() ? QString() : nip.error().message));

    QTEST(nip->digits(), "digits");
    QTEST(nip->birthDate(), "birth");
    QTEST(nip->appointmentYear(), "year");
    QTEST(nip->appointmentMonth(), "month");
    QTEST(nip->sex(), "sex");
    QTEST(nip->serial(), "serial");
    QTEST(nip->scheme(), "scheme");
}

void TestNip::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sexColumn");
    QTest::addColumn<bool>("checkCode");
    QTest::addColumn<QString>("message");

    const QString damage = Nip::spreadsheetDamage().message;
    // DOMAIN.md §2, rejected rows.
    QTest::newRow("29 Feb 1997") << u"199702292022032004"_s << u"PNS"_s << QString() << true
                                 << u"NIP digits 1-8 are not a real birth date"_s;
    QTest::newRow("month 13") << u"198713152010121002"_s << u"PNS"_s << QString() << true
                              << u"NIP digits 1-8 are not a real birth date"_s;
    QTest::newRow("appointed at 17") << u"200201012019031001"_s << u"PNS"_s << QString() << true
                                     << u"NIP says appointed at age 17; appointment is at 18 or older"_s;
    QTest::newRow("sex digit 3") << u"199001012015033001"_s << u"PNS"_s << QString() << true
                                 << u"NIP sex digit must be 1 or 2, found 3"_s;
    QTest::newRow("scientific, decimal comma") << u"1,98703E+17"_s << u"PNS"_s << QString() << true << damage;
    QTest::newRow("scientific, decimal point") << u"1.98703152010121E+17"_s << u"PNS"_s << QString() << true
                                               << damage;
    QTest::newRow("scientific, small e") << u"1.98703152010121e+17"_s << u"PNS"_s << QString() << true << damage;
    QTest::newRow("serial 000") << u"198703152010121000"_s << u"PNS"_s << QString() << true << damage;
    QTest::newRow("serial 000 behind a text marker") << u"'198703152010121000"_s << u"PNS"_s << QString()
                                                     << true << damage;
    QTest::newRow("float text") << u"198703152010121000.0"_s << u"PNS"_s << QString() << true << damage;

    QTest::newRow("1900 had no 29 February") << u"190002292022031001"_s << u"PNS"_s << QString() << true
                                             << u"NIP digits 1-8 are not a real birth date"_s;
    QTest::newRow("born 1939") << u"193912311965031001"_s << u"PNS"_s << QString() << true
                               << u"NIP says born in 1939; birth years before 1940 are not accepted"_s;
    QTest::newRow("18 tomorrow") << u"200811242026111001"_s << u"PNS"_s << QString() << true
                                 << u"NIP says born on 2008-11-24; the person is not yet 18"_s;
    QTest::newRow("appointed next month") << u"198703152026121001"_s << u"PNS"_s << QString() << true
                                          << u"NIP says appointed in 2026-12, after the current month"_s;
    QTest::newRow("appointment month 00") << u"198703152010001002"_s << u"PNS"_s << QString() << true
                                          << u"NIP digits 13-14 must be a month 01-12, found 00"_s;
    QTest::newRow("appointed before birth") << u"198703151980011002"_s << u"PNS"_s << QString() << true
                                            << u"NIP says appointed before birth"_s;
    QTest::newRow("17 digits") << u"19870315 201012 1 00"_s << u"PNS"_s << QString() << true
                               << u"NIP must have 18 digits, found 17"_s;
    QTest::newRow("19 digits") << u"1987031520101210021"_s << u"PNS"_s << QString() << true
                               << u"NIP must have 18 digits, found 19"_s;
    QTest::newRow("empty") << u" \u00A0'"_s << u"PNS"_s << QString() << true << u"NIP is empty"_s;
    QTest::newRow("hyphens") << u"19870315-201012-1-002"_s << u"PNS"_s << QString() << true
                             << u"NIP may contain only digits, spaces and dots; found “-”"_s;
    QTest::newRow("letter O for zero") << u"19870315 2O1012 1 002"_s << u"PNS"_s << QString() << true
                                       << u"NIP may contain only digits, spaces and dots; found “O”"_s;
    QTest::newRow("female digit, column L") << u"199205172019032011"_s << u"PNS"_s << u"L"_s << true
                                            << u"NIP sex digit says female but the sex column says L"_s;
    QTest::newRow("male digit, column P") << u"198703152010121002"_s << u"PNS"_s << u"P"_s << true
                                          << u"NIP sex digit says male but the sex column says P"_s;
    QTest::newRow("non-ASN") << u"198703152010121002"_s << u"NON_ASN"_s << QString() << true
                             << u"Non-ASN staff have no NIP; give them an internal id instead"_s;

    QTest::newRow("NI PPPK code 15") << u"198805122022151003"_s << u"PPPK"_s << QString() << true
                                     << u"NI PPPK digits 13-14 must be 01-12 or 21-29, found 15"_s;
    QTest::newRow("NI PPPK code 30") << u"198805122022301003"_s << u"PPPK"_s << QString() << true
                                     << u"NI PPPK digits 13-14 must be 01-12 or 21-29, found 30"_s;
    QTest::newRow("NI PPPK code 00") << u"198805122022001003"_s << u"PPPK_PW"_s << QString() << true
                                     << u"NI PPPK digits 13-14 must be 01-12 or 21-29, found 00"_s;
    QTest::newRow("NI PPPK year before 2019") << u"198805122018011003"_s << u"PPPK"_s << QString() << true
                                              << u"NI PPPK digits 9-12 must be a year from 2019 to 2026, found 2018"_s;
    QTest::newRow("NI PPPK year in the future") << u"198805122027011003"_s << u"PPPK"_s << QString() << true
                                                << u"NI PPPK digits 9-12 must be a year from 2019 to 2026, found 2027"_s;
    QTest::newRow("NI PPPK not yet 18") << u"200901012026011001"_s << u"PPPK"_s << QString() << true
                                        << u"NI PPPK says born on 2009-01-01; the person is not yet 18"_s;
    QTest::newRow("NI PPPK no such date") << u"198802302022211003"_s << u"PPPK"_s << QString() << true
                                          << u"NI PPPK digits 1-8 are not a real birth date"_s;
    QTest::newRow("NI PPPK sex digit 0") << u"198805122022210003"_s << u"PPPK"_s << QString() << true
                                         << u"NI PPPK sex digit must be 1 or 2, found 0"_s;
    QTest::newRow("NI PPPK sex mismatch") << u"198805122022211003"_s << u"PPPK"_s << u"P"_s << true
                                          << u"NI PPPK sex digit says male but the sex column says P"_s;
    QTest::newRow("NI PPPK serial 000") << u"198805122022211000"_s << u"PPPK"_s << QString() << true << damage;

    // Both schemes fail: the NIP rule's message is reported.
    QTest::newRow("no kind, fits neither") << u"198805122022151003"_s << QString() << QString() << true
                                           << u"NIP digits 13-14 must be a month 01-12, found 15"_s;
    QTest::newRow("no kind, sex mismatch") << u"198703152010121002"_s << QString() << u"P"_s << true
                                           << u"NIP sex digit says male but the sex column says P"_s;
}

void TestNip::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, sexColumn);
    QFETCH(bool, checkCode);
    QFETCH(QString, message);

    const Result<Nip> nip = Nip::parse(input, Today, makeOptions(kind, sexColumn, checkCode));
    QVERIFY2(!nip.ok(), qPrintable(u"accepted as "_s + (nip.ok() ? nip->digits() : QString())));
    QCOMPARE(nip.error().kind, ErrorKind::Invalid);
    QCOMPARE(nip.error().message, message);
}

void TestNip::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cleaned");

    QTest::newRow("bare") << u"198703152010121002"_s << u"198703152010121002"_s;
    QTest::newRow("spaces") << u"19870315 201012 1 002"_s << u"198703152010121002"_s;
    QTest::newRow("dots") << u"19870315.201012.1.002"_s << u"198703152010121002"_s;
    QTest::newRow("apostrophe") << u"'198703152010121002"_s << u"198703152010121002"_s;
    QTest::newRow("only one apostrophe dropped") << u"''198703152010121002"_s << u"'198703152010121002"_s;
    QTest::newRow("apostrophe after blanks") << u"  \u2019 19870315 201012 1 002"_s << u"198703152010121002"_s;
    QTest::newRow("no-break spaces") << u"\u00A019870315\u00A0201012\u00A01\u00A0002\u00A0"_s
                                     << u"198703152010121002"_s;
    QTest::newRow("other characters kept") << u"1987-0315"_s << u"1987-0315"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNip::clean()
{
    QFETCH(QString, input);
    QTEST(Nip::clean(input), "cleaned");
}

void TestNip::spreadsheetDamage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("damaged");

    QTest::newRow("decimal comma") << u"1,98703E+17"_s << true;
    QTest::newRow("decimal point") << u"1.98703152010121E+17"_s << true;
    QTest::newRow("small e") << u"1,98703e+17"_s << true;
    QTest::newRow("no sign") << u"1.98703152010121E17"_s << true;
    QTest::newRow("text marker and blanks") << u" '1,98703E+17\u00A0"_s << true;
    QTest::newRow("ends 000") << u"198703152010121000"_s << true;
    QTest::newRow("ends 000, grouped") << u"19870315 201012 1 000"_s << true;
    QTest::newRow("float text") << u"198703152010121000.00"_s << true;
    QTest::newRow("float text, comma") << u"198703152010121000,0"_s << true;
    QTest::newRow("intact") << u"198703152010121002"_s << false;
    QTest::newRow("grouped with dots") << u"19870315.201012.1.002"_s << false;
    QTest::newRow("ends 000 but 17 digits") << u"19870315201012000"_s << false;
    QTest::newRow("a word with E") << u"NIP E+17"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestNip::spreadsheetDamage()
{
    QFETCH(QString, input);
    QTEST(Nip::looksDamagedBySpreadsheet(input), "damaged");
}

void TestNip::defaultOptionsTryBothSchemes()
{
    const Result<Nip> nip = Nip::parse(u"198703152010121002"_s, Today);
    QVERIFY(nip.ok());
    QCOMPARE(nip->scheme(), NipScheme::Nip);
    const Result<Nip> pppk = Nip::parse(u"198805122022211003"_s, Today);
    QVERIFY(pppk.ok());
    QCOMPARE(pppk->scheme(), NipScheme::NiPppk);
    // The damage message is one the user can act on: it names the fix.
    QVERIFY(Nip::spreadsheetDamage().message.contains(u"as Text"_s));
    QCOMPARE(Nip::spreadsheetDamage().kind, ErrorKind::Invalid);
    // Today matters: a day earlier the same person is still 17.
    QVERIFY(Nip::parse(u"200811232026111001"_s, Today).ok());
    QVERIFY(!Nip::parse(u"200811232026111001"_s, Today.addDays(-1)).ok());
}

void TestNip::formattedRoundTrips()
{
    const Result<Nip> nip = Nip::parse(u"'19870315.201012.1.002"_s, Today);
    QVERIFY(nip.ok());
    QCOMPARE(nip->formatted(), u"19870315 201012 1 002"_s);
    QCOMPARE(nip->digits(), u"198703152010121002"_s);
    const Result<Nip> again = Nip::parse(nip->formatted(), Today);
    QVERIFY(again.ok());
    QVERIFY(*again == *nip);
    QCOMPARE(Nip::parse(u"19880512 202221 1 003"_s, Today)->formatted(), u"19880512 202221 1 003"_s);
}

QTEST_GUILESS_MAIN(TestNip)
#include "TestNip.moc"
