// SPDX-License-Identifier: GPL-3.0-or-later
// The Dasbor and Laporan pages offscreen: the figures of two units loaded in the background
// into the tiles, the charts, the weakest units and the weekly lines; a unit's people who have
// not signed or not attended; the Sekda's summary previewed, or the store's error shown.
#include "UiTestSupport.h"

#include "ui/DashboardPage.h"
#include "ui/ReportsPage.h"
#include "ui/StaffInUnitTableModel.h"
#include "ui/UnitGapsDialog.h"
#include "ui/UnitShareChart.h"
#include "ui/WeakUnitTableModel.h"

#include "core/Clock.h"
#include "core/Translations.h"
#include "store/AttendanceRepository.h"
#include "store/CaseRepository.h"
#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString ahmadNip = u"198703152010121002"_s; // head of D01
const QString sitiNip = u"199001012015032001"_s;  // D01
const QString rinaNip = u"198805122015052001"_s;  // D01, has not signed
const QString budiNip = u"198502102010011003"_s;  // head of D02
const QString dewiNip = u"199203042019032002"_s;  // D02, a case overdue

QString tileText(const QWidget& page, const QString& name)
{
    const auto* tile = page.findChild<QLabel*>(name);
    return tile ? tile->text() : u"(no %1)"_s.arg(name);
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, StaffInUnitTableModel::NameColumn).data().toString();
    return out;
}

} // namespace

class TestDashboardPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheFiguresOfThePeriod();
    void unitDialogListsUnsignedAndAbsent();
    void reportPreviewsOrSaysWhyNot();

private:
    qint64 staffId(const QString& nip) const;
    // A dashboard on the test database, its first figures arrived.
    std::unique_ptr<DashboardPage> loadedDashboard();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
    qint64 m_unitD01 = 0;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(prepareUiTests());
}

void TestDashboardPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = createTestDatabase(*m_dir);
    NETRA_VERIFY_RESULT(created);
    m_db = std::move(created->db);
    m_period = created->period;
    m_unitD01 = created->unitD01;

    const QString analis = u"Analis"_s;
    NETRA_VERIFY_RESULT(addTestStaff(*m_db, {
        {u"Ahmad Fauzi"_s, ahmadNip, u"D01"_s, analis}, {u"Siti Aminah"_s, sitiNip, u"D01"_s, analis},
        {u"Rina Marlina"_s, rinaNip, u"D01"_s, analis}, {u"Budi Santoso"_s, budiNip, u"D02"_s, analis},
        {u"Dewi Lestari"_s, dewiNip, u"D02"_s, analis},
    }));
    WorkUnitRepository units(*m_db);
    QVERIFY(units.setHead(u"D01"_s, staffId(ahmadNip), QDate(2021, 1, 4)));
    QVERIFY(units.setHead(u"D02"_s, staffId(budiNip), QDate(2021, 1, 4)));

    // Ikrar: all but Rina; pakta: both heads.
    PledgeRepository pledges(*m_db);
    PledgeDraft ikrar;
    ikrar.signedOn = QDate(2026, 10, 20);
    ikrar.place = u"Sukamaju"_s;
    ikrar.recordedBy = u"test"_s;
    QVERIFY(pledges.record(m_period, ikrar, {staffId(ahmadNip), staffId(sitiNip), staffId(budiNip), staffId(dewiNip)}));
    PledgeDraft pakta = ikrar;
    pakta.kind = PledgeKind::Pakta;
    QVERIFY(pledges.record(m_period, pakta, {staffId(ahmadNip), staffId(budiNip)}));

    // One briefing: Ahmad, Budi and Dewi present, Siti excused, Rina absent.
    Session draft;
    draft.periodId = m_period.id;
    draft.title = u"Sosialisasi Netralitas"_s;
    draft.date = QDate(2026, 11, 2);
    const auto session = SessionRepository(*m_db).add(draft);
    QVERIFY(session);
    AttendanceRepository attendance(*m_db);
    const QDateTime at(session->date, QTime(2, 0), Qt::UTC);
    QVERIFY(attendance.setStatus(*session, {staffId(ahmadNip), staffId(budiNip), staffId(dewiNip)},
                                 AttendanceStatus::Hadir, CaptureMethod::Bulk, at));
    QVERIFY(attendance.setStatus(*session, {staffId(sitiNip)}, AttendanceStatus::Izin, CaptureMethod::Bulk, at));

    // Dewi's case, recommended in October and not acted on: open, proven, overdue today.
    CaseRepository cases(*m_db);
    CaseReport report;
    report.staffId = staffId(dewiNip);
    report.periodId = m_period.id;
    report.kindCode = u"media_sosial"_s;
    report.actDate = QDate(2026, 10, 5);
    report.sourceCode = u"temuan_bawaslu"_s;
    report.description = u"Unggahan dukungan di Facebook"_s;
    report.recordedBy = u"test"_s;
    const auto caseId = cases.report(report);
    QVERIFY2(caseId, caseId ? "" : qPrintable(caseId.error().message));
    for (const auto& [to, day] : {std::pair{CaseStatus::Klarifikasi, QDate(2026, 10, 6)},
                                  std::pair{CaseStatus::Rekomendasi, QDate(2026, 10, 9)}}) {
        CaseMove move;
        move.to = to;
        move.date = day;
        move.recordedBy = u"test"_s;
        const auto moved = cases.move(*caseId, move);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    }
}

