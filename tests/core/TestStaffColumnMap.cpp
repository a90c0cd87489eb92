// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StaffColumnMap.h"

#include <QTest>

using namespace netra;
using namespace Qt::StringLiterals;

class TestStaffColumnMap : public QObject {
    Q_OBJECT

private slots:
    void synonyms_data();
    void synonyms();
    void bkpsdmExport();
    void preferredSynonymWins();
    void overridesWinAndIgnore();
    void badOverrides();
    void rememberedRoundTrip();
};

void TestStaffColumnMap::synonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // empty: not recognised
    const QList<std::pair<QString, QString>> cases = {
        {u"NIP"_s, u"nip"_s}, {u"NIP Baru"_s, u"nip"_s}, {u"nip_baru"_s, u"nip"_s}, {u"  NIP   BARU "_s, u"nip"_s},
        {u"Nama"_s, u"name"_s}, {u"NAMA LENGKAP"_s, u"name"_s}, {u"Unit Kerja"_s, u"unit"_s},
        {u"Unit Organisasi"_s, u"unit"_s}, {u"OPD"_s, u"unit"_s}, {u"Satuan_Kerja"_s, u"unit"_s},
        {u"Jabatan"_s, u"position"_s}, {u"Nama Jabatan"_s, u"position"_s}, {u"Golongan"_s, u"grade"_s},
        {u"Gol."_s, u"grade"_s}, {u"Pangkat"_s, u"grade"_s}, {u"Jenis Pegawai"_s, u"kind"_s},
        {u"Status Kepegawaian"_s, u"kind"_s}, {u"Jenis Kelamin"_s, u"sex"_s}, {u"JK"_s, u"sex"_s},
        {u"L/P"_s, u"sex"_s}, {u"L / P"_s, u"sex"_s}, {u"Tanggal Lahir"_s, u"birth_date"_s},
        {u"Tgl. Lahir"_s, u"birth_date"_s}, {u"tgl_lahir"_s, u"birth_date"_s}, {u"TMT"_s, u"tmt"_s},
        {u"Gelar Depan"_s, u"front_titles"_s}, {u"GELAR_BELAKANG"_s, u"back_titles"_s},
        {u"No"_s, QString()}, {u"NIP Lama"_s, QString()}, {u"Keterangan"_s, QString()}, {QString(), QString()},
    };
    for (const auto& [header, field] : cases)
        QTest::newRow(qPrintable(header.isEmpty() ? u"(empty)"_s : header)) << header << field;
}

void TestStaffColumnMap::synonyms()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const auto found = StaffColumnMap::fieldForHeader(header);
    QCOMPARE(found ? staffFieldCode(*found) : QString(), field);
}

void TestStaffColumnMap::bkpsdmExport()
{
    const QStringList headers = {u"No"_s, u"NIP_Baru"_s, u"Gelar Depan"_s, u"Nama"_s, u"Gelar Belakang"_s, u"JK"_s,
                                 u"Tgl. Lahir"_s, u"Gol"_s, u"Nama Jabatan"_s, u"Unit Kerja"_s, u"Jenis Pegawai"_s};
    const StaffColumnMap map = StaffColumnMap::detect(headers);
    QCOMPARE(map.column(StaffField::Nip), 1);
    QCOMPARE(map.column(StaffField::FrontTitles), 2);
    QCOMPARE(map.column(StaffField::Name), 3);
    QCOMPARE(map.column(StaffField::BackTitles), 4);
    QCOMPARE(map.column(StaffField::Sex), 5);
    QCOMPARE(map.column(StaffField::BirthDate), 6);
    QCOMPARE(map.column(StaffField::Grade), 7);
    QCOMPARE(map.column(StaffField::Position), 8);
    QCOMPARE(map.column(StaffField::Unit), 9);
    QCOMPARE(map.column(StaffField::Kind), 10);
    QVERIFY(!map.has(StaffField::Tmt));
    QCOMPARE(map.fieldAt(0), std::nullopt);
    QCOMPARE(map.header(StaffField::Nip), u"NIP_Baru"_s);
    QCOMPARE(map.header(StaffField::Tmt), u"tmt"_s); // absent: the field's code
}

void TestStaffColumnMap::preferredSynonymWins()
{
    // "NIP Baru" beats "NIP" wherever it stands; "Gol" beats "Pangkat" (rank names only).
    const StaffColumnMap map = StaffColumnMap::detect({u"NIP"_s, u"Pangkat"_s, u"Nama"_s, u"NIP Baru"_s, u"Gol"_s});
    QCOMPARE(map.column(StaffField::Nip), 3);
    QCOMPARE(map.column(StaffField::Grade), 4);
    // Two columns with the same header: the first one.
    QCOMPARE(StaffColumnMap::detect({u"Nama"_s, u"nama"_s}).column(StaffField::Name), 0);
}

void TestStaffColumnMap::overridesWinAndIgnore()
{
    StaffColumnMap::Overrides overrides;
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"Nomor Pegawai=nip"_s));
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"NIP = ignore"_s));
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"Keterangan=Position"_s));
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"Jabatan=ignore"_s));
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"Jabatan=auto"_s)); // forgets the line above
    const StaffColumnMap map = StaffColumnMap::detect({u"NIP"_s, u"Nomor_Pegawai"_s, u"Nama"_s, u"Keterangan"_s,
                                                       u"Jabatan"_s},
                                                      overrides);
    QCOMPARE(map.column(StaffField::Nip), 1);
    QCOMPARE(map.fieldAt(0), std::nullopt);
    QCOMPARE(map.column(StaffField::Position), 3); // the user's choice beats the synonym
    QCOMPARE(overrides.size(), 3);
}

void TestStaffColumnMap::badOverrides()
{
    StaffColumnMap::Overrides overrides;
    for (const QString& bad : {u"nip"_s, u"=nip"_s, u"NIP="_s, u"NIP=nomor"_s}) {
        const Status s = StaffColumnMap::applyOverride(overrides, bad);
        QVERIFY2(!s, qPrintable(bad));
        QCOMPARE(s.error().kind, ErrorKind::Usage);
    }
    QVERIFY(overrides.isEmpty());
    // A header may itself hold "=": the last one separates.
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"a=b=name"_s));
    QVERIFY(overrides.contains(u"a=b"_s));
}

void TestStaffColumnMap::rememberedRoundTrip()
{
    StaffColumnMap::Overrides overrides;
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"Nomor Pegawai=nip"_s));
    QVERIFY(StaffColumnMap::applyOverride(overrides, u"Catatan=ignore"_s));
    const QString text = StaffColumnMap::encode(overrides);
    QCOMPARE(text, uR"({"catatan":"ignore","nomor pegawai":"nip"})"_s);
    QCOMPARE(StaffColumnMap::decode(text), overrides);
    QVERIFY(StaffColumnMap::encode({}).isEmpty());
    QVERIFY(StaffColumnMap::decode(QString()).isEmpty());
    QVERIFY(StaffColumnMap::decode(u"not json"_s).isEmpty());
    QVERIFY(StaffColumnMap::decode(uR"({"x":"no such field"})"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestStaffColumnMap)
#include "TestStaffColumnMap.moc"
