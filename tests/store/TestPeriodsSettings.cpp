// SPDX-License-Identifier: GPL-3.0-or-later
// ElectionPeriodRepository, SettingsRepository and SqlScript::split.
#include "StoreTestSupport.h"

#include "store/ElectionPeriodRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlScript.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

ElectionPeriod pilkada2024()
{
    ElectionPeriod p;
    p.name = u"Pilkada 2024"_s;
    p.kind = ElectionKind::Pilkada;
    p.start = QDate(2024, 9, 25);
    p.votingDay = QDate(2024, 11, 27);
    p.end = QDate(2024, 12, 16);
    return p;
}

} // namespace

class TestPeriodsSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void periodAddAndList();
    void periodValidate_data();
    void periodValidate();
    void periodSetDatesKeepsVotingDayInside();
    void settingsUnknownKeyRefused();
    void settingsNormalised_data();
    void settingsNormalised();
    void settingsRejectedValueKeepsOld();

    void splitQuotesAndComments();
    void splitTriggerBody();
    void splitStatementsRun();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPeriodsSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
}

void TestPeriodsSettings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPeriodsSettings::periodAddAndList()
{
    ElectionPeriodRepository periods(*m_db);
    ElectionPeriod pemilu;
    pemilu.name = u"  Pemilu   2024 "_s;
    pemilu.start = QDate(2023, 11, 28);
    pemilu.votingDay = QDate(2024, 2, 14);
    pemilu.end = QDate(2024, 3, 20);
    QVERIFY(periods.add(pilkada2024()));
    QVERIFY(periods.add(pemilu));

    const auto all = periods.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"Pemilu 2024"_s); // by start date
    QCOMPARE(all->at(0).kind, ElectionKind::Pemilu);
    QCOMPARE(all->at(1).name, u"Pilkada 2024"_s);
    QCOMPARE(all->at(1).kind, ElectionKind::Pilkada);
    QCOMPARE(all->at(1).votingDay, QDate(2024, 11, 27));
    QCOMPARE(all->at(1).end, QDate(2024, 12, 16));

    const auto duplicate = periods.add(pilkada2024());
    QVERIFY(!duplicate);
    QCOMPARE(failure(duplicate), ErrorKind::Conflict);
    QCOMPARE(failure(periods.findByName(u"Pilkada 2029"_s)), ErrorKind::NotFound);
    QCOMPARE(periods.list()->size(), 2);
}

void TestPeriodsSettings::periodValidate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("votingDay");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("valid");

    const QDate s(2024, 9, 25), v(2024, 11, 27), e(2024, 12, 16);
    QTest::newRow("ok") << u"Pilkada"_s << s << v << e << true;
    QTest::newRow("one day") << u"Pilkada"_s << v << v << v << true;
    QTest::newRow("voting day after end") << u"Pilkada"_s << s << QDate(2024, 12, 17) << e << false;
    QTest::newRow("voting day before start") << u"Pilkada"_s << s << QDate(2024, 9, 24) << e << false;
    QTest::newRow("no end") << u"Pilkada"_s << s << v << QDate() << false;
    QTest::newRow("no name") << u"  "_s << s << v << e << false;
}

void TestPeriodsSettings::periodValidate()
{
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, votingDay);
    QFETCH(QDate, end);
    QFETCH(bool, valid);
    ElectionPeriod p = pilkada2024();
    p.name = name;
    p.start = start;
    p.votingDay = votingDay;
    p.end = end;
    QCOMPARE(ElectionPeriodRepository::validate(p).ok(), valid);
    const auto added = ElectionPeriodRepository(*m_db).add(p);
    QCOMPARE(added.ok(), valid);
    if (!valid)
        QCOMPARE(failure(added), ErrorKind::Invalid);
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM election_period"_s), valid ? 1 : 0);
}