void TestDashboardPage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestDashboardPage::staffId(const QString& nip) const
{
    return testStaffId(*m_db, nip);
}

std::unique_ptr<DashboardPage> TestDashboardPage::loadedDashboard()
{
    auto page = std::make_unique<DashboardPage>();
    page->setDatabase(m_db.get());
    return page;
}

void TestDashboardPage::showsTheFiguresOfThePeriod()
{
    DashboardPage page;
    QAbstractItemModelTester tester(page.weakestModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db.get());
    // The figures come from the loader's own thread; the page is busy meanwhile.
    QVERIFY(page.isLoading());
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(page.shown());
    QCOMPARE(page.shown()->query.period.id, m_period.id);
    QCOMPARE(page.shown()->query.asOf, m_period.votingDay);

    QCOMPARE(tileText(page, u"tileActive"_s), u"5"_s);
    QCOMPARE(tileText(page, u"tileIkrar"_s), u"80,0%"_s);
    QCOMPARE(tileText(page, u"tileAttendance"_s), u"60,0%"_s);
    QCOMPARE(tileText(page, u"tileOpenCases"_s), u"1"_s);
    QCOMPARE(tileText(page, u"tileOverdue"_s), u"1"_s);

    auto* ikrarChart = page.findChild<UnitShareChart*>(u"ikrarChart"_s);
    QVERIFY(ikrarChart);
    QCOMPARE(ikrarChart->unitIds().size(), 2);
    const auto axes = ikrarChart->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
    QVERIFY(categories);
    QCOMPARE(categories->categories(), (QStringList{u"D02"_s, u"D01"_s}));

    // D01 fails on the ikrar (2 of 3); D02 passes both shares but has a proven case.
    QCOMPARE(page.weakestModel()->rowCount(), 2);
    const QAbstractItemModel* weakest = page.weakestModel();
    QCOMPARE(weakest->index(0, WeakUnitTableModel::UnitColumn).data().toString(), u"D01 – Dinas Pendidikan"_s);
    QCOMPARE(weakest->index(0, WeakUnitTableModel::IkrarColumn).data().toString(), u"66,7%"_s);
    QCOMPARE(weakest->index(0, WeakUnitTableModel::StatusColumn).data().toString(),
             ComplianceRule::displayName(ComplianceStatus::TidakPatuh));
    QCOMPARE(weakest->index(1, WeakUnitTableModel::StatusColumn).data().toString(),
             ComplianceRule::displayName(ComplianceStatus::PerluPerhatian));

    const auto weeks = ComplianceRepository(*m_db).weeklyProgress(m_period, m_period.votingDay);
    QVERIFY(weeks && weeks->size() > 2);
    auto* progress = page.findChild<QChartView*>(u"progressChart"_s);
    QVERIFY(progress);
    const auto series = progress->chart()->series();
    QCOMPARE(series.size(), 2);
    const auto* signing = qobject_cast<QLineSeries*>(series.at(0));
    QVERIFY(signing);
    QCOMPARE(signing->count(), int(weeks->size()));
    QCOMPARE(signing->at(0).y(), 0.0);                 // nobody had signed in the first week
    QCOMPARE(signing->at(signing->count() - 1).y(), 80.0); // 4 of 5 by voting day

    // Another date: a new answer, the older one dropped.
    auto* asOf = page.findChild<QDateEdit*>(u"dashboardAsOf"_s);
    QVERIFY(asOf);
    asOf->setDate(QDate(2026, 10, 10));
    QVERIFY(page.isLoading());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.shown()->query.asOf, QDate(2026, 10, 10));
    QCOMPARE(tileText(page, u"tileIkrar"_s), u"0,0%"_s);
    QCOMPARE(tileText(page, u"tileAttendance"_s), u"0,0%"_s);
}

