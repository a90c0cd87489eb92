// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PersonName.h"

#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestPersonName : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void fullRoundTrips();
    void nameKey_data();
    void nameKey();
    void nameKeyKeepsPeopleApart();
};

void TestPersonName::parse_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("front");
    QTest::addColumn<QString>("bare");
    QTest::addColumn<QString>("back");
    QTest::addColumn<QString>("full");

    QTest::newRow("Drs. H., M.Si.") << u"Drs. H. Agus Mulyadi, M.Si."_s << u"Drs. H."_s
                                    << u"Agus Mulyadi"_s << u"M.Si."_s << u"Drs. H. Agus Mulyadi, M.Si."_s;
    QTest::newRow("physician, specialist") << u"dr. Siti Aminah, Sp.A"_s << u"dr."_s << u"Siti Aminah"_s
                                           << u"Sp.A"_s << u"dr. Siti Aminah, Sp.A"_s;
    QTest::newRow("Hj., two degrees") << u"Hj. Nur Aini, S.Pd., M.Pd."_s << u"Hj."_s << u"Nur Aini"_s
                                      << u"S.Pd., M.Pd."_s << u"Hj. Nur Aini, S.Pd., M.Pd."_s;
    QTest::newRow("no titles") << u"Budi Santoso"_s << QString() << u"Budi Santoso"_s << QString()
                               << u"Budi Santoso"_s;
    QTest::newRow("three front titles") << u"Prof. Dr. Ir. Bambang Wijaya, M.Sc., Ph.D."_s
                                        << u"Prof. Dr. Ir."_s << u"Bambang Wijaya"_s << u"M.Sc., Ph.D."_s
                                        << u"Prof. Dr. Ir. Bambang Wijaya, M.Sc., Ph.D."_s;
    QTest::newRow("law degrees") << u"Rudi Hartono, S.H., M.H."_s << QString() << u"Rudi Hartono"_s
                                 << u"S.H., M.H."_s << u"Rudi Hartono, S.H., M.H."_s;
    QTest::newRow("accountant") << u"Dewi Lestari, S.E., Ak."_s << QString() << u"Dewi Lestari"_s
                                << u"S.E., Ak."_s << u"Dewi Lestari, S.E., Ak."_s;
    QTest::newRow("diploma nurse") << u"Rina Wati, A.Md.Kep"_s << QString() << u"Rina Wati"_s
                                   << u"A.Md.Kep"_s << u"Rina Wati, A.Md.Kep"_s;
    QTest::newRow("applied midwife") << u"Yuli Astuti, S.Tr.Keb"_s << QString() << u"Yuli Astuti"_s
                                     << u"S.Tr.Keb"_s << u"Yuli Astuti, S.Tr.Keb"_s;
    QTest::newRow("nurse front and back") << u"Ns. Eka Putri, S.Kep."_s << u"Ns."_s << u"Eka Putri"_s
                                          << u"S.Kep."_s << u"Ns. Eka Putri, S.Kep."_s;
    QTest::newRow("consultant paediatrician") << u"dr. Andi Pratama, Sp.A(K)"_s << u"dr."_s
                                              << u"Andi Pratama"_s << u"Sp.A(K)"_s
                                              << u"dr. Andi Pratama, Sp.A(K)"_s;
    QTest::newRow("internist subspecialty") << u"dr. Ahmad Fauzi, Sp.PD-KGEH, FINASIM"_s << u"dr."_s
                                            << u"Ahmad Fauzi"_s << u"Sp.PD-KGEH, FINASIM"_s
                                            << u"dr. Ahmad Fauzi, Sp.PD-KGEH, FINASIM"_s;
    QTest::newRow("Islamic degrees") << u"H. Abdul Somad, Lc., M.A."_s << u"H."_s << u"Abdul Somad"_s
                                     << u"Lc., M.A."_s << u"H. Abdul Somad, Lc., M.A."_s;
    QTest::newRow("dotless degrees") << u"Agus Salim, S.Kom, MM"_s << QString() << u"Agus Salim"_s
                                     << u"S.Kom, MM"_s << u"Agus Salim, S.Kom, MM"_s;
    QTest::newRow("K.H.") << u"K.H. Ahmad Dahlan"_s << u"K.H."_s << u"Ahmad Dahlan"_s << QString()
                          << u"K.H. Ahmad Dahlan"_s;
    QTest::newRow("dentist") << u"drg. Maya Sari"_s << u"drg."_s << u"Maya Sari"_s << QString()
                             << u"drg. Maya Sari"_s;
    QTest::newRow("all capitals") << u"DRS. H. AGUS MULYADI, M.SI."_s << u"DRS. H."_s
                                  << u"AGUS MULYADI"_s << u"M.SI."_s << u"DRS. H. AGUS MULYADI, M.SI."_s;
    QTest::newRow("titles glued") << u"Drs.H.Agus Mulyadi,M.Si."_s << u"Drs. H."_s << u"Agus Mulyadi"_s
                                  << u"M.Si."_s << u"Drs. H. Agus Mulyadi, M.Si."_s;
    QTest::newRow("dotless front titles") << u"Drs Agus Mulyadi"_s << u"Drs"_s << u"Agus Mulyadi"_s
                                          << QString() << u"Drs Agus Mulyadi"_s;
    QTest::newRow("extra spaces") << u"  Hj.   Nur   Aini ,  S.Pd. "_s << u"Hj."_s << u"Nur Aini"_s
                                  << u"S.Pd."_s << u"Hj. Nur Aini, S.Pd."_s;
    QTest::newRow("no-break spaces") << u"dr.\u00A0Siti\u00A0Aminah"_s << u"dr."_s << u"Siti Aminah"_s
                                     << QString() << u"dr. Siti Aminah"_s;

    // Words that start like titles but are names.
    QTest::newRow("Hartono") << u"Hartono"_s << QString() << u"Hartono"_s << QString() << u"Hartono"_s;
    QTest::newRow("Irawan") << u"Irawan Saputra"_s << QString() << u"Irawan Saputra"_s << QString()
                            << u"Irawan Saputra"_s;
    QTest::newRow("Drajat") << u"Drajat Suryo"_s << QString() << u"Drajat Suryo"_s << QString()
                            << u"Drajat Suryo"_s;
    QTest::newRow("Hjalmar") << u"Hjalmar Sitompul"_s << QString() << u"Hjalmar Sitompul"_s << QString()
                             << u"Hjalmar Sitompul"_s;
    QTest::newRow("Dra inside the name") << u"Siti Dra Wati"_s << QString() << u"Siti Dra Wati"_s
                                         << QString() << u"Siti Dra Wati"_s;
    QTest::newRow("initial H without dot") << u"H Sutrisno"_s << QString() << u"H Sutrisno"_s << QString()
                                           << u"H Sutrisno"_s;
    QTest::newRow("initial after Haji") << u"H. M. Yusuf"_s << u"H."_s << u"M. Yusuf"_s << QString()
                                        << u"H. M. Yusuf"_s;
    QTest::newRow("Raden stays in the name") << u"R. Soeprapto"_s << QString() << u"R. Soeprapto"_s
                                             << QString() << u"R. Soeprapto"_s;
    QTest::newRow("a title alone is a name") << u"Dr."_s << QString() << u"Dr."_s << QString() << u"Dr."_s;
    QTest::newRow("surname first, no degree") << u"MULYADI, AGUS"_s << QString() << u"MULYADI, AGUS"_s
                                              << QString() << u"MULYADI, AGUS"_s;
    QTest::newRow("initial after a comma") << u"Siti, A."_s << QString() << u"Siti, A."_s << QString()
                                           << u"Siti, A."_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestPersonName::parse()
{
    QFETCH(QString, written);
    const PersonName name = PersonName::parse(written);
    QTEST(name.frontTitles, "front");
    QTEST(name.bareName, "bare");
    QTEST(name.backTitles, "back");
    QTEST(name.full(), "full");
}

