// SPDX-License-Identifier: GPL-3.0-or-later
// The ikrar tally (schema v11) against counts made here from the rows themselves, after every
// kind of write its triggers must follow, and against its own rebuild.
#include "StoreTestSupport.h"

#include "store/ElectionPeriodRepository.h"
#include "store/IkrarTally.h"
#include "store/PledgeRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kUnitCodes = {u"1.01.01"_s, u"2.01.01"_s, u"3.01.01"_s, u"4.01.01"_s};
const QDate kFirstDay(2023, 1, 1);
constexpr int kDays = 730;

// The rows the rule reads, as they are in the file.
struct Rows {
    struct Person {
        QString kind;
        QString inactiveFrom;
        bool voided = false;
        QString nameKey;
    };
    struct Assignment {
        qint64 id = 0;
        qint64 staffId = 0;
        qint64 unitId = 0;
        QString from;
        QString until; // last day, empty: open
        bool voided = false;
    };
    struct Ikrar {
        qint64 staffId = 0;
        qint64 periodId = 0;
        QString signedOn;
    };
    struct Period {
        qint64 id = 0;
        QString start;
        QString end;
    };
    QHash<qint64, Person> staff;
    QList<Period> periods; // not voided, and keeping who has not signed
    QSet<qint64> keptPeriods; // ikrar_outstanding_period
    QList<Assignment> assignments;
    QList<Ikrar> ikrars; // not voided
};

Rows readRows(const QSqlDatabase& db)
{
    Rows rows;
    QSqlQuery q(db);
    q.exec(u"SELECT id, kind, coalesce(inactive_from, ''), voided_at IS NOT NULL, name_key FROM staff"_s);
    while (q.next())
        rows.staff.insert(q.value(0).toLongLong(),
                          {q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toString()});
    q.exec(u"SELECT id, staff_id, unit_id, start_date, coalesce(end_date, ''), voided_at IS NOT NULL FROM assignment"_s);
    while (q.next())
        rows.assignments.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                    q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()});
    q.exec(u"SELECT id, start_date, end_date FROM election_period WHERE voided_at IS NULL"
           " AND id IN (SELECT period_id FROM ikrar_outstanding_period)"_s);
    while (q.next())
        rows.periods.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    q.exec(u"SELECT period_id FROM ikrar_outstanding_period"_s);
    while (q.next())
        rows.keptPeriods.insert(q.value(0).toLongLong());
    q.exec(u"SELECT staff_id, period_id, signed_on FROM pledge WHERE kind = 'ikrar' AND voided_at IS NULL"_s);
    while (q.next())
        rows.ikrars.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return rows;
}

// StaffOnDate's rule, counted person by person: owed for each assignment holding the day, of
// an ASN neither voided nor inactive by then; signed when their ikrar of the period is dated
// on or before the day.
IkrarTally::Counts expectedCounts(const Rows& rows, qint64 periodId, const QString& day, qint64 unitId)
{
    IkrarTally::Counts counts;
    for (const Rows::Assignment& a : rows.assignments) {
        const Rows::Person person = rows.staff.value(a.staffId);
        if (a.voided || person.voided || person.kind == u"NON_ASN"_s || (unitId > 0 && a.unitId != unitId))
            continue;
        if (a.from > day || (!a.until.isEmpty() && a.until < day))
            continue;
        if (!person.inactiveFrom.isEmpty() && person.inactiveFrom <= day)
            continue;
        ++counts.owed;
        for (const Rows::Ikrar& ikrar : rows.ikrars)
            if (ikrar.staffId == a.staffId && ikrar.periodId == periodId && ikrar.signedOn <= day) {
                ++counts.signedCount;
                break;
            }
    }
    return counts;
}

