// SPDX-License-Identifier: GPL-3.0-or-later
// The Sosialisasi page driven like a clerk would, offscreen: the registration desk taking
// NIPs as typed or scanned (recorded, already recorded, walk-in, not invited, undo, invalid),
// a name picked from the completion, the session dialog refusing a date outside the period,
// and the roster after the session (a status for a selection, closing the session).
#include "UiTestSupport.h"

#include "ui/AttendanceDialog.h"
#include "ui/AttendanceTableModel.h"
#include "ui/CheckInDialog.h"
#include "ui/SessionDialog.h"
#include "ui/SessionPage.h"
#include "ui/SessionTableModel.h"

#include "core/Clock.h"
#include "core/Nip.h"
#include "core/Translations.h"
#include "store/AttendanceRepository.h"
#include "store/Database.h"
#include "store/DeskCheckIn.h"
#include "ui/AttendanceImportDialog.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QPushButton>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString ahmadNip = u"198703152010121002"_s;
const QString sitiNip = u"199001012015032001"_s;
const QString rinaNip = u"198805122015052001"_s;
const QString yusufNip = u"198112052006041001"_s;
const QString budiNip = u"198502102010011003"_s; // the other unit, not invited
const QString strangerNip = u"197906122005011004"_s; // valid, not on the roster

} // namespace

class TestSessionPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deskRecordsAndExplains();
    void deskPicksANameFromTheCompletion();
    void sessionDialogRefusesADateOutsideThePeriod();
    void attendanceSetsStatusAndCloses();
    void pageListsTheSessions();
    void importConfirmsACandidate();

private:
    qint64 staffId(const QString& nip) const;
    std::optional<Attendance> record(const QString& nip) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
    Session m_session;
};

void TestSessionPage::initTestCase()
{
    QVERIFY(prepareUiTests());
}

void TestSessionPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = createTestDatabase(*m_dir);
    NETRA_VERIFY_RESULT(created);
    m_db = std::move(created->db);
    m_period = created->period;

    NETRA_VERIFY_RESULT(addTestStaff(*m_db, {
        {u"Drs. Ahmad Fauzi, M.Si."_s, ahmadNip, u"D01"_s, u"Kepala Bidang"_s},
        {u"Siti Aminah"_s, sitiNip, u"D01"_s, u"Analis"_s},
        {u"Rina Marlina"_s, rinaNip, u"D01"_s, u"Guru"_s},
        {u"Yusuf Hamdani"_s, yusufNip, u"D01"_s, u"Pengadministrasi"_s},
        {u"Budi Santoso"_s, budiNip, u"D02"_s, u"Perawat"_s},
    }));
    // Yusuf left the service before the session: not invited, and refused at the desk.
    NETRA_VERIFY_RESULT(retireTestStaff(*m_db, yusufNip, u"D01"_s, QDate(2026, 6, 1)));

    Session draft;
    draft.periodId = m_period.id;
    draft.title = u"Sosialisasi Netralitas ASN"_s;
    draft.date = QDate(2026, 11, 23);
    draft.start = QTime(8, 0);
    draft.venue = u"Aula Kantor Bupati"_s;
    draft.targetUnitCodes = {u"D01"_s};
    const auto session = SessionRepository(*m_db).add(draft);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_session = *session;
}

void TestSessionPage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestSessionPage::staffId(const QString& nip) const
{
    return testStaffId(*m_db, nip);
}

std::optional<Attendance> TestSessionPage::record(const QString& nip) const
{
    const auto found = AttendanceRepository(*m_db).find(m_session.id, staffId(nip));
    return found ? *found : std::nullopt;
}

