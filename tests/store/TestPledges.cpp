// SPDX-License-Identifier: GPL-3.0-or-later
// Pledges, who owes one, and evidence documents, against a fresh database per test function.
#include "StoreTestSupport.h"

#include "core/EvidenceFile.h"
#include "store/DemoSeeder.h"
#include "store/DocumentRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/StaffOnDate.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBudi = u"198703152010121002"_s;  // head of 1.01.01
const QString kSiti = u"199205172019032011"_s;  // 1.01.01
const QString kAhmad = u"198001012005011001"_s; // 7.01.01, flagged official
const QString kDewi = u"198502022010012003"_s;  // 1.01.01, inactive from 2024-01-01
const QString kEko = u"199003032015031004"_s;   // 7.01.01

QByteArray pdfBytes()
{
    return QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n") + QByteArray(3000, '\x07') + "\n%%EOF\n";
}

QStringList nipsOf(const QList<PledgeEntry>& entries)
{
    QStringList nips;
    for (const PledgeEntry& e : entries)
        nips << e.nip;
    return nips;
}

// A new demo file of 1,500 people in `dir`; null when it cannot be made.
std::unique_ptr<Database> seededDemo(const QTemporaryDir& dir, quint32 seed)
{
    auto opened = openDb(dir.filePath(u"demo.sqlite"_s), true);
    if (!opened || !DemoSeeder(**opened).seed(1500, seed))
        return nullptr;
    return std::move(*opened);
}

enum class Size { Largest, SmallestOverTwenty };

// A unit chosen by how many people it has now.
qint64 unitBySize(const Database& db, Size size)
{
    return scalar(db.connection(), u"SELECT unit_id FROM assignment WHERE end_date IS NULL GROUP BY unit_id %1"_s.arg(
                                       size == Size::Largest ? u"ORDER BY count(*) DESC LIMIT 1"_s
                                                             : u"HAVING count(*) > 20 ORDER BY count(*) LIMIT 1"_s));
}

} // namespace

class TestPledges : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordCountsAlreadyRecorded();
    void recordRefusesAsAWhole_data();
    void recordRefusesAsAWhole();
    void unsignedIkrarFollowsTheDate();
    void obligationsCarryThePledgeSignedByTheDate();
    void paktaIsOwedByHeadsAndOfficials();
    void evidenceRoundTripsAndIsStoredOnce();
    void evidenceIsCheckedByContent_data();
    void evidenceIsCheckedByContent();
    void twoHalvesListAsOne();
    void firstPagesFollowTheNames();

private:
    qint64 id(const QString& nip) const
    {
        const auto found = StaffRepository(*m_db).findByNip(nip);
        return found ? found->id : 0;
    }
    qint64 pledgeRows() const { return scalar(m_db->connection(), u"SELECT count(*) FROM pledge"_s); }
    PledgeDraft draft(QDate day, PledgeKind kind = PledgeKind::Ikrar) const
    {
        PledgeDraft d;
        d.kind = kind;
        d.signedOn = day;
        d.place = u"Apel bersama"_s;
        return d;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

void TestPledges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    WorkUnitRepository units(*m_db);
    for (const auto& [code, name, kind] : {std::tuple{u"1.01.01"_s, u"Dinas Pendidikan"_s, u"dinas"_s},
                                           std::tuple{u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s}}) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        QVERIFY(units.add(unit));
    }
    m_period.name = u"Pemilu 2024"_s;
    m_period.start = QDate(2023, 6, 1);
    m_period.votingDay = QDate(2024, 2, 14);
    m_period.end = QDate(2024, 6, 30);
    const auto periodId = ElectionPeriodRepository(*m_db).add(m_period);
    QVERIFY(periodId);
    m_period.id = *periodId;

    StaffRepository staff(*m_db);
    for (const auto& [nip, name, unit, official] :
         {std::tuple{kBudi, u"Drs. Budi Santoso"_s, u"1.01.01"_s, false}, std::tuple{kSiti, u"Siti Rahmawati"_s, u"1.01.01"_s, false},
          std::tuple{kAhmad, u"Ahmad Fauzi"_s, u"7.01.01"_s, true}, std::tuple{kDewi, u"Dewi Lestari"_s, u"1.01.01"_s, false},
          std::tuple{kEko, u"Eko Prasetyo"_s, u"7.01.01"_s, false}}) {
        Staff s;
        s.nip = nip;
        s.name = name;
        s.official = official;
        QVERIFY(staff.add(s, unit, QDate(2020, 1, 2)));
    }
    auto dewi = staff.findByNip(kDewi);
    QVERIFY(dewi);
    dewi->active = false;
    dewi->inactiveFrom = QDate(2024, 1, 1);
    QVERIFY(staff.update(*dewi, u"1.01.01"_s, QDate(2024, 1, 1)));
    QVERIFY(units.setHead(u"1.01.01"_s, id(kBudi), QDate(2021, 1, 4)));
}