void TestPeriodsSettings::periodSetDatesKeepsVotingDayInside()
{
    ElectionPeriodRepository periods(*m_db);
    QVERIFY(periods.add(pilkada2024()));

    QVERIFY(periods.setDates(u"Pilkada 2024"_s, QDate(2024, 9, 1), std::nullopt));
    QVERIFY(periods.setDates(u"Pilkada 2024"_s, std::nullopt, QDate(2024, 12, 31)));
    auto stored = periods.findByName(u"Pilkada 2024"_s);
    QCOMPARE(stored->start, QDate(2024, 9, 1));
    QCOMPARE(stored->votingDay, QDate(2024, 11, 27));
    QCOMPARE(stored->end, QDate(2024, 12, 31));

    const QString before = dumpTables(m_db->connection());
    QCOMPARE(failure(periods.setDates(u"Pilkada 2024"_s, std::nullopt, QDate(2024, 11, 26))), ErrorKind::Invalid);
    QCOMPARE(failure(periods.setDates(u"Pilkada 2024"_s, QDate(2024, 11, 28), std::nullopt)), ErrorKind::Invalid);
    QCOMPARE(failure(periods.setDates(u"Pilkada 2024"_s, QDate(2024, 12, 1), QDate(2024, 12, 20))), ErrorKind::Invalid);
    QCOMPARE(failure(periods.setDates(u"Pemilu 2029"_s, QDate(2028, 12, 1), std::nullopt)), ErrorKind::NotFound);
    QCOMPARE(dumpTables(m_db->connection()), before);

    // The voting day itself may be the first or the last day.
    QVERIFY(periods.setDates(u"Pilkada 2024"_s, QDate(2024, 11, 27), QDate(2024, 11, 27)));
    stored = periods.findByName(u"Pilkada 2024"_s);
    QCOMPARE(stored->start, QDate(2024, 11, 27));
    QCOMPARE(stored->end, QDate(2024, 11, 27));
}

void TestPeriodsSettings::settingsUnknownKeyRefused()
{
    SettingsRepository settings(*m_db);
    const auto set = settings.set(u"letterhead.kantor"_s, u"DINAS"_s);
    QVERIFY(!set);
    QCOMPARE(failure(set), ErrorKind::Invalid);
    QVERIFY(set.error().message.contains(u"letterhead.kantor"_s));
    QCOMPARE(failure(settings.value(u"letterhead.kantor"_s)), ErrorKind::Invalid);
    QVERIFY(!settings.all()->contains(u"letterhead.kantor"_s));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM setting"_s), 0);
}

void TestPeriodsSettings::settingsNormalised_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored");

    QTest::newRow("NIP grouped") << u"signatory.nip"_s << u" 19870315 201012 1 002 "_s << u"198703152010121002"_s;
    QTest::newRow("NIP with apostrophe") << u"signatory.nip"_s << u"'19870315.201012.1.002"_s << u"198703152010121002"_s;
    QTest::newRow("NIP cleared") << u"signatory.nip"_s << u"  "_s << QString();
    QTest::newRow("boolean ya") << u"nip.pppk_code_check"_s << u"Ya"_s << u"true"_s;
    QTest::newRow("boolean TIDAK") << u"nip.pppk_code_check"_s << u"TIDAK"_s << u"false"_s;
    QTest::newRow("boolean 0") << u"nip.pppk_code_check"_s << u"0"_s << u"false"_s;
    QTest::newRow("choice") << u"region.time_zone"_s << u"wita"_s << u"WITA"_s;
    QTest::newRow("text simplified") << u"signatory.name"_s << u"  Drs. H.  AGUS MULYADI,  M.Si. "_s << u"Drs. H. AGUS MULYADI, M.Si."_s;
    QTest::newRow("multi-line kept") << u"letterhead.address"_s << u"Jalan Raya 1\nSukamaju 45111\n"_s
                                     << u"Jalan Raya 1\nSukamaju 45111"_s;
}

void TestPeriodsSettings::settingsNormalised()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, stored);
    SettingsRepository settings(*m_db);
    const auto set = settings.set(key, value);
    QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    QCOMPARE(*set, stored);
    QCOMPARE(*settings.value(key), stored);
    QCOMPARE(settings.all()->value(key), stored);
}