void TestDashboardPage::unitDialogListsUnsignedAndAbsent()
{
    const auto page = loadedDashboard();
    QTRY_VERIFY(!page->isLoading());
    QVERIFY(page->shown());

    auto* table = page->findChild<QTableView*>(u"weakestTable"_s);
    QVERIFY(table);
    QStringList unsignedNames;
    QStringList absentNames;
    QString unsignedCount;
    bool opened = false;
    whenModalOpens([&](QWidget* modal) {
        auto* dialog = qobject_cast<UnitGapsDialog*>(modal);
        if (dialog) {
            opened = true;
            QAbstractItemModelTester unsignedTester(dialog->unsignedModel(),
                                                    QAbstractItemModelTester::FailureReportingMode::Warning);
            unsignedNames = names(dialog->unsignedModel());
            absentNames = names(dialog->absentModel());
            if (auto* count = dialog->findChild<QLabel*>(u"unsignedCount"_s))
                unsignedCount = count->text();
        }
        modal->close();
    });
    // A click on the weakest unit, then a double-click, as the clerk would.
    page->resize(1000, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    const QRect cell = table->visualRect(table->model()->index(0, WeakUnitTableModel::UnitColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(opened);
    QCOMPARE(unsignedNames, QStringList{u"Rina Marlina"_s});
    QVERIFY2(unsignedCount.contains(u"1 person"_s), qPrintable(unsignedCount));
    QCOMPARE(absentNames, (QStringList{u"Rina Marlina"_s, u"Siti Aminah"_s}));
}

void TestDashboardPage::reportPreviewsOrSaysWhyNot()
{
    ReportsPage page;
    page.setDatabase(m_db.get());
    auto* period = page.findChild<QComboBox*>(u"reportPeriod"_s);
    auto* preview = page.findChild<QPushButton*>(u"reportPreview"_s);
    auto* error = page.findChild<QLabel*>(u"reportError"_s);
    QVERIFY(period && preview && error);
    QCOMPARE(period->currentData().toLongLong(), m_period.id);
    QVERIFY(preview->isEnabled());

    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = true;
            modal->close();
        }
    });
    preview->click();
    QVERIFY(opened);
    QVERIFY(error->isHidden());

    // A damaged file: the store's message on the page, nothing opened.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"ALTER TABLE pledge RENAME TO pledge_gone"_s));
    opened = false;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = true;
            modal->close();
        }
    });
    preview->click();
    QVERIFY(!opened);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"pledge"_s), qPrintable(error->text()));
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