void TestSessionPage::deskRecordsAndExplains()
{
    auto desk = DeskCheckIn::open(*m_db, m_session.id);
    QVERIFY(desk);
    CheckInDialog dialog(*m_db, std::move(*desk));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* input = dialog.findChild<QLineEdit*>(u"checkInInput"_s);
    auto* answer = dialog.findChild<QLabel*>(u"checkInAnswer"_s);
    auto* total = dialog.findChild<QLabel*>(u"checkInTotal"_s);
    auto* notInvited = dialog.findChild<QLabel*>(u"checkInNotInvited"_s);
    auto* walkIn = dialog.findChild<QFrame*>(u"checkInWalkIn"_s);
    auto* undo = dialog.findChild<QPushButton*>(u"checkInUndo"_s);
    QVERIFY(input && answer && total && notInvited && walkIn && undo);
    QCOMPARE(total->text(), u"0 / 3"_s); // Yusuf is inactive, Budi's unit not invited
    QVERIFY(!undo->isEnabled());
    const auto tone = [answer] { return answer->property("tone").toInt(); };

    // A NIP typed as printed, with spaces.
    QTest::keyClicks(input, u"19870315 201012 1 002"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(answer->text().contains(u"Ahmad Fauzi"_s), qPrintable(answer->text()));
    QVERIFY(answer->text().contains(u"Kepala Bidang"_s));
    QVERIFY(answer->text().contains(u"Dinas Pendidikan"_s));
    QVERIFY(answer->text().contains(u"16.30 WIB"_s)); // the region's clock, not the machine's
    QCOMPARE(tone(), 0); // success
    QCOMPARE(total->text(), u"1 / 3"_s);
    QVERIFY(input->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), input);
    QVERIFY(record(ahmadNip) && record(ahmadNip)->status == AttendanceStatus::Hadir);

    // The same person again.
    QTest::keyClicks(input, ahmadNip);
    QTest::keyClick(input, Qt::Key_Enter);
    QVERIFY2(answer->text().contains(u"Already recorded at 16.30"_s), qPrintable(answer->text()));
    QCOMPARE(total->text(), u"1 / 3"_s);

    // Dots as a scanner or a spreadsheet may send them, then Ctrl+Z takes it back.
    QTest::keyClicks(input, u"19900101.201503.2.001"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(answer->text().contains(u"Siti Aminah"_s));
    QCOMPARE(total->text(), u"2 / 3"_s);
    QVERIFY(undo->isEnabled());
    QTest::keyClick(input, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(answer->text().contains(u"Taken back"_s), qPrintable(answer->text()));
    QCOMPARE(total->text(), u"1 / 3"_s);
    QVERIFY(!record(sitiNip));
    QCOMPARE(dialog.focusWidget(), input);

    // A valid NIP that is not on the roster: the walk-in is offered and recorded, flagged.
    QTest::keyClicks(input, strangerNip);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(answer->text().contains(u"not on the roster"_s), qPrintable(answer->text()));
    QVERIFY(!walkIn->isHidden());
    QVERIFY(input->text().isEmpty());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"walkInName"_s), u"Hendra Gunawan"_s);
    dialog.findChild<QPushButton*>(u"walkInRecord"_s)->click();
    QVERIFY2(answer->text().contains(u"Hendra Gunawan"_s), qPrintable(answer->text()));
    QCOMPARE(tone(), 1); // flagged
    QVERIFY(walkIn->isHidden());
    QCOMPARE(total->text(), u"1 / 3"_s);
    QVERIFY(!notInvited->isHidden());
    QVERIFY(notInvited->text().contains(u"1"_s));
    QCOMPARE(dialog.focusWidget(), input);

    // Someone from the unit not invited: recorded anyway, flagged in amber.
    QTest::keyClicks(input, u"19850210 201001 1 003"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(answer->text().contains(u"Budi Santoso"_s), qPrintable(answer->text()));
    QVERIFY(answer->text().contains(u"Not invited"_s));
    QCOMPARE(tone(), 1);
    QCOMPARE(total->text(), u"1 / 3"_s);
    QVERIFY(notInvited->text().contains(u"2"_s));
    QVERIFY(record(budiNip) && record(budiNip)->outsideTarget);

    // Inactive on the session's date: refused, nothing written.
    QTest::keyClicks(input, yusufNip);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(answer->text().contains(u"not active"_s), qPrintable(answer->text()));
    QCOMPARE(tone(), 3); // problem
    QVERIFY(!record(yusufNip));

    // Not a NIP at all (29 February 1997 never was): the reason, and nothing recorded.
    const auto before = AttendanceRepository(*m_db).records(m_session);
    QVERIFY(before);
    QTest::keyClicks(input, u"199702292022032004"_s);
    QTest::keyClick(input, Qt::Key_Return);
    const QString reason = Nip::parse(u"199702292022032004"_s, m_session.date).error().message;
    QVERIFY2(answer->text().contains(u"Not a valid NIP"_s), qPrintable(answer->text()));
    QVERIFY2(answer->text().contains(reason.toHtmlEscaped()), qPrintable(answer->text()));
    QCOMPARE(tone(), 3);
    QVERIFY(input->text().isEmpty());
    const auto after = AttendanceRepository(*m_db).records(m_session);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    QCOMPARE(after->size(), 3); // Ahmad, the walk-in, Budi
    QCOMPARE(total->text(), u"1 / 3"_s);
    QVERIFY(dialog.changedData());
}

void TestSessionPage::deskPicksANameFromTheCompletion()
{
    auto desk = DeskCheckIn::open(*m_db, m_session.id);
    QVERIFY(desk);
    CheckInDialog dialog(*m_db, std::move(*desk));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* input = dialog.findChild<QLineEdit*>(u"checkInInput"_s);
    auto* answer = dialog.findChild<QLabel*>(u"checkInAnswer"_s);
    QCompleter* completer = dialog.completer();

    QTest::keyClicks(input, u"Ri"_s); // two letters: no search yet
    QCOMPARE(completer->model()->rowCount(), 0);
    QTest::keyClicks(input, u"na"_s);
    QTRY_COMPARE(completer->model()->rowCount(), 1);
    const QString shown = completer->model()->index(0, 0).data().toString();
    QVERIFY2(shown.contains(u"Rina Marlina"_s) && shown.contains(u"19880512 201505 2 001"_s)
                 && shown.contains(u"Dinas Pendidikan"_s),
             qPrintable(shown));
    QVERIFY(completer->popup()->isVisible());
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY2(answer->text().contains(u"Rina Marlina"_s), qPrintable(answer->text()));
    QCOMPARE(dialog.findChild<QLabel*>(u"checkInTotal"_s)->text(), u"1 / 3"_s);
    QVERIFY(input->text().isEmpty());
    QVERIFY(record(rinaNip));

    // Inactive staff are not offered.
    QTest::keyClicks(input, u"Yusuf"_s);
    QCOMPARE(completer->model()->rowCount(), 0);
    // A name with Enter and no choice explains how to choose.
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(answer->text().contains(u"Not a NIP"_s), qPrintable(answer->text()));
}

void TestSessionPage::sessionDialogRefusesADateOutsideThePeriod()
{
    const auto units = WorkUnitRepository(*m_db).list(testClock().today());
    QVERIFY(units);
    SessionDialog dialog(*m_db, {m_period}, *units, std::nullopt, m_period.id);
    dialog.show();
    auto* save = dialog.findChild<QPushButton*>(u"sessionSave"_s);
    auto* error = dialog.findChild<QLabel*>(u"sessionError"_s);
    auto* date = dialog.findChild<QDateEdit*>(u"sessionDate"_s);
    QVERIFY(save && error && date);
    QVERIFY(!save->isEnabled()); // no title yet
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"sessionTitle"_s), u"Apel Ikrar Netralitas"_s);
    QVERIFY2(save->isEnabled(), qPrintable(error->text()));

    date->setDate(QDate(2027, 2, 1));
    QVERIFY(!save->isEnabled());
    QVERIFY(!error->isHidden());
    Session outside;
    outside.periodId = m_period.id;
    outside.title = u"Apel Ikrar Netralitas"_s;
    outside.date = QDate(2027, 2, 1);
    outside.start = QTime(8, 0);
    const Status refused = SessionRepository(*m_db).validate(outside);
    QVERIFY(!refused);
    QCOMPARE(error->text(), refused.error().message);

    date->setDate(QDate(2026, 12, 1));
    QVERIFY(save->isEnabled());
    // Choosing units and ticking none is refused too.
    dialog.findChild<QRadioButton*>(u"sessionSomeUnits"_s)->setChecked(true);
    QVERIFY(!save->isEnabled());
    dialog.findChild<QRadioButton*>(u"sessionAllUnits"_s)->setChecked(true);
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = SessionRepository(*m_db).findById(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->title, u"Apel Ikrar Netralitas"_s);
    QCOMPARE(saved->date, QDate(2026, 12, 1));
    QVERIFY(saved->targetsAllUnits());
}

