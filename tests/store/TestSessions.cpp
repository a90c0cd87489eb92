// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions, attendance and the registration desk against a fresh database per test function.
#include "StoreTestSupport.h"

#include "store/AttendanceRepository.h"
#include "store/DeskCheckIn.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBudi = u"198703152010121002"_s;  // Dinas Pendidikan
const QString kSiti = u"199205172019032011"_s;  // Dinas Pendidikan
const QString kAhmad = u"198001012005011001"_s; // Kecamatan, not invited
const QString kDewi = u"198502022010012003"_s;  // Dinas Pendidikan, inactive from 2024-01-01
const QString kEko = u"199003032015031004"_s;   // Dinas Pendidikan until 2023-12-31, then Kecamatan
const QString kStranger = u"197812122003121005"_s; // valid, not on the roster

const QDate kSessionDay(2023, 11, 28);

WorkUnit makeUnit(const QString& code, const QString& name, const QString& kind)
{
    WorkUnit unit;
    unit.code = code;
    unit.name = name;
    unit.kind = kind;
    return unit;
}

Staff makeStaff(const QString& nip, const QString& name)
{
    Staff s;
    s.nip = nip;
    s.name = name;
    return s;
}

} // namespace

class TestSessions : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sessionAddAndList();
    void sessionRejects_data();
    void sessionRejects();
    void invitedFollowAssignmentHistory();
    void deskRecordsAndRefuses();
    void deskUndoRestoresCounters();
    void deskChangesAnExcusedRecordToPresent();
    void walkInIsTiedAtTheNextRosterImport();
    void setStatusCountsAndFlags();
    void recordPresentKeepsTheEarliestTime();
    void closeMarksTheRestAbsent();

private:
    Session session(const QStringList& units = {u"1.01.01"_s}) const
    {
        Session s;
        s.periodId = m_periodId;
        s.title = u"Sosialisasi Netralitas ASN"_s;
        s.date = kSessionDay;
        s.start = QTime(8, 0);
        s.venue = u"Aula Kantor Bupati"_s;
        s.targetUnitCodes = units;
        return s;
    }
    qint64 staffId(const QString& nip) const
    {
        const auto found = StaffRepository(*m_db).findByNip(nip);
        return found ? found->id : 0;
    }
    qint64 liveRecords() const
    {
        return scalar(m_db->connection(), u"SELECT count(*) FROM attendance WHERE voided_at IS NULL"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_periodId = 0;
};

void TestSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    WorkUnitRepository units(*m_db);
    QVERIFY(units.add(makeUnit(u"1.01.01"_s, u"Dinas Pendidikan dan Kebudayaan"_s, u"dinas"_s)));
    QVERIFY(units.add(makeUnit(u"7.01.01"_s, u"Kecamatan Sukamaju"_s, u"kecamatan"_s)));
    ElectionPeriod period;
    period.name = u"Pemilu 2024"_s;
    period.start = QDate(2023, 6, 1);
    period.votingDay = QDate(2024, 2, 14);
    period.end = QDate(2024, 6, 30);
    const auto periodId = ElectionPeriodRepository(*m_db).add(period);
    QVERIFY(periodId);
    m_periodId = *periodId;

    StaffRepository staff(*m_db);
    const QDate joined(2020, 1, 2);
    QVERIFY(staff.add(makeStaff(kBudi, u"Drs. Budi Santoso, M.Si."_s), u"1.01.01"_s, joined));
    QVERIFY(staff.add(makeStaff(kSiti, u"Siti Rahmawati, S.Pd."_s), u"1.01.01"_s, joined));
    QVERIFY(staff.add(makeStaff(kAhmad, u"Ahmad Fauzi"_s), u"7.01.01"_s, joined));
    QVERIFY(staff.add(makeStaff(kDewi, u"Dewi Lestari"_s), u"1.01.01"_s, joined));
    QVERIFY(staff.add(makeStaff(kEko, u"Eko Prasetyo"_s), u"1.01.01"_s, joined));
    auto dewi = staff.findByNip(kDewi);
    QVERIFY(dewi);
    dewi->active = false;
    dewi->inactiveFrom = QDate(2023, 11, 1);
    QVERIFY(staff.update(*dewi, u"1.01.01"_s, QDate(2023, 11, 1)));
    auto eko = staff.findByNip(kEko);
    QVERIFY(eko);
    QVERIFY(staff.update(*eko, u"7.01.01"_s, QDate(2024, 1, 1)));
}