void TestPledges::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPledges::recordCountsAlreadyRecorded()
{
    PledgeRepository pledges(*m_db);
    const auto first = pledges.record(m_period, draft(QDate(2023, 11, 28)), {id(kBudi), id(kSiti), id(kBudi)});
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->recorded, 2);
    const auto second = pledges.record(m_period, draft(QDate(2023, 12, 1)), {id(kSiti), id(kEko)});
    QVERIFY(second);
    QCOMPARE(second->recorded, 1);
    QCOMPARE(second->alreadyRecorded, 1);
    // A pakta is another kind: Siti may sign one too.
    const auto pakta = pledges.record(m_period, draft(QDate(2023, 12, 1), PledgeKind::Pakta), {id(kSiti)});
    QVERIFY(pakta);
    QCOMPARE(pakta->recorded, 1);
    QCOMPARE(pledgeRows(), 4);
    const auto listed = pledges.pledges(m_period, {PledgeKind::Ikrar, 0});
    QVERIFY(listed);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).nip, kBudi); // 1.01.01 first, then by name
    QCOMPARE(listed->at(0).pledge->signedOn, QDate(2023, 11, 28)); // the first date kept
    QCOMPARE(listed->at(2).unitCode, u"7.01.01"_s);
}

void TestPledges::recordRefusesAsAWhole_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("nip");
    QTest::newRow("before the period") << QDate(2023, 5, 31) << kSiti;
    QTest::newRow("after the period") << QDate(2024, 7, 1) << kSiti;
    QTest::newRow("in the future") << QDate(2026, 11, 24) << kSiti;
    QTest::newRow("not active that day") << QDate(2024, 1, 2) << kDewi;
}

void TestPledges::recordRefusesAsAWhole()
{
    QFETCH(QDate, day);
    QFETCH(QString, nip);
    ElectionPeriod wide = m_period;
    if (QTest::currentDataTag() == QByteArray("in the future"))
        wide.end = QDate(2027, 1, 1); // inside the period, but not signed yet
    const auto recorded = PledgeRepository(*m_db).record(wide, draft(day), {id(kBudi), id(nip)});
    QCOMPARE(failure(recorded), std::optional(ErrorKind::Invalid));
    QCOMPARE(pledgeRows(), 0);
}

void TestPledges::unsignedIkrarFollowsTheDate()
{
    PledgeRepository pledges(*m_db);
    QVERIFY(pledges.record(m_period, draft(QDate(2023, 11, 28)), {id(kBudi), id(kAhmad)}));
    QVERIFY(pledges.record(m_period, draft(QDate(2023, 12, 20)), {id(kSiti)}));
    // On 1 December: Siti had not signed yet; Dewi was still active.
    const auto early = pledges.obligations(m_period, PledgeKind::Ikrar, QDate(2023, 12, 1), {0, Signing::Unsigned});
    QVERIFY(early);
    QCOMPARE(nipsOf(early->entries), (QStringList{kDewi, kSiti, kEko}));
    QCOMPARE(early->total, 3);
    // On voting day Dewi has left and Siti has signed.
    const auto voting = pledges.obligations(m_period, PledgeKind::Ikrar, m_period.votingDay, {0, Signing::Unsigned});
    QVERIFY(voting);
    QCOMPARE(nipsOf(voting->entries), QStringList{kEko});
    const auto unitId = scalar(m_db->connection(), u"SELECT id FROM work_unit WHERE code = '1.01.01'"_s);
    const auto unitCounts = pledges.obligationCounts(m_period, PledgeKind::Ikrar, QDate(2023, 12, 1), unitId);
    QVERIFY(unitCounts);
    QCOMPARE(unitCounts->owed - unitCounts->signedCount, 2);
    // A page keeps the count of everyone the filter keeps.
    const auto limited = pledges.obligations(m_period, PledgeKind::Ikrar, QDate(2023, 12, 1), {0, Signing::Unsigned, 1});
    QVERIFY(limited);
    QCOMPARE(limited->entries.size(), 1);
    QCOMPARE(limited->total, 3);
    const auto none = pledges.obligations(m_period, PledgeKind::Ikrar, QDate(2023, 12, 1), {0, Signing::Unsigned, 0});
    QVERIFY(none);
    QVERIFY(none->entries.isEmpty());
    QCOMPARE(none->total, 3);
}