void TestPeriodsSettings::settingsRejectedValueKeepsOld()
{
    SettingsRepository settings(*m_db);
    QCOMPARE(*settings.value(u"nip.pppk_code_check"_s), u"true"_s); // the default
    QCOMPARE(*settings.value(u"region.time_zone"_s), u"WIB"_s);
    QVERIFY(settings.set(u"signatory.nip"_s, u"198703152010121002"_s));
    const QString before = dumpTables(m_db->connection());

    QCOMPARE(failure(settings.set(u"signatory.nip"_s, u"199702292022032004"_s)), ErrorKind::Invalid);
    QCOMPARE(failure(settings.set(u"nip.pppk_code_check"_s, u"mungkin"_s)), ErrorKind::Invalid);
    QCOMPARE(failure(settings.set(u"region.time_zone"_s, u"GMT"_s)), ErrorKind::Invalid);
    QCOMPARE(failure(settings.set(u"letterhead.logo"_s, m_dir->filePath(u"no-logo.png"_s))), ErrorKind::Invalid);
    QCOMPARE(dumpTables(m_db->connection()), before);
    QCOMPARE(*settings.value(u"signatory.nip"_s), u"198703152010121002"_s);
}

void TestPeriodsSettings::splitQuotesAndComments()
{
    const QString script = uR"(-- header comment; with a semicolon
CREATE TABLE "odd;name" (x TEXT DEFAULT 'a;b');
/* block; comment */ INSERT INTO "odd;name" VALUES ('it''s; fine'); -- trailing; comment
INSERT INTO "odd;name" VALUES ('--not a comment');;
SELECT '/* not a comment */')"_s;
    const QStringList statements = SqlScript::split(script);
    QCOMPARE(statements,
             QStringList({uR"(CREATE TABLE "odd;name" (x TEXT DEFAULT 'a;b'))"_s,
                          uR"(INSERT INTO "odd;name" VALUES ('it''s; fine'))"_s,
                          uR"(INSERT INTO "odd;name" VALUES ('--not a comment'))"_s,
                          uR"(SELECT '/* not a comment */')"_s}));
    QVERIFY(SqlScript::split(u"  -- only a comment\n ; ;"_s).isEmpty());
}

void TestPeriodsSettings::splitTriggerBody()
{
    const QString trigger = uR"(CREATE TRIGGER staff_touch AFTER UPDATE OF name ON staff
BEGIN
    UPDATE staff SET updated_at = 'now; later' WHERE id = new.id;
    UPDATE staff SET grade = CASE WHEN new.kind = 'PNS' THEN 'III/a' ELSE 'IX' END;
    INSERT INTO log (what) VALUES ('end;');
END)"_s;
    const QString script = u"CREATE TABLE log (what TEXT);\n"_s + trigger + u";\nCREATE INDEX log_what ON log (what);"_s;
    const QStringList statements = SqlScript::split(script);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(0), u"CREATE TABLE log (what TEXT)"_s);
    QCOMPARE(statements.at(1), trigger);
    QCOMPARE(statements.at(2), u"CREATE INDEX log_what ON log (what)"_s);

    const QStringList temp = SqlScript::split(u"create temp trigger t after insert on a begin select 1; select 2; end; select 3"_s);
    QCOMPARE(temp, QStringList({u"create temp trigger t after insert on a begin select 1; select 2; end"_s, u"select 3"_s}));
}

void TestPeriodsSettings::splitStatementsRun()
{
    // The pieces are statements SQLite accepts one by one, and the trigger fires as written.
    const QString script = uR"(CREATE TABLE item (id INTEGER PRIMARY KEY, kind TEXT, note TEXT);
CREATE TABLE log (what TEXT);
CREATE TRIGGER item_log AFTER INSERT ON item
BEGIN
    INSERT INTO log VALUES (CASE WHEN new.kind = 'a' THEN 'A;' ELSE 'other' END);
    INSERT INTO log VALUES ('second');
    UPDATE item SET note = note || CASE WHEN new.kind = 'a' THEN '!' ELSE '?' END;
END;
INSERT INTO item (kind, note) VALUES ('a', 'x;y');)"_s;
    QVERIFY(withRawConnection(u":memory:"_s, [&](QSqlDatabase& db) {
        return execAll(db, SqlScript::split(script))
            && scalar(db, u"SELECT count(*) FROM log"_s) == 2
            && scalar(db, u"SELECT count(*) FROM log WHERE what = 'A;'"_s) == 1
            && scalar(db, u"SELECT count(*) FROM item WHERE note = 'x;y!'"_s) == 1;
    }));
}

QTEST_GUILESS_MAIN(TestPeriodsSettings)
#include "TestPeriodsSettings.moc"