void TestSessions::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSessions::sessionAddAndList()
{
    SessionRepository sessions(*m_db);
    const auto added = sessions.add(session({u"7.01.01"_s, u"1.01.01"_s}));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->periodName, u"Pemilu 2024"_s);
    QCOMPARE(added->targetUnitCodes, (QStringList{u"1.01.01"_s, u"7.01.01"_s}));
    Session all = session({});
    all.date = QDate(2023, 10, 2);
    all.start = QTime();
    QVERIFY(sessions.add(all));
    const auto listed = sessions.list(m_periodId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).date, QDate(2023, 10, 2)); // by date
    QVERIFY(listed->at(0).targetsAllUnits());
    QVERIFY(!listed->at(0).start.isValid());
    QCOMPARE(listed->at(1).start, QTime(8, 0));

    Session changed = *added;
    changed.targetUnitCodes = {u"7.01.01"_s};
    changed.venue = u"Pendopo"_s;
    const auto updated = sessions.update(changed);
    QVERIFY(updated);
    QCOMPARE(updated->targetUnitCodes, QStringList{u"7.01.01"_s});
    QCOMPARE(updated->venue, u"Pendopo"_s);
}

void TestSessions::sessionRejects_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<int>("kind");
    QTest::newRow("before the period") << QDate(2023, 5, 31) << u"Apel"_s << QTime() << QStringList{} << int(ErrorKind::Invalid);
    QTest::newRow("after the period") << QDate(2024, 7, 1) << u"Apel"_s << QTime() << QStringList{} << int(ErrorKind::Invalid);
    QTest::newRow("no title") << kSessionDay << u"  "_s << QTime() << QStringList{} << int(ErrorKind::Invalid);
    QTest::newRow("ends before start") << kSessionDay << u"Apel"_s << QTime(7, 0) << QStringList{} << int(ErrorKind::Invalid);
    QTest::newRow("unknown unit") << kSessionDay << u"Apel"_s << QTime() << QStringList{u"9.99"_s} << int(ErrorKind::NotFound);
}

void TestSessions::sessionRejects()
{
    QFETCH(QDate, date);
    QFETCH(QString, title);
    QFETCH(QTime, end);
    QFETCH(QStringList, units);
    QFETCH(int, kind);
    Session s = session(units);
    s.date = date;
    s.title = title;
    s.end = end;
    const auto added = SessionRepository(*m_db).add(s);
    QCOMPARE(failure(added), std::optional<ErrorKind>(ErrorKind(kind)));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM session"_s), 0);
}

void TestSessions::invitedFollowAssignmentHistory()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    AttendanceRepository attendance(*m_db);
    const auto roster = attendance.roster(*stored);
    QVERIFY(roster);
    QStringList nips;
    for (const AttendanceEntry& e : *roster)
        nips << e.nip;
    // Eko was still in Dinas Pendidikan on the session's day; Dewi had left; Ahmad is elsewhere.
    QCOMPARE(nips, (QStringList{kBudi, kEko, kSiti}));
    const auto tally = attendance.tally(*stored);
    QVERIFY(tally);
    QCOMPARE(tally->size(), 1);
    QCOMPARE(tally->at(0).unitCode, u"1.01.01"_s);
    QCOMPARE(tally->at(0).target, 3);
    QCOMPARE(tally->at(0).present, 0);

    Session later = session();
    later.date = QDate(2024, 2, 1);
    const auto afterMove = SessionRepository(*m_db).add(later);
    QVERIFY(afterMove);
    const auto moved = attendance.tally(*afterMove);
    QVERIFY(moved);
    QCOMPARE(moved->at(0).target, 2); // Eko moved to the kecamatan on 2024-01-01
}

void TestSessions::deskRecordsAndRefuses()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    auto desk = DeskCheckIn::open(*m_db, stored->id);
    QVERIFY(desk);
    QCOMPARE((*desk)->invited(), 3);

    const auto budi = (*desk)->checkIn(u"19870315 201012 1 002"_s);
    QVERIFY(budi);
    QCOMPARE(budi->outcome, CheckInAnswer::Outcome::Recorded);
    QCOMPARE(budi->staff.nip, kBudi);
    QCOMPARE(budi->unitName, u"Dinas Pendidikan dan Kebudayaan"_s);
    QCOMPARE(budi->at, fixedClock().now().toUTC());
    QCOMPARE((*desk)->presentInvited(), 1);

    const auto again = (*desk)->checkIn(u"1987.0315.2010.1210.02"_s);
    QVERIFY(again);
    QCOMPARE(again->outcome, CheckInAnswer::Outcome::AlreadyRecorded);
    QCOMPARE(again->at, budi->at);

    const auto ahmad = (*desk)->checkIn(kAhmad);
    QVERIFY(ahmad);
    QCOMPARE(ahmad->outcome, CheckInAnswer::Outcome::RecordedOutsideTarget);
    QCOMPARE((*desk)->presentInvited(), 1);
    QCOMPARE((*desk)->presentNotInvited(), 1);

    const auto dewi = (*desk)->checkIn(kDewi);
    QVERIFY(dewi);
    QCOMPARE(dewi->outcome, CheckInAnswer::Outcome::Inactive);

    const auto stranger = (*desk)->checkIn(kStranger);
    QVERIFY(stranger);
    QCOMPARE(stranger->outcome, CheckInAnswer::Outcome::UnknownNip);
    QCOMPARE(stranger->nip, kStranger);

    const auto typo = (*desk)->checkIn(u"19870315201012100"_s);
    QVERIFY(typo);
    QCOMPARE(typo->outcome, CheckInAnswer::Outcome::InvalidNip);
    QVERIFY(!typo->reason.isEmpty());

    QCOMPARE(liveRecords(), 2);
    const auto flagged = AttendanceRepository(*m_db).find(stored->id, staffId(kAhmad));
    QVERIFY(flagged && *flagged);
    QVERIFY((*flagged)->outsideTarget);
    QCOMPARE((*flagged)->method, CaptureMethod::Desk);
}