void TestSessionPage::attendanceSetsStatusAndCloses()
{
    {
        auto desk = DeskCheckIn::open(*m_db, m_session.id);
        QVERIFY(desk);
        QVERIFY((*desk)->checkIn(ahmadNip));
        QVERIFY((*desk)->checkIn(budiNip));
    }
    AttendanceDialog dialog(*m_db, m_session);
    dialog.show();
    auto* table = dialog.findChild<QTableView*>(u"attendanceTable"_s);
    AttendanceTableModel* model = dialog.model();
    QCOMPARE(model->rowCount(), 4); // three invited, Budi recorded although not invited
    QCOMPARE(model->index(3, AttendanceTableModel::NameColumn).data().toString(), u"Budi Santoso"_s);
    QCOMPARE(model->index(3, AttendanceTableModel::FlagColumn).data().toString(), u"not invited"_s);
    QCOMPARE(model->index(0, AttendanceTableModel::TimeColumn).data().toString(), u"16.30"_s);

    // Only the people without a record.
    auto* status = dialog.findChild<QComboBox*>(u"attendanceStatusFilter"_s);
    status->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, AttendanceTableModel::NameColumn).data().toString(), u"Rina Marlina"_s);

    // Siti sent word she was sick.
    table->selectRow(1);
    QCOMPARE(model->index(1, AttendanceTableModel::NameColumn).data().toString(), u"Siti Aminah"_s);
    auto* sick = dialog.findChild<QAction*>(u"attendanceSet_sakit"_s);
    QVERIFY(sick);
    sick->trigger();
    QCOMPARE(record(sitiNip)->status, AttendanceStatus::Sakit);
    QCOMPARE(record(sitiNip)->method, CaptureMethod::Bulk);
    QCOMPARE(model->rowCount(), 1); // the filter still shows only those without a record
    QVERIFY(dialog.changedData());

    // Closing marks Rina alpa, after the confirmation.
    QString report;
    whenModalOpens([&report](QWidget* modal) {
        whenModalOpens([&report](QWidget* info) {
            report = qobject_cast<QMessageBox*>(info)->text();
            qobject_cast<QMessageBox*>(info)->accept();
        });
        qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Yes)->click();
    });
    dialog.findChild<QPushButton*>(u"attendanceCloseSession"_s)->click();
    QVERIFY2(report.contains(u"1 invited person"_s), qPrintable(report));
    QCOMPARE(record(rinaNip)->status, AttendanceStatus::Alpa);
    QVERIFY(dialog.session().closed());
    QVERIFY(!dialog.findChild<QPushButton*>(u"attendanceCloseSession"_s)->isEnabled());
    QCOMPARE(model->rowCount(), 0);
}

