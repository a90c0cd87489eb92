// SPDX-License-Identifier: GPL-3.0-or-later
// Violation cases: the catalogue loaded from db/reference, every step the workflow allows and
// refuses, the dates and sanctions a step may carry, and the follow-up deadline.
#include "StoreTestSupport.h"

#include "store/CaseRepository.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SettingsRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPns = u"198703152010121002"_s;  // Dinas Pendidikan, then Kecamatan from 2024-03-01
const QString kPppk = u"199205172023212011"_s; // PPPK, Kecamatan

// The steps DOMAIN.md §7 allows, written out here independently of the reference file.
const QSet<std::pair<QString, QString>>& allowedSteps()
{
    static const QSet<std::pair<QString, QString>> steps = {
        {u"dilaporkan"_s, u"klarifikasi"_s},  {u"dilaporkan"_s, u"dihentikan"_s},
        {u"klarifikasi"_s, u"rekomendasi"_s}, {u"klarifikasi"_s, u"tidak_terbukti"_s},
        {u"klarifikasi"_s, u"dihentikan"_s},  {u"rekomendasi"_s, u"sanksi"_s},
        {u"rekomendasi"_s, u"dihentikan"_s},
    };
    return steps;
}

// Reference rows in the shipped file, header excluded.
int referenceRows(const QString& file)
{
    QFile f(QStringLiteral(NETRA_SOURCE_DIR "/db/reference/") + file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    return int(QString::fromUtf8(f.readAll()).trimmed().split(u'\n').size()) - 1;
}

} // namespace

class TestCases : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void catalogueComesFromTheReferenceFiles();
    void everyStep_data();
    void everyStep();
    void stepDatesAreChecked_data();
    void stepDatesAreChecked();
    void reportIsChecked();
    void sanctionMustFitOrCarryAReason();
    void sanctionMustApplyToTheStaffKind();
    void historyKeepsEveryStep();
    void overdueTurnsTheDayAfterTheLastDay_data();
    void overdueTurnsTheDayAfterTheLastDay();
    void listsFilterAndCount();
    void followUpSettingsAreChecked();

private:
    qint64 staffId(const QString& nip) const
    {
        const auto found = StaffRepository(*m_db).findByNip(nip);
        return found ? found->id : 0;
    }
    qint64 newCase(const QString& nip = kPns, const QString& kind = u"media_sosial"_s, QDate act = QDate(2024, 1, 10))
    {
        CaseReport r;
        r.staffId = staffId(nip);
        r.periodId = m_period.id;
        r.kindCode = kind;
        r.actDate = act;
        r.sourceCode = u"temuan_bawaslu"_s;
        r.description = u"Unggahan dukungan di Facebook"_s;
        const auto id = CaseRepository(*m_db).report(r);
        return id ? *id : 0;
    }
    static CaseMove step(CaseStatus to, QDate date, const QString& sanction = {})
    {
        CaseMove m;
        m.to = to;
        m.date = date;
        m.sanctionCode = sanction;
        m.recordedBy = u"test"_s;
        return m;
    }
    // Walks a fresh case to `status` along the shortest allowed path.
    qint64 caseAt(CaseStatus status)
    {
        const qint64 id = newCase();
        CaseRepository cases(*m_db);
        const QList<std::pair<CaseStatus, QString>> path =
            status == CaseStatus::Dilaporkan    ? QList<std::pair<CaseStatus, QString>>{}
            : status == CaseStatus::Klarifikasi ? QList<std::pair<CaseStatus, QString>>{{CaseStatus::Klarifikasi, {}}}
            : status == CaseStatus::Rekomendasi
                ? QList<std::pair<CaseStatus, QString>>{{CaseStatus::Klarifikasi, {}}, {CaseStatus::Rekomendasi, {}}}
            : status == CaseStatus::Sanksi
                ? QList<std::pair<CaseStatus, QString>>{{CaseStatus::Klarifikasi, {}},
                                                         {CaseStatus::Rekomendasi, u"moral_terbuka"_s},
                                                         {CaseStatus::Sanksi, u"moral_terbuka"_s}}
            : status == CaseStatus::TidakTerbukti
                ? QList<std::pair<CaseStatus, QString>>{{CaseStatus::Klarifikasi, {}}, {CaseStatus::TidakTerbukti, {}}}
                : QList<std::pair<CaseStatus, QString>>{{CaseStatus::Dihentikan, {}}};
        QDate day(2024, 1, 15);
        for (const auto& [to, sanction] : path) {
            if (!cases.move(id, step(to, day, sanction)))
                return 0;
            day = day.addDays(3);
        }
        return id;
    }
    QString statusOf(qint64 id) const
    {
        const auto found = CaseRepository(*m_db).find(id);
        return found ? CaseStatusText::code(found->status) : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC)};
    ElectionPeriod m_period;
};