// Who has not signed a period's ikrar at all, one line per stretch of active days that
// overlaps the period (the first day and the day after the last; empty: open), sorted.
QStringList expectedOutstanding(const Rows& rows)
{
    QStringList lines;
    for (const Rows::Period& period : rows.periods)
        for (const Rows::Assignment& a : rows.assignments) {
            const Rows::Person person = rows.staff.value(a.staffId);
            if (a.voided || person.voided || person.kind == u"NON_ASN"_s)
                continue;
            QString until = a.until.isEmpty() ? QString()
                                              : QDate::fromString(a.until, Qt::ISODate).addDays(1).toString(Qt::ISODate);
            if (!person.inactiveFrom.isEmpty() && (until.isEmpty() || person.inactiveFrom < until))
                until = person.inactiveFrom;
            if (!until.isEmpty() && until <= a.from)
                continue;
            if (a.from > period.end || (!until.isEmpty() && until <= period.start))
                continue;
            bool signedIt = false;
            for (const Rows::Ikrar& ikrar : rows.ikrars)
                signedIt = signedIt || (ikrar.staffId == a.staffId && ikrar.periodId == period.id);
            if (!signedIt)
                lines << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(period.id).arg(a.unitId).arg(person.nameKey).arg(a.staffId).arg(a.id).arg(a.from, until);
        }
    lines.sort();
    return lines;
}

QStringList storedOutstanding(const QSqlDatabase& db)
{
    QStringList lines;
    QSqlQuery q(db);
    q.exec(u"SELECT period_id, unit_id, name_key, staff_id, assignment_id, from_day, coalesce(until_day, '') FROM ikrar_outstanding"_s);
    while (q.next())
        lines << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(q.value(2).toString())
                     .arg(q.value(3).toLongLong()).arg(q.value(4).toLongLong()).arg(q.value(5).toString(), q.value(6).toString());
    lines.sort();
    return lines;
}

// The tally's rows that count (a change of zero is the same as none).
QStringList tallyRows(const QSqlDatabase& db)
{
    QStringList found;
    QSqlQuery q(db);
    q.exec(u"SELECT 'asn', 0, unit_id, day, change FROM asn_unit_tally WHERE change <> 0"
           " UNION ALL SELECT 'ikrar', period_id, unit_id, day, change FROM ikrar_unit_tally WHERE change <> 0"
           " ORDER BY 1, 2, 3, 4"_s);
    while (q.next())
        found << u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString());
    return found;
}

} // namespace

class TestIkrarTally : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followsEveryWrite();
    void rebuildWritesTheSameChanges();
    void listsCountFromTheTally();

private:
    QString randomDay() { return kFirstDay.addDays(m_random.bounded(kDays)).toString(Qt::ISODate); }
    qint64 randomRow(const QString& table)
    {
        return scalar(m_db->connection(), u"SELECT coalesce((SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET %2), 0)"_s.arg(table).arg(
                                              m_random.bounded(int(scalar(m_db->connection(), u"SELECT count(*) FROM "_s + table)) + 1)));
    }
    // One write of a randomly chosen kind to staff, assignment or pledge, as raw SQL: the
    // triggers must follow any write, not only those the repositories make. Some are refused
    // by the schema's own checks; that is part of what is tried.
    void randomWrite();
    // Compares the tally with counts made from the rows, for every unit and for all units, on
    // the days the rows name and the days around them.
    void compareWithRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_unitIds;
    QList<qint64> m_periodIds;
    QRandomGenerator m_random{20241127};
    int m_writes = 0;
};

void TestIkrarTally::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    m_unitIds.clear();
    m_periodIds.clear();
    WorkUnitRepository units(*m_db);
    for (const QString& code : kUnitCodes) {
        WorkUnit unit;
        unit.code = code;
        unit.name = u"Unit "_s + code;
        unit.kind = u"dinas"_s;
        const auto added = units.add(unit);
        QVERIFY(added);
        m_unitIds << *added;
    }
    for (const auto& [name, start, end] : {std::tuple{u"Pemilu 2024"_s, QDate(2023, 6, 1), QDate(2024, 6, 30)},
                                           std::tuple{u"Pilkada 2024"_s, QDate(2024, 3, 1), QDate(2024, 12, 31)}}) {
        ElectionPeriod period;
        period.name = name;
        period.start = start;
        period.votingDay = end.addDays(-60);
        period.end = end;
        const auto added = ElectionPeriodRepository(*m_db).add(period);
        QVERIFY(added);
        m_periodIds << *added;
    }
    StaffRepository staff(*m_db);
    for (int i = 0; i < 30; ++i) {
        Staff s;
        s.kind = i % 7 == 0 ? StaffKind::Pppk : StaffKind::Pns;
        s.nip = (s.kind == StaffKind::Pppk ? u"1990010120210310%1"_s : u"1990010120150310%1"_s).arg(i + 10);
        s.name = u"Pegawai %1"_s.arg(i);
        const auto added = staff.add(s, kUnitCodes.at(i % kUnitCodes.size()), kFirstDay.addDays(i * 11));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }
}