void TestSessionPage::pageListsTheSessions()
{
    SessionPage page;
    page.setDatabase(m_db.get());
    page.show();
    auto* table = page.findChild<QTableView*>(u"sessionTable"_s);
    QCOMPARE(page.periodId(), m_period.id);
    QCOMPARE(table->model()->rowCount(), 1);
    const auto cell = [table](int column) { return table->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(SessionTableModel::DateColumn), u"Senin, 23 November 2026"_s);
    QCOMPARE(cell(SessionTableModel::TimeColumn), u"08.00 WIB until finished"_s);
    QCOMPARE(cell(SessionTableModel::UnitsColumn), u"1"_s);
    QCOMPARE(cell(SessionTableModel::ClosedColumn), u"Open"_s);
    QVERIFY(!page.findChild<QPushButton*>(u"sessionCheckIn"_s)->isEnabled());
    table->selectRow(0);
    QVERIFY(page.findChild<QPushButton*>(u"sessionCheckIn"_s)->isEnabled());
    QCOMPARE(page.selectedSession()->id, m_session.id);
    page.setDatabase(nullptr);
}

void TestSessionPage::importConfirmsACandidate()
{
    const QString path = m_dir->filePath(u"responses.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Timestamp,Nama Lengkap,NIP\n"
               "23/11/2026 8:05:00,Siti Aminah,1990 0101 2015 0320 01\n"
               "23/11/2026 8:10:00,rina marlina,\n"
               "23/11/2026 8:20:00,Budi,\n"
               "23/11/2026 8:25:00,Siti Aminah,199001012015032001\n");
    file.close();
    AttendanceImportDialog dialog(*m_db, m_session);
    QVERIFY(dialog.load(path));
    auto* summary = dialog.findChild<QLabel*>(u"importSummary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"2"_s), qPrintable(summary->text()));
    QVERIFY(!record(sitiNip)); // nothing written before the clerk says so
    auto* choice = dialog.findChild<QComboBox*>(u"importChoice0"_s);
    QVERIFY(choice);
    QCOMPARE(choice->count(), 2); // leave out, or Budi Santoso
    QVERIFY(choice->itemText(1).contains(u"Budi Santoso"_s));
    choice->setCurrentIndex(1);
    dialog.findChild<QPushButton*>(u"importRecord"_s)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.recordedPeople(), 3);
    const auto siti = record(sitiNip);
    QVERIFY(siti);
    QCOMPARE(siti->capturedAt, QDateTime(QDate(2026, 11, 23), QTime(1, 5), Qt::UTC)); // 08.05 WIB, the earlier row
    QCOMPARE(siti->method, CaptureMethod::Import);
    QVERIFY(record(rinaNip));
    const auto budi = record(budiNip);
    QVERIFY(budi);
    QVERIFY(budi->outsideTarget);
}

QTEST_MAIN(TestSessionPage)
#include "TestSessionPage.moc"