void TestCases::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    Database::Options o = options(true);
    o.clock = &m_clock;
    auto db = Database::open(m_dir->filePath(u"netra.sqlite"_s), o);
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
    Staff pns;
    pns.nip = kPns;
    pns.name = u"Budi Santoso"_s;
    QVERIFY(staff.add(pns, u"1.01.01"_s, QDate(2020, 1, 2)));
    auto moved = staff.findByNip(kPns);
    QVERIFY(moved);
    QVERIFY(staff.update(*moved, u"7.01.01"_s, QDate(2024, 3, 1)));
    Staff pppk;
    pppk.nip = kPppk;
    pppk.name = u"Siti Rahmawati"_s;
    pppk.kind = StaffKind::Pppk;
    QVERIFY(staff.add(pppk, u"7.01.01"_s, QDate(2023, 2, 1)));
}

void TestCases::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCases::catalogueComesFromTheReferenceFiles()
{
    const auto catalog = CaseRepository(*m_db).catalog();
    QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().message));
    QCOMPARE(catalog->kinds.size(), referenceRows(u"violation_kinds.tsv"_s));
    QCOMPARE(catalog->kinds.size(), 17);
    QCOMPARE(catalog->sanctions.size(), referenceRows(u"sanction_kinds.tsv"_s));
    QCOMPARE(catalog->sources.size(), 4);
    QVERIFY(catalog->kind(u"media_sosial"_s));
    QCOMPARE(catalog->kind(u"media_sosial"_s)->sanctionClass, u"moral"_s);
    QCOMPARE(catalog->kind(u"menjadi_tim_sukses"_s)->sanctionClass, u"berat"_s);
    QCOMPARE(catalog->kind(u"anggota_parpol"_s)->sanctionClass, u"ptdh"_s);
    QVERIFY(catalog->kind(u"lainnya"_s)->sanctionClass.isEmpty());
    QCOMPARE(catalog->sanction(u"sedang_tukin_9"_s)->label, u"Pemotongan tunjangan kinerja 25% selama 9 bulan"_s);
    QVERIFY(!catalog->sanction(u"pppk_putus_kontrak"_s)->appliesToPns);
    QVERIFY(!catalog->sanction(u"berat_berhenti"_s)->appliesToPppk);
    QVERIFY(catalog->source(u"laporan_masyarakat"_s));
    QSet<std::pair<QString, QString>> loaded;
    for (const CaseTransition& t : catalog->transitions)
        loaded.insert({CaseStatusText::code(t.from), CaseStatusText::code(t.to)});
    QCOMPARE(loaded, allowedSteps());
    QVERIFY(catalog->isFinal(CaseStatus::Sanksi));
    QVERIFY(catalog->isFinal(CaseStatus::TidakTerbukti));
    QVERIFY(catalog->isFinal(CaseStatus::Dihentikan));
}

void TestCases::everyStep_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    for (const CaseStatus from : CaseStatusText::all())
        for (const CaseStatus to : CaseStatusText::all())
            QTest::addRow("%s -> %s", qPrintable(CaseStatusText::code(from)), qPrintable(CaseStatusText::code(to)))
                << int(from) << int(to);
}

void TestCases::everyStep()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const auto source = CaseStatus(from);
    const auto target = CaseStatus(to);
    const qint64 id = caseAt(source);
    QVERIFY(id > 0);
    QCOMPARE(statusOf(id), CaseStatusText::code(source));
    const qint64 stepsBefore = scalar(m_db->connection(), u"SELECT count(*) FROM case_step"_s);
    const bool allowed = allowedSteps().contains({CaseStatusText::code(source), CaseStatusText::code(target)});
    const QString sanction = target == CaseStatus::Sanksi ? u"moral_terbuka"_s : QString();
    const auto moved = CaseRepository(*m_db).move(id, step(target, QDate(2024, 3, 1), sanction));
    QCOMPARE(moved.ok(), allowed);
    QCOMPARE(statusOf(id), CaseStatusText::code(allowed ? target : source));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM case_step"_s), stepsBefore + (allowed ? 1 : 0));
    if (!allowed)
        QCOMPARE(failure(moved), std::optional(ErrorKind::Invalid));
}