void TestPledges::obligationsCarryThePledgeSignedByTheDate()
{
    PledgeRepository pledges(*m_db);
    QVERIFY(pledges.record(m_period, draft(QDate(2023, 11, 28)), {id(kBudi), id(kAhmad)}));
    QVERIFY(pledges.record(m_period, draft(QDate(2023, 12, 20)), {id(kSiti)}));
    const auto all = pledges.obligations(m_period, PledgeKind::Ikrar, QDate(2023, 12, 1), {});
    QVERIFY(all);
    QCOMPARE(all->total, 5);
    int withPledge = 0;
    for (const PledgeEntry& e : all->entries) {
        if (e.pledge) {
            ++withPledge;
            QCOMPARE(e.pledge->signedOn, QDate(2023, 11, 28)); // Siti's 20 December is after the date
        }
    }
    QCOMPARE(withPledge, 2);
    const auto signedOnes = pledges.obligations(m_period, PledgeKind::Ikrar, m_period.votingDay, {0, Signing::Signed});
    QVERIFY(signedOnes);
    QCOMPARE(signedOnes->total, 3);
    QCOMPARE(nipsOf(signedOnes->entries).size(), 3);
    const auto counts = pledges.obligationCounts(m_period, PledgeKind::Ikrar, m_period.votingDay);
    QVERIFY(counts);
    QCOMPARE(counts->owed, 4);
    QCOMPARE(counts->signedCount, 3);
}

void TestPledges::paktaIsOwedByHeadsAndOfficials()
{
    PledgeRepository pledges(*m_db);
    const auto owed = pledges.obligations(m_period, PledgeKind::Pakta, m_period.votingDay, {0, Signing::Unsigned});
    QVERIFY(owed);
    // Budi heads 1.01.01; Ahmad is flagged; nobody guessed from titles.
    QCOMPARE(nipsOf(owed->entries), (QStringList{kBudi, kAhmad}));
    QVERIFY(pledges.record(m_period, draft(QDate(2023, 12, 4), PledgeKind::Pakta), {id(kBudi)}));
    const auto later = pledges.obligationCounts(m_period, PledgeKind::Pakta, m_period.votingDay);
    QVERIFY(later);
    QCOMPARE(later->owed, 2);
    QCOMPARE(later->signedCount, 1);
    // Before the head's term began, nobody headed the unit.
    const auto before = pledges.obligationCounts(m_period, PledgeKind::Pakta, QDate(2023, 12, 1));
    QVERIFY(before);
    QCOMPARE(before->owed - before->signedCount, 2);
    // One unit: its head only.
    const auto unitId = scalar(m_db->connection(), u"SELECT id FROM work_unit WHERE code = '1.01.01'"_s);
    const auto unitOwed = pledges.obligations(m_period, PledgeKind::Pakta, m_period.votingDay, {unitId});
    QVERIFY(unitOwed);
    QCOMPARE(nipsOf(unitOwed->entries), QStringList{kBudi});
}