void TestIkrarTally::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestIkrarTally::randomWrite()
{
    QSqlQuery q(m_db->connection());
    const QString now = m_db->nowStamp();
    // A write the schema's own checks refuse is part of what is tried; one refused by what
    // the triggers write is a fault of theirs.
    const auto run = [&](const QString& sql) {
        if (q.exec(sql))
            ++m_writes;
        else
            QVERIFY2(!q.lastError().text().contains(u"ikrar"_s) && !q.lastError().text().contains(u"tally"_s),
                     qPrintable(sql + u": "_s + q.lastError().text()));
    };
    const QString unit = QString::number(m_unitIds.at(m_random.bounded(int(m_unitIds.size()))));
    const QString period = QString::number(m_periodIds.at(m_random.bounded(int(m_periodIds.size()))));
    switch (m_random.bounded(22)) {
    case 0:
    case 1: { // a new person, sometimes not an ASN, mostly placed in a unit
        const int n = int(scalar(m_db->connection(), u"SELECT count(*) FROM staff"_s));
        const bool asn = m_random.bounded(5) != 0;
        run(u"INSERT INTO staff (uuid, nip, internal_id, name, bare_name, name_key, kind, updated_at)"
            " VALUES ('s-%1', %2, %3, 'Baru %1', 'Baru %1', 'baru %1', '%4', '%5')"_s.arg(n)
                .arg(asn ? u"'%1'"_s.arg(199101012016031000LL + n) : u"NULL"_s, asn ? u"NULL"_s : u"'H-%1'"_s.arg(n),
                     asn ? u"PNS"_s : u"NON_ASN"_s, now));
        if (m_random.bounded(4))
            run(u"INSERT INTO assignment (uuid, staff_id, unit_id, start_date, updated_at)"
                " VALUES ('n-%1', (SELECT max(id) FROM staff), %2, '%3', '%4')"_s.arg(m_writes).arg(unit, randomDay(), now));
        break;
    }
    case 2:
    case 3:
    case 4:
    case 5: { // an assignment, open or ending
        const QString from = randomDay();
        const QString until = m_random.bounded(2) ? u"NULL"_s : u"date('%1', '+%2 days')"_s.arg(from).arg(m_random.bounded(200));
        run(u"INSERT INTO assignment (uuid, staff_id, unit_id, start_date, end_date, updated_at)"
            " VALUES ('a-' || (SELECT count(*) FROM assignment) || '-%1', %2, %3, '%4', %5, '%6')"_s.arg(m_writes)
                .arg(randomRow(u"staff"_s))
                .arg(unit, from, until, now));
        break;
    }
    case 6: // an assignment ended, or opened again
        run(u"UPDATE assignment SET end_date = %1 WHERE id = %2"_s
                .arg(m_random.bounded(3) ? u"max(start_date, '%1')"_s.arg(randomDay()) : u"NULL"_s)
                .arg(randomRow(u"assignment"_s)));
        break;
    case 7: // corrected: another unit, another start, another person
        run(u"UPDATE assignment SET unit_id = %1 WHERE id = %2"_s.arg(unit).arg(randomRow(u"assignment"_s)));
        run(u"UPDATE assignment SET start_date = min('%1', coalesce(end_date, '9999')) WHERE id = %2"_s.arg(randomDay()).arg(
            randomRow(u"assignment"_s)));
        break;
    case 8:
        run(u"UPDATE assignment SET staff_id = %1 WHERE id = %2"_s.arg(randomRow(u"staff"_s)).arg(randomRow(u"assignment"_s)));
        break;
    case 9: // voided, or the void taken back
        run(u"UPDATE assignment SET voided_at = CASE WHEN voided_at IS NULL THEN '%1' END WHERE id = %2"_s.arg(now).arg(
            randomRow(u"assignment"_s)));
        break;
    case 10:
        if (m_random.bounded(2))
            run(u"DELETE FROM assignment WHERE id = %1"_s.arg(randomRow(u"assignment"_s)));
        break;
    case 11: // inactive from a day, or active again
        run(u"UPDATE staff SET inactive_from = %1, active = %2 WHERE id = %3"_s
                .arg(m_random.bounded(2) ? u"'%1'"_s.arg(randomDay()) : u"NULL"_s)
                .arg(m_random.bounded(2))
                .arg(randomRow(u"staff"_s)));
        break;
    case 12: // another kind, ASN or not
        if (m_random.bounded(3) == 0)
            run(u"UPDATE staff SET kind = 'NON_ASN', nip = NULL, internal_id = 'H-' || id WHERE id = %1"_s.arg(randomRow(u"staff"_s)));
        else
            run(u"UPDATE staff SET kind = 'PPPK', nip = coalesce(nip, '%1'), internal_id = NULL WHERE id = %2"_s
                    .arg(199201012017031000LL + m_writes)
                    .arg(randomRow(u"staff"_s)));
        break;
    case 13:
        run(u"UPDATE staff SET voided_at = CASE WHEN voided_at IS NULL THEN '%1' END WHERE id = %2"_s.arg(now).arg(
            randomRow(u"staff"_s)));
        break;
    case 14: { // a person gone with everything of theirs
        if (m_random.bounded(3))
            break;
        const qint64 staffId = randomRow(u"staff"_s);
        run(u"DELETE FROM pledge WHERE staff_id = %1"_s.arg(staffId));
        run(u"DELETE FROM assignment WHERE staff_id = %1"_s.arg(staffId));
        run(u"DELETE FROM staff WHERE id = %1"_s.arg(staffId));
        break;
    }
    case 15:
    case 16: // a pledge of either kind
        run(u"INSERT INTO pledge (uuid, kind, staff_id, period_id, signed_on, updated_at)"
            " VALUES ('p-%1', '%2', %3, %4, '%5', '%6')"_s.arg(m_writes)
                .arg(m_random.bounded(4) ? u"ikrar"_s : u"pakta"_s)
                .arg(randomRow(u"staff"_s))
                .arg(period, randomDay(), now));
        break;
    case 17:
    case 18: // a pledge re-dated, moved to the other kind or period, or voided and back
        switch (m_random.bounded(4)) {
        case 0:
            run(u"UPDATE pledge SET signed_on = '%1' WHERE id = %2"_s.arg(randomDay()).arg(randomRow(u"pledge"_s)));
            break;
        case 1:
            run(u"UPDATE pledge SET kind = CASE kind WHEN 'ikrar' THEN 'pakta' ELSE 'ikrar' END WHERE id = %1"_s.arg(
                randomRow(u"pledge"_s)));
            break;
        case 2:
            run(u"UPDATE pledge SET period_id = %1, staff_id = %2 WHERE id = %3"_s.arg(period)
                    .arg(randomRow(u"staff"_s))
                    .arg(randomRow(u"pledge"_s)));
            break;
        default:
            run(u"UPDATE pledge SET voided_at = CASE WHEN voided_at IS NULL THEN '%1' END WHERE id = %2"_s.arg(now).arg(
                randomRow(u"pledge"_s)));
        }
        break;
    case 19:
        run(u"DELETE FROM pledge WHERE id = %1"_s.arg(randomRow(u"pledge"_s)));
        break;
    case 20: // a renamed person (their place in name order)
        run(u"UPDATE staff SET name_key = 'ganti ' || id || ' %1' WHERE id = %2"_s.arg(m_writes).arg(randomRow(u"staff"_s)));
        break;
    default: // a period's dates changed, or it is voided and back
        if (m_random.bounded(4))
            run(u"UPDATE election_period SET start_date = date(start_date, '%1 days'), end_date = date(end_date, '%2 days')"
                " WHERE id = %3"_s.arg(m_random.bounded(-30, 31)).arg(m_random.bounded(-30, 31)).arg(period));
        else // one of them stays in use
            run(u"UPDATE election_period SET voided_at = CASE WHEN voided_at IS NULL THEN '%1' END WHERE id = %2"
                " AND (voided_at IS NOT NULL OR (SELECT count(*) FROM election_period WHERE voided_at IS NULL) > 1)"_s.arg(now, period));
    }
}