void TestSessions::deskUndoRestoresCounters()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    auto desk = DeskCheckIn::open(*m_db, stored->id);
    QVERIFY(desk);
    QVERIFY((*desk)->checkIn(kBudi));
    QVERIFY((*desk)->checkIn(kSiti));
    QCOMPARE((*desk)->presentInvited(), 2);
    const auto undone = (*desk)->undoLast();
    QVERIFY(undone);
    QCOMPARE(undone->outcome, CheckInAnswer::Outcome::Undone);
    QCOMPARE(undone->staff.nip, kSiti);
    QCOMPARE((*desk)->presentInvited(), 1);
    QCOMPARE(liveRecords(), 1);
    // The undone check-in stays in the file, voided, and the person can check in again.
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM attendance WHERE voided_at IS NOT NULL"_s), 1);
    const auto siti = (*desk)->checkIn(kSiti);
    QVERIFY(siti);
    QCOMPARE(siti->outcome, CheckInAnswer::Outcome::Recorded);

    // Counters read back from the store agree with the ones kept in memory.
    auto reopened = DeskCheckIn::open(*m_db, stored->id);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->presentInvited(), 2);
    QVERIFY((*desk)->undoLast());
    QVERIFY((*desk)->undoLast());
    const auto nothing = (*desk)->undoLast();
    QVERIFY(nothing);
    QCOMPARE(nothing->outcome, CheckInAnswer::Outcome::NothingToUndo);
    QCOMPARE(liveRecords(), 0);
}

void TestSessions::deskChangesAnExcusedRecordToPresent()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    AttendanceRepository attendance(*m_db);
    const QDateTime before(kSessionDay, QTime(1, 0), Qt::UTC);
    QVERIFY(attendance.setStatus(*stored, {staffId(kSiti)}, AttendanceStatus::Izin, CaptureMethod::Bulk, before));
    auto desk = DeskCheckIn::open(*m_db, stored->id);
    QVERIFY(desk);
    const auto siti = (*desk)->checkIn(kSiti);
    QVERIFY(siti);
    QCOMPARE(siti->outcome, CheckInAnswer::Outcome::ChangedToPresent);
    QCOMPARE(siti->previous, std::optional<AttendanceStatus>(AttendanceStatus::Izin));
    QCOMPARE((*desk)->presentInvited(), 1);
    QVERIFY((*desk)->undoLast());
    const auto restored = attendance.find(stored->id, staffId(kSiti));
    QVERIFY(restored && *restored);
    QCOMPARE((*restored)->status, AttendanceStatus::Izin);
    QCOMPARE((*restored)->capturedAt, before);
    QCOMPARE((*desk)->presentInvited(), 0);
}

void TestSessions::walkInIsTiedAtTheNextRosterImport()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    auto desk = DeskCheckIn::open(*m_db, stored->id);
    QVERIFY(desk);
    QCOMPARE(failure((*desk)->recordWalkIn(kBudi, u"Budi"_s)), std::optional(ErrorKind::Conflict));
    QCOMPARE(failure((*desk)->recordWalkIn(kStranger, u"  "_s)), std::optional(ErrorKind::Invalid));
    const auto walkIn = (*desk)->recordWalkIn(u"19781212 200312 1 005"_s, u"Rudi  Hartono"_s);
    QVERIFY2(walkIn, walkIn ? "" : qPrintable(walkIn.error().message));
    QCOMPARE(walkIn->staff.name, u"Rudi Hartono"_s);
    const auto twice = (*desk)->checkIn(kStranger);
    QVERIFY(twice);
    QCOMPARE(twice->outcome, CheckInAnswer::Outcome::AlreadyRecorded);

    AttendanceRepository attendance(*m_db);
    const auto none = attendance.reconcileWalkIns();
    QVERIFY(none);
    QCOMPARE(*none, 0);
    QVERIFY(StaffRepository(*m_db).add(makeStaff(kStranger, u"Rudi Hartono, S.E."_s), u"1.01.01"_s, QDate(2023, 1, 2)));
    const auto tied = attendance.reconcileWalkIns();
    QVERIFY(tied);
    QCOMPARE(*tied, 1);
    const auto record = attendance.find(stored->id, staffId(kStranger));
    QVERIFY(record && *record);
    QVERIFY(!(*record)->walkIn());
    QCOMPARE((*record)->capturedAt, walkIn->at);
}