void TestCases::stepDatesAreChecked_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("accepted");
    // The case was reported for an act of 10 January 2024 and examined from 15 January.
    QTest::newRow("before the act") << QDate(2024, 1, 9) << false;
    QTest::newRow("before the latest step") << QDate(2024, 1, 14) << false;
    QTest::newRow("same day as the latest step") << QDate(2024, 1, 15) << true;
    QTest::newRow("today") << QDate(2026, 11, 23) << true;
    QTest::newRow("tomorrow") << QDate(2026, 11, 24) << false;
}

void TestCases::stepDatesAreChecked()
{
    QFETCH(QDate, date);
    QFETCH(bool, accepted);
    const qint64 id = caseAt(CaseStatus::Klarifikasi);
    const auto moved = CaseRepository(*m_db).move(id, step(CaseStatus::Rekomendasi, date));
    QCOMPARE(moved.ok(), accepted);
    QCOMPARE(statusOf(id), accepted ? u"rekomendasi"_s : u"klarifikasi"_s);
}

void TestCases::reportIsChecked()
{
    QCOMPARE(newCase(kPns, u"tidak_ada"_s), 0);
    QCOMPARE(newCase(kPns, u"media_sosial"_s, QDate(2026, 11, 24)), 0); // in the future
    CaseReport r;
    r.staffId = staffId(kPns);
    r.periodId = m_period.id;
    r.kindCode = u"media_sosial"_s;
    r.actDate = QDate(2024, 1, 10);
    r.sourceCode = u"tetangga"_s;
    QCOMPARE(failure(CaseRepository(*m_db).report(r)), std::optional(ErrorKind::Invalid));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM violation_case"_s), 0);
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM case_step"_s), 0);
    const qint64 id = newCase(kPns, u"MEDIA_SOSIAL"_s);
    QVERIFY(id > 0);
    const auto found = CaseRepository(*m_db).find(id);
    QVERIFY(found);
    QCOMPARE(found->status, CaseStatus::Dilaporkan);
    QCOMPARE(found->statusDate, QDate(2024, 1, 10));
    QCOMPARE(found->unitCode, u"1.01.01"_s); // the unit on the day of the act, not today's
}

void TestCases::sanctionMustFitOrCarryAReason()
{
    const qint64 id = caseAt(CaseStatus::Rekomendasi); // media_sosial: a moral sanction
    CaseRepository cases(*m_db);
    CaseMove imposed = step(CaseStatus::Sanksi, QDate(2024, 3, 1));
    QCOMPARE(failure(cases.move(id, imposed)), std::optional(ErrorKind::Invalid)); // no sanction named
    imposed.sanctionCode = u"tidak_ada"_s;
    QCOMPARE(failure(cases.move(id, imposed)), std::optional(ErrorKind::Invalid));
    imposed.sanctionCode = u"berat_berhenti"_s;
    const auto refused = cases.move(id, imposed);
    QCOMPARE(failure(refused), std::optional(ErrorKind::Invalid));
    QVERIFY(refused.error().message.contains(u"berat"_s));
    QCOMPARE(statusOf(id), u"rekomendasi"_s);
    imposed.reason = u"Berulang dan disertai pengerahan massa"_s;
    const auto accepted = cases.move(id, imposed);
    QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
    QVERIFY(!accepted->isEmpty()); // the warning
    QCOMPARE(statusOf(id), u"sanksi"_s);
    const auto found = cases.find(id);
    QVERIFY(found);
    QCOMPARE(found->steps.constLast().sanctionCode, u"berat_berhenti"_s);
    QCOMPARE(found->steps.constLast().mismatchReason, u"Berulang dan disertai pengerahan massa"_s);
    // A fitting sanction needs no reason and gives no warning; a sanction on another step is refused.
    const qint64 other = caseAt(CaseStatus::Rekomendasi);
    const auto fitting = cases.move(other, step(CaseStatus::Sanksi, QDate(2024, 3, 1), u"moral_tertutup"_s));
    QVERIFY(fitting);
    QVERIFY(fitting->isEmpty());
    const qint64 third = caseAt(CaseStatus::Klarifikasi);
    QCOMPARE(failure(cases.move(third, step(CaseStatus::TidakTerbukti, QDate(2024, 3, 1), u"moral_tertutup"_s))),
             std::optional(ErrorKind::Invalid));
}