void TestIkrarTally::compareWithRows()
{
    const Rows rows = readRows(m_db->connection());
    // Who has not signed is kept for every period that has had an ikrar (before that,
    // everyone who owes it is unsigned).
    for (const Rows::Ikrar& ikrar : rows.ikrars)
        QVERIFY(rows.keptPeriods.contains(ikrar.periodId));
    QSet<QString> days;
    const auto around = [&days](const QString& day) {
        if (day.isEmpty())
            return;
        const QDate date = QDate::fromString(day, Qt::ISODate);
        for (int d = -1; d <= 1; ++d)
            days.insert(date.addDays(d).toString(Qt::ISODate));
    };
    for (const Rows::Assignment& a : rows.assignments) {
        around(a.from);
        around(a.until);
    }
    for (const Rows::Person& p : rows.staff)
        around(p.inactiveFrom);
    for (const Rows::Ikrar& i : rows.ikrars)
        around(i.signedOn);
    QCOMPARE(storedOutstanding(m_db->connection()), expectedOutstanding(rows));
    const IkrarTally tally(*m_db);
    for (const QString& day : std::as_const(days))
        for (const qint64 period : std::as_const(m_periodIds))
            for (const qint64 unit : QList<qint64>{0} + m_unitIds) {
                const auto counted = tally.counts(period, QDate::fromString(day, Qt::ISODate), unit);
                QVERIFY(counted);
                const IkrarTally::Counts expected = expectedCounts(rows, period, day, unit);
                if (counted->owed != expected.owed || counted->signedCount != expected.signedCount)
                    QFAIL(qPrintable(u"unit %1, period %2, %3: tally %4 owed, %5 signed; rows %6 owed, %7 signed"_s.arg(unit)
                                         .arg(period)
                                         .arg(day)
                                         .arg(counted->owed)
                                         .arg(counted->signedCount)
                                         .arg(expected.owed)
                                         .arg(expected.signedCount)));
            }
}