void TestPledges::evidenceRoundTripsAndIsStoredOnce()
{
    DocumentRepository documents(*m_db);
    const QByteArray bytes = pdfBytes();
    const QString path = m_dir->filePath(u"lembar-ikrar.pdf"_s);
    QVERIFY(writeFile(path, bytes));
    const auto stored = documents.storeFile(path);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(stored->sha256, EvidenceFile::sha256(bytes));
    QCOMPARE(stored->mediaType, u"application/pdf"_s);
    QCOMPARE(stored->originalName, u"lembar-ikrar.pdf"_s);
    const auto again = documents.store(bytes, u"copy.pdf"_s);
    QVERIFY(again);
    QCOMPARE(again->id, stored->id);
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM document"_s), 1);
    QCOMPARE(*documents.content(stored->id), bytes);

    PledgeRepository pledges(*m_db);
    QVERIFY(pledges.record(m_period, draft(QDate(2023, 11, 28)), {id(kBudi), id(kSiti)}));
    QCOMPARE(failure(pledges.attach(m_period, PledgeKind::Ikrar, {id(kBudi), id(kEko)}, stored->id)),
             std::optional(ErrorKind::NotFound));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM pledge WHERE document_id IS NOT NULL"_s), 0);
    const auto attached = pledges.attach(m_period, PledgeKind::Ikrar, {id(kBudi), id(kSiti)}, stored->id);
    QVERIFY(attached);
    QCOMPARE(*attached, 2);
    const auto listed = pledges.pledges(m_period, {});
    QVERIFY(listed);
    QCOMPARE(listed->at(0).pledge->evidenceSha256, stored->sha256);
}

void TestPledges::evidenceIsCheckedByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a Word file named .pdf") << QByteArray("PK\x03\x04word/document.xml", 21);
    QTest::newRow("plain text") << QByteArray("Lembar ikrar");
    QTest::newRow("too large") << (QByteArray("%PDF-1.7\n") + QByteArray(EvidenceFile::kMaxBytes, 'x'));
}

void TestPledges::evidenceIsCheckedByContent()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(failure(DocumentRepository(*m_db).store(bytes, u"scan.pdf"_s)), std::optional(ErrorKind::Invalid));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM document"_s), 0);
    // The kinds that are accepted, told by their first bytes.
    QCOMPARE(*EvidenceFile::mediaType(QByteArray("\xFF\xD8\xFF\xE0rest", 8)), u"image/jpeg"_s);
    QCOMPARE(*EvidenceFile::mediaType(QByteArray("\x89PNG\r\n\x1A\nrest", 12)), u"image/png"_s);
}

void TestPledges::twoHalvesListAsOne()
{
    // The demo's pledges (about three quarters signed), listed in two halves on two
    // connections and on one: the same entries in the same order, the same totals.
    QTemporaryDir dir;
    const auto opened = seededDemo(dir, 3);
    QVERIFY(opened);
    Database& db = *opened;
    const auto period = ElectionPeriodRepository(db).findByName(u"Pilkada 2024"_s);
    QVERIFY(period);
    const qint64 largeUnit = unitBySize(db, Size::Largest);
    const PledgeRepository halves(db, 1);
    const PledgeRepository whole(db, std::numeric_limits<qint64>::max());
    int compared = 0;
    for (const PledgeKind kind : {PledgeKind::Ikrar, PledgeKind::Pakta})
        for (const qint64 unit : {qint64(0), largeUnit})
            for (const Signing signing : {Signing::Any, Signing::Signed, Signing::Unsigned})
                for (const int limit : {-1, 0, 1, 7, 200}) {
                    const ObligationFilter filter{unit, signing, limit};
                    const auto a = halves.obligations(*period, kind, period->votingDay, filter);
                    const auto b = whole.obligations(*period, kind, period->votingDay, filter);
                    QVERIFY(a && b);
                    QCOMPARE(a->total, b->total);
                    QList<qint64> idsA;
                    QList<qint64> idsB;
                    for (const PledgeEntry& e : a->entries)
                        idsA << e.staffId;
                    for (const PledgeEntry& e : b->entries)
                        idsB << e.staffId;
                    QCOMPARE(idsA, idsB);
                    QCOMPARE(a->entries.size(), limit < 0 ? qsizetype(b->total) : std::min<qsizetype>(limit, b->total));
                    compared += idsA.size();
                }
    // Lists of some length were compared, with signed and unsigned people among them.
    const auto unsignedOnes = whole.obligations(*period, PledgeKind::Ikrar, period->votingDay, {0, Signing::Unsigned, -1});
    const auto signedOnes = whole.obligations(*period, PledgeKind::Ikrar, period->votingDay, {0, Signing::Signed, -1});
    QVERIFY(unsignedOnes && signedOnes);
    QVERIFY(unsignedOnes->total > 100 && signedOnes->total > unsignedOnes->total);
    QVERIFY(compared > 3000);
}