void TestCases::sanctionMustApplyToTheStaffKind()
{
    const qint64 id = newCase(kPppk, u"menjadi_tim_sukses"_s);
    CaseRepository cases(*m_db);
    QVERIFY(cases.move(id, step(CaseStatus::Klarifikasi, QDate(2024, 1, 15))));
    QVERIFY(cases.move(id, step(CaseStatus::Rekomendasi, QDate(2024, 1, 20), u"pppk_putus_kontrak"_s)));
    // Heavy, as the kind draws, but for PNS only.
    QCOMPARE(failure(cases.move(id, step(CaseStatus::Sanksi, QDate(2024, 2, 1), u"berat_berhenti"_s))),
             std::optional(ErrorKind::Invalid));
    const auto imposed = cases.move(id, step(CaseStatus::Sanksi, QDate(2024, 2, 1), u"pppk_putus_kontrak"_s));
    QVERIFY(imposed);
    QVERIFY(imposed->isEmpty());
}

void TestCases::historyKeepsEveryStep()
{
    const qint64 id = newCase();
    CaseRepository cases(*m_db);
    CaseMove examined = step(CaseStatus::Klarifikasi, QDate(2024, 1, 12));
    examined.body = u"Bawaslu Kabupaten Sukamaju"_s;
    examined.note = u"Klarifikasi terhadap terlapor"_s;
    QVERIFY(cases.move(id, examined));
    CaseMove recommended = step(CaseStatus::Rekomendasi, QDate(2024, 1, 22), u"moral_terbuka"_s);
    recommended.body = u"BKN"_s;
    recommended.letterNo = u"1234/R/BKN/I/2024"_s;
    recommended.letterDate = QDate(2024, 1, 19);
    QVERIFY(cases.move(id, recommended));
    const auto found = cases.find(id);
    QVERIFY(found);
    QCOMPARE(found->steps.size(), 3);
    QCOMPARE(found->steps.at(0).status, CaseStatus::Dilaporkan);
    QCOMPARE(found->steps.at(0).date, QDate(2024, 1, 10));
    QCOMPARE(found->steps.at(1).body, u"Bawaslu Kabupaten Sukamaju"_s);
    QCOMPARE(found->steps.at(1).note, u"Klarifikasi terhadap terlapor"_s);
    QCOMPARE(found->steps.at(1).recordedBy, u"test"_s);
    QCOMPARE(found->steps.at(2).letterNo, u"1234/R/BKN/I/2024"_s);
    QCOMPARE(found->steps.at(2).letterDate, QDate(2024, 1, 19));
    QCOMPARE(found->steps.at(2).sanctionCode, u"moral_terbuka"_s);
    QCOMPARE(found->status, CaseStatus::Rekomendasi);
    QCOMPARE(found->statusDate, QDate(2024, 1, 22));
}

void TestCases::overdueTurnsTheDayAfterTheLastDay_data()
{
    QTest::addColumn<QString>("dayKind");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<QDate>("lastDay");
    // Received Friday 6 November 2026; counting starts on Monday the 9th.
    QTest::newRow("14 working days") << u"kerja"_s << QString() << QDate(2026, 11, 26);
    QTest::newRow("a holiday in between") << u"kerja"_s << u"2026-11-25"_s << QDate(2026, 11, 27);
    QTest::newRow("a holiday on a Saturday changes nothing") << u"kerja"_s << u"2026-11-14"_s << QDate(2026, 11, 26);
    QTest::newRow("14 calendar days") << u"kalender"_s << QString() << QDate(2026, 11, 20);
}

void TestCases::overdueTurnsTheDayAfterTheLastDay()
{
    QFETCH(QString, dayKind);
    QFETCH(QString, holidays);
    QFETCH(QDate, lastDay);
    SettingsRepository settings(*m_db);
    QVERIFY(settings.set(u"case.day_kind"_s, dayKind));
    QVERIFY(settings.set(u"case.holidays"_s, holidays));
    m_clock.set(QDateTime(QDate(2026, 11, 6), QTime(9, 0), Qt::UTC));
    const qint64 id = newCase(kPns, u"media_sosial"_s, QDate(2026, 10, 1));
    CaseRepository cases(*m_db);
    QVERIFY(cases.move(id, step(CaseStatus::Klarifikasi, QDate(2026, 10, 5))));
    QVERIFY(cases.move(id, step(CaseStatus::Rekomendasi, QDate(2026, 11, 6))));
    m_clock.set(QDateTime(lastDay, QTime(16, 0), Qt::UTC));
    auto found = cases.find(id);
    QVERIFY(found);
    QCOMPARE(found->followUpDue, lastDay);
    QVERIFY(!found->overdue);
    CaseFilter overdue;
    overdue.overdueOnly = true;
    QVERIFY(cases.list(overdue)->isEmpty());
    m_clock.set(QDateTime(lastDay.addDays(1), QTime(8, 0), Qt::UTC));
    found = cases.find(id);
    QVERIFY(found->overdue);
    QCOMPARE(cases.list(overdue)->size(), 1);
    // Acted upon: no longer overdue.
    QVERIFY(cases.move(id, step(CaseStatus::Sanksi, lastDay.addDays(1), u"moral_tertutup"_s)));
    QVERIFY(!cases.find(id)->overdue);
    QVERIFY(cases.list(overdue)->isEmpty());
}