void TestSessions::setStatusCountsAndFlags()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    AttendanceRepository attendance(*m_db);
    const QDateTime at(kSessionDay, QTime(2, 0), Qt::UTC);
    const auto first = attendance.setStatus(*stored, {staffId(kBudi), staffId(kAhmad), staffId(kBudi)},
                                            AttendanceStatus::Izin, CaptureMethod::Bulk, at);
    QVERIFY(first);
    QCOMPARE(first->recorded, 2);
    const auto second = attendance.setStatus(*stored, {staffId(kBudi), staffId(kSiti)}, AttendanceStatus::Izin,
                                             CaptureMethod::Bulk, at);
    QVERIFY(second);
    QCOMPARE(second->recorded, 1);
    QCOMPARE(second->unchanged, 1);
    const auto third = attendance.setStatus(*stored, {staffId(kBudi)}, AttendanceStatus::DinasLuar,
                                            CaptureMethod::Bulk, at);
    QVERIFY(third);
    QCOMPARE(third->changed, 1);
    const auto ahmad = attendance.find(stored->id, staffId(kAhmad));
    QVERIFY(ahmad && *ahmad);
    QVERIFY((*ahmad)->outsideTarget);

    const auto excused = attendance.roster(*stored, AttendanceFilter{0, false, AttendanceStatus::Izin});
    QVERIFY(excused);
    QCOMPARE(excused->size(), 2); // Siti (invited) and Ahmad (recorded although not invited)
    const auto unrecorded = attendance.roster(*stored, AttendanceFilter{0, true, std::nullopt});
    QVERIFY(unrecorded);
    QCOMPARE(unrecorded->size(), 1);
    QCOMPARE(unrecorded->at(0).nip, kEko);
}

void TestSessions::recordPresentKeepsTheEarliestTime()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    AttendanceRepository attendance(*m_db);
    const QDateTime late(kSessionDay, QTime(3, 0), Qt::UTC);
    const QDateTime early(kSessionDay, QTime(2, 5, 12), Qt::UTC);
    QVERIFY(attendance.recordPresent(*stored, {{staffId(kBudi), late}}, CaptureMethod::Import));
    const auto counts = attendance.recordPresent(*stored, {{staffId(kBudi), early}, {staffId(kSiti), late}},
                                                 CaptureMethod::Import);
    QVERIFY(counts);
    QCOMPARE(counts->changed, 1);
    QCOMPARE(counts->recorded, 1);
    const auto again = attendance.recordPresent(*stored, {{staffId(kBudi), late}}, CaptureMethod::Import);
    QVERIFY(again);
    QCOMPARE(again->unchanged, 1);
    const auto budi = attendance.find(stored->id, staffId(kBudi));
    QVERIFY(budi && *budi);
    QCOMPARE((*budi)->capturedAt, early);
    QCOMPARE((*budi)->method, CaptureMethod::Import);
}

void TestSessions::closeMarksTheRestAbsent()
{
    const auto stored = SessionRepository(*m_db).add(session());
    QVERIFY(stored);
    auto desk = DeskCheckIn::open(*m_db, stored->id);
    QVERIFY(desk);
    QVERIFY((*desk)->checkIn(kBudi));
    QVERIFY((*desk)->checkIn(kAhmad));
    AttendanceRepository attendance(*m_db);
    const QDateTime at(kSessionDay, QTime(5, 0), Qt::UTC);
    const auto marked = attendance.close(*stored, at);
    QVERIFY(marked);
    QCOMPARE(*marked, 2); // Siti and Eko; Dewi was inactive, Ahmad was not invited
    const auto eko = attendance.find(stored->id, staffId(kEko));
    QVERIFY(eko && *eko);
    QCOMPARE((*eko)->status, AttendanceStatus::Alpa);
    QCOMPARE((*eko)->method, CaptureMethod::Bulk);
    const auto reread = SessionRepository(*m_db).findById(stored->id);
    QVERIFY(reread);
    QVERIFY(reread->closed());
    const auto twice = attendance.close(*reread, at);
    QVERIFY(twice);
    QCOMPARE(*twice, 0);
    const auto records = attendance.records(*reread);
    QVERIFY(records);
    QCOMPARE(records->size(), 4);
}

QTEST_GUILESS_MAIN(TestSessions)
#include "TestSessions.moc"