void TestPledges::firstPagesFollowTheNames()
{
    // A unit's first pages, however found (the unsigned from ikrar_outstanding and the pledges
    // dated later, the others by walking the roster in name order, or by walking the unit),
    // hold the people a plain query of who owes orders first by name, and the totals (from the
    // tally) are what counting the unit's people gives. Two days: voting day, and a day in the
    // weeks of signing, when some had signed only later.
    QTemporaryDir dir;
    const auto opened = seededDemo(dir, 5);
    QVERIFY(opened);
    Database& db = *opened;
    const auto period = ElectionPeriodRepository(db).findByName(u"Pemilu 2024"_s);
    QVERIFY(period);
    const qint64 largeUnit = unitBySize(db, Size::Largest);
    const qint64 smallUnit = unitBySize(db, Size::SmallestOverTwenty);
    const PledgeRepository byName(db, std::numeric_limits<qint64>::max(), 0);
    const PledgeRepository byUnit(db, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
    const PledgeRepository asShipped(db);
    int compared = 0;
    for (const QDate day : {period->votingDay, period->start.addDays(20)}) {
        const QString signedSql = u"EXISTS (SELECT 1 FROM pledge p WHERE p.staff_id = o.staff_id AND p.period_id = %1"
                                  " AND p.kind = 'ikrar' AND p.voided_at IS NULL AND p.signed_on <= '%2')"_s.arg(period->id)
                                      .arg(day.toString(Qt::ISODate));
        const qint64 signedLater = scalar(db.connection(), u"SELECT count(*) FROM pledge WHERE period_id = %1 AND kind = 'ikrar'"
                                                           " AND signed_on > '%2'"_s.arg(period->id)
                                                               .arg(day.toString(Qt::ISODate)));
        for (const qint64 unit : {largeUnit, smallUnit}) {
            const QString owedSql = u"SELECT o.staff_id FROM ("_s + activeAsnOnSql(day, unit)
                                    + u") o JOIN staff s ON s.id = o.staff_id WHERE %1 ORDER BY s.name_key, s.id"_s;
            const int owed = int(scalar(db.connection(), u"SELECT count(*) FROM (%1)"_s.arg(owedSql.arg(u"1"_s))));
            const int signedCount = int(scalar(db.connection(), u"SELECT count(*) FROM (%1)"_s.arg(owedSql.arg(signedSql))));
            QVERIFY(owed > signedCount && signedCount > 0);
            if (unit == largeUnit && day != period->votingDay)
                // The page of the unsigned reads the pledges dated later: some, but not so many
                // that walking the unit would be cheaper.
                QVERIFY(signedLater > 0 && signedLater <= owed / 2);
            for (const Signing signing : {Signing::Any, Signing::Signed, Signing::Unsigned})
                for (const int limit : {1, 7, 200}) {
                    const QString kept = signing == Signing::Any      ? u"1"_s
                                         : signing == Signing::Signed ? signedSql
                                                                      : u"NOT "_s + signedSql;
                    QList<qint64> expected;
                    QSqlQuery q(db.connection());
                    QVERIFY(q.exec(owedSql.arg(kept) + u" LIMIT %1"_s.arg(limit)));
                    while (q.next())
                        expected << q.value(0).toLongLong();
                    const int total = signing == Signing::Any ? owed : signing == Signing::Signed ? signedCount : owed - signedCount;
                    for (const PledgeRepository* pledges : {&byName, &byUnit, &asShipped}) {
                        const auto page = pledges->obligations(*period, PledgeKind::Ikrar, day, {unit, signing, limit});
                        QVERIFY(page);
                        QCOMPARE(page->total, total);
                        QList<qint64> ids;
                        for (const PledgeEntry& e : page->entries) {
                            ids << e.staffId;
                            QCOMPARE(e.unitId, unit);
                            if (signing != Signing::Any)
                                QCOMPARE(e.pledge.has_value(), signing == Signing::Signed);
                        }
                        QCOMPARE(ids, expected);
                        compared += ids.size();
                    }
                }
        }
    }
    QVERIFY(compared > 2000);
}

QTEST_GUILESS_MAIN(TestPledges)
#include "TestPledges.moc"