void TestIkrarTally::followsEveryWrite()
{
    compareWithRows();
    for (int round = 0; round < 40; ++round) {
        for (int i = 0; i < 10; ++i)
            randomWrite();
        compareWithRows();
        if (QTest::currentTestFailed())
            return;
    }
    // Writes of every kind went through, and the rule had people to count and signatures.
    QVERIFY(m_writes > 300);
    const Rows rows = readRows(m_db->connection());
    QVERIFY(expectedCounts(rows, m_periodIds.at(1), u"2024-06-01"_s, 0).owed > 5);
    QVERIFY(tallyRows(m_db->connection()).filter(QRegularExpression(u"^ikrar"_s)).size() > 4);
    QVERIFY(scalar(m_db->connection(), u"SELECT count(*) FROM pledge"_s) > 5);
    QVERIFY(scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE inactive_from IS NOT NULL"_s) > 0);
    QVERIFY(scalar(m_db->connection(), u"SELECT count(*) FROM staff WHERE kind = 'NON_ASN'"_s) > 0);
    QVERIFY(scalar(m_db->connection(), u"SELECT count(*) FROM ikrar_outstanding"_s) > 2);
}

void TestIkrarTally::rebuildWritesTheSameChanges()
{
    for (int i = 0; i < 300; ++i)
        randomWrite();
    const QStringList kept = tallyRows(m_db->connection());
    const QStringList outstanding = storedOutstanding(m_db->connection());
    QVERIFY(kept.size() > 10 && outstanding.size() > 2);
    QVERIFY(IkrarTally(*m_db).rebuild());
    QCOMPARE(tallyRows(m_db->connection()), kept);
    QCOMPARE(storedOutstanding(m_db->connection()), outstanding);
    compareWithRows();
}

void TestIkrarTally::listsCountFromTheTally()
{
    // Recorded through the repository: the list's totals and entries agree with the rows.
    PledgeRepository pledges(*m_db);
    ElectionPeriod period = *ElectionPeriodRepository(*m_db).findByName(u"Pilkada 2024"_s);
    QList<qint64> everyThird;
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT id FROM staff WHERE id % 3 = 0"_s);
    while (q.next())
        everyThird << q.value(0).toLongLong();
    const QString kept = u"SELECT count(*) FROM ikrar_outstanding_period WHERE period_id = %1"_s.arg(period.id);
    // Before the period's first ikrar nothing is kept for it: the unsigned are all who owe.
    QCOMPARE(scalar(m_db->connection(), kept), 0);
    for (const qint64 unit : std::as_const(m_unitIds)) {
        const auto owed = pledges.obligations(period, PledgeKind::Ikrar, QDate(2024, 5, 1), {unit, Signing::Any, 3});
        const auto unsignedOnes = pledges.obligations(period, PledgeKind::Ikrar, QDate(2024, 5, 1), {unit, Signing::Unsigned, 3});
        QVERIFY(owed && unsignedOnes);
        QCOMPARE(unsignedOnes->total, owed->total);
        QCOMPARE(unsignedOnes->entries.size(), owed->entries.size());
        for (qsizetype i = 0; i < owed->entries.size(); ++i)
            QCOMPARE(unsignedOnes->entries.at(i).staffId, owed->entries.at(i).staffId);
    }
    PledgeDraft draft;
    draft.signedOn = QDate(2024, 4, 2);
    QVERIFY(pledges.record(period, draft, everyThird));
    QCOMPARE(scalar(m_db->connection(), kept), 1);
    const Rows rows = readRows(m_db->connection());
    for (const qint64 unit : QList<qint64>{0} + m_unitIds) {
        const IkrarTally::Counts expected = expectedCounts(rows, period.id, u"2024-05-01"_s, unit);
        QVERIFY(expected.owed > expected.signedCount && expected.signedCount > 0);
        const auto unsignedOnes = pledges.obligations(period, PledgeKind::Ikrar, QDate(2024, 5, 1), {unit, Signing::Unsigned, -1});
        QVERIFY(unsignedOnes);
        QCOMPARE(unsignedOnes->total, expected.owed - expected.signedCount);
        QCOMPARE(unsignedOnes->entries.size(), qsizetype(unsignedOnes->total));
        for (const PledgeEntry& e : unsignedOnes->entries)
            QVERIFY(!e.pledge && e.staffId % 3 != 0);
        // A first page (from what is kept for the period once it has an ikrar) is the start of
        // the whole list.
        const auto firstPage = pledges.obligations(period, PledgeKind::Ikrar, QDate(2024, 5, 1), {unit, Signing::Unsigned, 3});
        QVERIFY(firstPage);
        QCOMPARE(firstPage->total, unsignedOnes->total);
        for (qsizetype i = 0; i < firstPage->entries.size(); ++i)
            QCOMPARE(firstPage->entries.at(i).staffId, unsignedOnes->entries.at(i).staffId);
        QCOMPARE(firstPage->entries.size(), std::min<qsizetype>(3, unsignedOnes->total));
        const auto counted = pledges.obligationCounts(period, PledgeKind::Ikrar, QDate(2024, 5, 1), unit);
        QVERIFY(counted);
        QCOMPARE(counted->owed, expected.owed);
        QCOMPARE(counted->signedCount, expected.signedCount);
        // Before the signing day nobody had signed.
        const auto before = pledges.obligationCounts(period, PledgeKind::Ikrar, QDate(2024, 4, 1), unit);
        QVERIFY(before);
        QCOMPARE(before->signedCount, 0);
    }
}

QTEST_GUILESS_MAIN(TestIkrarTally)
#include "TestIkrarTally.moc"