void TestPersonName::fullRoundTrips()
{
    const PersonName name{u"Drs. H."_s, u"Agus Mulyadi"_s, u"M.Si."_s};
    QCOMPARE(PersonName::parse(name.full()), name);
    QCOMPARE((PersonName{QString(), u"Budi"_s, u"S.T."_s}).full(), u"Budi, S.T."_s);
    QCOMPARE((PersonName{u"dr."_s, u"Budi"_s, QString()}).full(), u"dr. Budi"_s);
}

void TestPersonName::nameKey_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("key");

    QTest::newRow("titles stripped") << u"Drs. H. Agus Mulyadi, M.Si."_s << u"agus mulyadi"_s;
    QTest::newRow("spaces collapsed") << u"agus  mulyadi"_s << u"agus mulyadi"_s;
    QTest::newRow("capitals") << u"AGUS MULYADI"_s << u"agus mulyadi"_s;
    QTest::newRow("diacritics") << u"Agüs Mulyadí"_s << u"agus mulyadi"_s;
    QTest::newRow("apostrophe") << u"Ma'ruf Amin"_s << u"maruf amin"_s;
    QTest::newRow("curly apostrophe") << u"Ma\u2019ruf Amin"_s << u"maruf amin"_s;
    QTest::newRow("hyphen") << u"Abdul-Rahman"_s << u"abdul rahman"_s;
    QTest::newRow("glued initial") << u"M.Yusuf"_s << u"m yusuf"_s;
    QTest::newRow("initial with space") << u"H. M. Yusuf"_s << u"m yusuf"_s;
    QTest::newRow("no-break space") << u"Siti\u00A0Aminah"_s << u"siti aminah"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPersonName::nameKey()
{
    QFETCH(QString, written);
    QTEST(netra::nameKey(written), "key");
}

void TestPersonName::nameKeyKeepsPeopleApart()
{
    QCOMPARE(netra::nameKey(u"Drs. H. Agus Mulyadi, M.Si."_s), netra::nameKey(u"agus  mulyadi"_s));
    QVERIFY(netra::nameKey(u"Agus Mulyadi"_s) != netra::nameKey(u"Agus Mulyana"_s));
    QVERIFY(netra::nameKey(u"Siti Aminah"_s) != netra::nameKey(u"Siti Aminah Lubis"_s));
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "TestPersonName.moc"