void TestCases::listsFilterAndCount()
{
    CaseRepository cases(*m_db);
    const qint64 reported = newCase(kPns, u"media_sosial"_s, QDate(2024, 1, 10));
    const qint64 late = newCase(kPns, u"fasilitas_negara"_s, QDate(2024, 4, 2)); // in 7.01.01 by then
    const qint64 pppk = newCase(kPppk, u"media_sosial"_s, QDate(2024, 2, 1));
    QVERIFY(cases.move(pppk, step(CaseStatus::Klarifikasi, QDate(2024, 2, 3))));
    QVERIFY(cases.move(pppk, step(CaseStatus::Rekomendasi, QDate(2024, 2, 5))));
    QVERIFY(cases.move(late, step(CaseStatus::Dihentikan, QDate(2024, 4, 5))));
    const auto all = cases.list({});
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, pppk); // overdue since February 2024: first
    QVERIFY(all->at(0).overdue);
    QCOMPARE(all->at(1).id, late); // then the latest act
    QCOMPARE(all->at(2).id, reported);
    CaseFilter byUnit;
    byUnit.unitId = WorkUnitRepository(*m_db).findByCode(u"7.01.01"_s, QDate(2024, 4, 2))->id;
    QCOMPARE(cases.list(byUnit)->size(), 2);
    CaseFilter byStatus;
    byStatus.status = CaseStatus::Dilaporkan;
    QCOMPARE(cases.list(byStatus)->size(), 1);
    CaseFilter byKind;
    byKind.kindCode = u"media_sosial"_s;
    QCOMPARE(cases.list(byKind)->size(), 2);
    CaseFilter byStaff;
    byStaff.staffId = staffId(kPns);
    QCOMPARE(cases.list(byStaff)->size(), 2);
    const auto units = cases.countsByUnit(m_period.id);
    QVERIFY(units);
    QCOMPARE(units->size(), 2);
    QCOMPARE(units->at(0).code, u"1.01.01"_s);
    QCOMPARE(units->at(0).total, 1);
    QCOMPARE(units->at(0).open, 1);
    QCOMPARE(units->at(1).code, u"7.01.01"_s);
    QCOMPARE(units->at(1).total, 2);
    QCOMPARE(units->at(1).open, 1);
    QCOMPARE(units->at(1).proven, 1);
    const auto kinds = cases.countsByKind(m_period.id);
    QVERIFY(kinds);
    QCOMPARE(kinds->size(), 2);
    QCOMPARE(kinds->at(1).code, u"media_sosial"_s);
    QCOMPARE(kinds->at(1).total, 2);
}

void TestCases::followUpSettingsAreChecked()
{
    SettingsRepository settings(*m_db);
    QCOMPARE(failure(settings.set(u"case.followup_days"_s, u"0"_s)), std::optional(ErrorKind::Invalid));
    QCOMPARE(failure(settings.set(u"case.followup_days"_s, u"empat belas"_s)), std::optional(ErrorKind::Invalid));
    QCOMPARE(failure(settings.set(u"case.day_kind"_s, u"bursa"_s)), std::optional(ErrorKind::Invalid));
    QCOMPARE(failure(settings.set(u"case.holidays"_s, u"2024-12-25, 25/12/2024"_s)), std::optional(ErrorKind::Invalid));
    QCOMPARE(*settings.set(u"case.holidays"_s, u"2024-12-25 2024-12-24,2024-12-25"_s), u"2024-12-24\n2024-12-25"_s);
    QCOMPARE(*settings.set(u"case.followup_days"_s, u" 10 "_s), u"10"_s);
    QVERIFY(settings.set(u"case.day_kind"_s, u"KALENDER"_s));
    const FollowUpRule rule = settings.followUpRule();
    QCOMPARE(rule.days, 10);
    QCOMPARE(rule.dayKind, FollowUpRule::DayKind::Calendar);
    QCOMPARE(rule.holidays.size(), 2);
    QCOMPARE(rule.lastDay(QDate(2024, 12, 20)), QDate(2024, 12, 30));
}

QTEST_GUILESS_MAIN(TestCases)
#include "TestCases.moc"
