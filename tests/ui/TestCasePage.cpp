// SPDX-License-Identifier: GPL-3.0-or-later
// The Pelanggaran page driven like a clerk would, offscreen: a case reported through the
// dialog (refused without a person), moved along its workflow step by step with the history
// growing under the list, a sanction out of line refused without a reason and accepted with
// one, overdue recommendations first and marked, the filters, the Rekap, evidence, and the
// person's cases on the Pegawai page's detail panel.
#include "UiTestSupport.h"

#include "ui/CaseDialog.h"
#include "ui/CasePage.h"
#include "ui/CaseStepDialog.h"
#include "ui/CaseTableModel.h"
#include "ui/StaffDetailPanel.h"
#include "ui/StaffPicker.h"

#include "core/Clock.h"
#include "core/Translations.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString budiNip = u"198703152010121002"_s; // PNS, Dinas Pendidikan
const QString sitiNip = u"199205172023212011"_s; // PPPK, Dinas Kesehatan

// The steps DOMAIN.md §7 allows, written out here apart from the reference data.
QList<CaseStatus> allowedAfter(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Dilaporkan: return {CaseStatus::Klarifikasi, CaseStatus::Dihentikan};
    case CaseStatus::Klarifikasi: return {CaseStatus::Rekomendasi, CaseStatus::TidakTerbukti, CaseStatus::Dihentikan};
    case CaseStatus::Rekomendasi: return {CaseStatus::Sanksi, CaseStatus::Dihentikan};
    case CaseStatus::Sanksi:
    case CaseStatus::TidakTerbukti:
    case CaseStatus::Dihentikan: return {};
    }
    return {};
}

QByteArray pdfBytes()
{
    return QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n") + QByteArray(2000, 'x') + "\n%%EOF\n";
}

} // namespace

class TestCasePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newCaseIsRefusedWithoutAPersonThenListed();
    void caseDialogShowsTheStoresRefusal();
    void stepDialogOffersTheAllowedSteps();
    void caseMovesThroughTheWorkflow();
    void sanctionOutOfLineNeedsAReason();
    void overdueCasesComeFirstAndStandOut();
    void countsPerUnitAndKind();
    void evidenceIsAttached();
    void staffDetailListsThePersonsCases();

private:
    qint64 staffId(const QString& nip) const;
    qint64 report(const QString& nip, const QString& kind, QDate act);
    bool move(qint64 caseId, CaseStatus to, QDate date, const QString& sanction = {});
    qint64 caseAt(CaseStatus status); // Budi's media_sosial case, walked there
    CaseStatus statusOf(qint64 caseId) const;
    QString detailText(const CasePage& page) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
};

void TestCasePage::initTestCase()
{
    QVERIFY(prepareUiTests());
}

void TestCasePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = createTestDatabase(*m_dir, QDate(2026, 6, 1), QDate(2027, 1, 31));
    NETRA_VERIFY_RESULT(created);
    m_db = std::move(created->db);
    m_period = created->period;

    StaffRepository staff(*m_db);
    Staff pns;
    pns.nip = budiNip;
    pns.name = u"Budi Santoso"_s;
    pns.position = u"Analis"_s;
    const auto budi = staff.add(pns, u"D01"_s, QDate(2020, 1, 2));
    QVERIFY2(budi, budi ? "" : qPrintable(budi.error().message));
    Staff pppk;
    pppk.nip = sitiNip;
    pppk.name = u"Siti Rahmawati"_s;
    pppk.kind = StaffKind::Pppk;
    pppk.position = u"Perawat"_s;
    const auto siti = staff.add(pppk, u"D02"_s, QDate(2023, 2, 1));
    QVERIFY2(siti, siti ? "" : qPrintable(siti.error().message));
}

void TestCasePage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestCasePage::staffId(const QString& nip) const
{
    return testStaffId(*m_db, nip);
}

qint64 TestCasePage::report(const QString& nip, const QString& kind, QDate act)
{
    CaseReport r;
    r.staffId = staffId(nip);
    r.periodId = m_period.id;
    r.kindCode = kind;
    r.actDate = act;
    r.sourceCode = u"temuan_bawaslu"_s;
    r.description = u"Unggahan dukungan di Facebook"_s;
    r.recordedBy = u"test"_s;
    const auto id = CaseRepository(*m_db).report(r);
    return id ? *id : 0;
}

bool TestCasePage::move(qint64 caseId, CaseStatus to, QDate date, const QString& sanction)
{
    CaseMove m;
    m.to = to;
    m.date = date;
    m.sanctionCode = sanction;
    m.recordedBy = u"test"_s;
    return CaseRepository(*m_db).move(caseId, m).ok();
}

qint64 TestCasePage::caseAt(CaseStatus status)
{
    const qint64 id = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 2));
    if (!id)
        return 0;
    const QDate day(2026, 11, 5);
    switch (status) {
    case CaseStatus::Dilaporkan: return id;
    case CaseStatus::Dihentikan: return move(id, status, day) ? id : 0;
    case CaseStatus::Klarifikasi: return move(id, status, day) ? id : 0;
    case CaseStatus::TidakTerbukti:
        return move(id, CaseStatus::Klarifikasi, day) && move(id, status, day.addDays(3)) ? id : 0;
    case CaseStatus::Rekomendasi:
        return move(id, CaseStatus::Klarifikasi, day) && move(id, status, day.addDays(3)) ? id : 0;
    case CaseStatus::Sanksi:
        return move(id, CaseStatus::Klarifikasi, day) && move(id, CaseStatus::Rekomendasi, day.addDays(3))
                && move(id, status, day.addDays(6), u"moral_terbuka"_s)
            ? id
            : 0;
    }
    return 0;
}

CaseStatus TestCasePage::statusOf(qint64 caseId) const
{
    const auto found = CaseRepository(*m_db).find(caseId);
    return found ? found->status : CaseStatus::Dilaporkan;
}

QString TestCasePage::detailText(const CasePage& page) const
{
    const auto* detail = page.findChild<QTextBrowser*>(u"caseDetail"_s);
    return detail ? detail->toPlainText() : QString();
}

void TestCasePage::newCaseIsRefusedWithoutAPersonThenListed()
{
    CasePage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db.get());
    page.show();
    auto* newCase = page.findChild<QAction*>(u"newCaseAction"_s);
    auto* period = page.findChild<QComboBox*>(u"casePeriod"_s);
    QVERIFY(newCase && period);
    QCOMPARE(period->currentData().toLongLong(), m_period.id); // the period running today
    QCOMPARE(period->itemText(0), u"All periods"_s);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(newCase->isEnabled());

    struct {
        QString dialogName;
        bool savedWithoutPerson = true;
        QString missing;
        QString picked;
        bool savedWithPerson = false;
        QString suggestion;
    } seen;
    whenModalOpens([&seen](QWidget* modal) {
        seen.dialogName = modal->objectName();
        auto* dialog = qobject_cast<QDialog*>(modal);
        auto* staff = modal->findChild<QLineEdit*>(u"caseStaff"_s);
        auto* kind = modal->findChild<QComboBox*>(u"caseKindChoice"_s);
        auto* source = modal->findChild<QComboBox*>(u"caseSource"_s);
        auto* act = modal->findChild<QDateEdit*>(u"caseActDate"_s);
        auto* save = modal->findChild<QPushButton*>(u"caseSave"_s);
        auto* missing = modal->findChild<QLabel*>(u"caseMissing"_s);
        auto* picked = modal->findChild<StaffPicker*>(u"caseStaffPicker"_s);
        if (!dialog || !staff || !kind || !source || !act || !save || !missing || !picked) {
            if (dialog)
                dialog->reject();
            return;
        }
        // Everything but the person: Save stays disabled and says why.
        kind->setCurrentIndex(kind->findData(u"media_sosial"_s));
        source->setCurrentIndex(source->findData(u"laporan_masyarakat"_s));
        act->setDate(QDate(2026, 11, 10));
        modal->findChild<QLineEdit*>(u"caseExternalNo"_s)->setText(u"012/LP/PB/Kab/11/2026"_s);
        modal->findChild<QPlainTextEdit*>(u"caseDescription"_s)->setPlainText(u"Membagikan unggahan calon"_s);
        seen.savedWithoutPerson = save->isEnabled();
        seen.missing = missing->text();
        save->click();
        if (!modal->isVisible())
            return;
        // A name offers the person; the choice shows who it is.
        QTest::keyClicks(staff, u"Budi"_s);
        QCompleter* completer = picked->completer();
        if (completer->completionCount() > 0)
            seen.suggestion = completer->completionModel()->index(0, 0).data().toString();
        if (completer->popup()->isVisible()) {
            completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
            QTest::keyClick(completer->popup(), Qt::Key_Return);
        }
        seen.picked = picked->findChild<QLabel*>(u"staffPicked"_s)->text();
        seen.savedWithPerson = save->isEnabled();
        save->click();
        if (modal->isVisible())
            dialog->reject();
    });
    newCase->trigger();
    QCOMPARE(seen.dialogName, u"caseDialog"_s);
    QVERIFY(!seen.savedWithoutPerson);
    QVERIFY2(seen.missing.contains(u"Choose the person"_s), qPrintable(seen.missing));
    QVERIFY2(seen.suggestion.contains(u"Budi Santoso"_s) && seen.suggestion.contains(u"19870315 201012 1 002"_s)
                 && seen.suggestion.contains(u"Dinas Pendidikan"_s),
             qPrintable(seen.suggestion));
    QVERIFY2(seen.picked.contains(u"Budi Santoso"_s) && seen.picked.contains(u"PNS"_s), qPrintable(seen.picked));
    QVERIFY(seen.savedWithPerson);

    // Recorded as reported, and listed and chosen at once.
    const auto cases = CaseRepository(*m_db).list({});
    QVERIFY(cases);
    QCOMPARE(cases->size(), 1);
    QCOMPARE(cases->first().kindCode, u"media_sosial"_s);
    QCOMPARE(cases->first().sourceCode, u"laporan_masyarakat"_s);
    QCOMPARE(cases->first().externalNo, u"012/LP/PB/Kab/11/2026"_s);
    QCOMPARE(cases->first().actDate, QDate(2026, 11, 10));
    QVERIFY(!cases->first().recordedBy.isEmpty());
    CaseTableModel* model = page.model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CaseTableModel::NipColumn).data().toString(), u"19870315 201012 1 002"_s);
    QCOMPARE(model->index(0, CaseTableModel::NameColumn).data().toString(), u"Budi Santoso"_s);
    QCOMPARE(model->index(0, CaseTableModel::UnitColumn).data().toString(), u"Dinas Pendidikan"_s);
    QVERIFY(model->index(0, CaseTableModel::KindColumn).data().toString().startsWith(u"Keberpihakan di media sosial"_s));
    QCOMPARE(model->index(0, CaseTableModel::ActDateColumn).data().toString(), u"10 November 2026"_s);
    QCOMPARE(model->index(0, CaseTableModel::SourceColumn).data().toString(), u"Laporan masyarakat"_s);
    QCOMPARE(model->index(0, CaseTableModel::StatusColumn).data().toString(), u"Reported"_s);
    QVERIFY(model->index(0, CaseTableModel::DueColumn).data().toString().isEmpty());
    QCOMPARE(page.currentCaseId(), cases->first().id);
    QVERIFY2(detailText(page).contains(u"012/LP/PB/Kab/11/2026"_s), qPrintable(detailText(page)));
    page.setDatabase(nullptr);
}

void TestCasePage::caseDialogShowsTheStoresRefusal()
{
    const auto catalog = CaseRepository(*m_db).catalog();
    QVERIFY(catalog);
    CaseDialog dialog(*m_db, *catalog, {m_period}, m_period.id);
    dialog.show();
    auto* act = dialog.findChild<QDateEdit*>(u"caseActDate"_s);
    QCOMPARE(act->maximumDate(), QDate(2026, 11, 23)); // not after today
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"caseStaff"_s), u"19920517 202321 2 011"_s); // a whole NIP
    dialog.findChild<QComboBox*>(u"caseKindChoice"_s)->setCurrentIndex(0);
    dialog.findChild<QComboBox*>(u"caseSource"_s)->setCurrentIndex(0);
    auto* save = dialog.findChild<QPushButton*>(u"caseSave"_s);
    QVERIFY(save->isEnabled());
    // Gone from the roster after being chosen: the store refuses, the dialog says so and stays.
    QVERIFY(StaffRepository(*m_db).voidStaff(staffId(sitiNip), u"duplicate"_s));
    save->click();
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(u"caseError"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"No such staff member"_s), qPrintable(error->text()));
    QCOMPARE(CaseRepository(*m_db).list({})->size(), 0);
}

void TestCasePage::stepDialogOffersTheAllowedSteps()
{
    const auto catalog = CaseRepository(*m_db).catalog();
    QVERIFY(catalog);
    for (const CaseStatus status : CaseStatusText::all()) {
        const qint64 id = caseAt(status);
        QVERIFY2(id, qPrintable(CaseStatusText::code(status)));
        const auto found = CaseRepository(*m_db).find(id);
        QVERIFY(found);
        QCOMPARE(found->status, status);
        CaseStepDialog dialog(*m_db, *catalog, *found);
        auto* target = dialog.findChild<QComboBox*>(u"caseStepTarget"_s);
        QVERIFY(target);
        QSet<CaseStatus> offered;
        for (int i = 0; i < target->count(); ++i)
            offered.insert(CaseStatus(target->itemData(i).toInt()));
        const QList<CaseStatus> allowed = allowedAfter(status);
        QCOMPARE(target->count(), allowed.size());
        QCOMPARE(offered, QSet<CaseStatus>(allowed.cbegin(), allowed.cend()));
        QCOMPARE(target->isEnabled(), !allowed.isEmpty());
        if (allowed.isEmpty()) {
            QVERIFY(!dialog.findChild<QPushButton*>(u"caseStepSave"_s)->isEnabled());
            QVERIFY(dialog.findChild<QLabel*>(u"caseStepMissing"_s)->text().contains(u"final status"_s));
        }
    }

    // The page's action follows the current case: no step after a final status.
    CasePage page;
    page.setDatabase(m_db.get());
    auto* step = page.findChild<QAction*>(u"nextStepAction"_s);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        page.selectCase(page.model()->caseAt(row)->id);
        QCOMPARE(step->isEnabled(), !allowedAfter(page.model()->caseAt(row)->status).isEmpty());
    }
    page.setDatabase(nullptr);
}

void TestCasePage::caseMovesThroughTheWorkflow()
{
    const qint64 id = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 2));
    QVERIFY(id);
    CasePage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db.get());
    page.show();
    auto* step = page.findChild<QAction*>(u"nextStepAction"_s);
    auto* message = page.findChild<QLabel*>(u"caseMessage"_s);
    QVERIFY(step && message);
    CaseTableModel* model = page.model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!step->isEnabled()); // nothing chosen yet
    page.selectCase(id);
    QVERIFY(step->isEnabled());

    // Each step through the dialog: choose the target, fill what it shows, record.
    struct Shown {
        QStringList visible; // objectNames of the fields shown for the target
        QString sanctionChosen;
        QString error;
    };
    const auto runStep = [&](CaseStatus to, const std::function<void(QWidget*)>& fill) {
        Shown shown;
        whenModalOpens([&shown, to, fill](QWidget* modal) {
            auto* dialog = qobject_cast<QDialog*>(modal);
            auto* target = modal->findChild<QComboBox*>(u"caseStepTarget"_s);
            if (!dialog || !target) {
                if (dialog)
                    dialog->reject();
                return;
            }
            target->setCurrentIndex(target->findData(int(to)));
            for (const char* name : {"caseStepBody", "caseStepLetterNo", "caseStepLetterDate", "caseStepSanction",
                                     "caseStepReason"})
                if (auto* field = modal->findChild<QWidget*>(QLatin1String(name)); field && !field->isHidden())
                    shown.visible << QLatin1String(name);
            shown.sanctionChosen = modal->findChild<QComboBox*>(u"caseStepSanction"_s)->currentData().toString();
            fill(modal);
            modal->findChild<QPushButton*>(u"caseStepSave"_s)->click();
            if (modal->isVisible()) {
                shown.error = modal->findChild<QLabel*>(u"caseStepError"_s)->text();
                dialog->reject();
            }
        });
        step->trigger();
        return shown;
    };

    // To examination by Bawaslu.
    Shown shown = runStep(CaseStatus::Klarifikasi, [](QWidget* modal) {
        modal->findChild<QDateEdit*>(u"caseStepDate"_s)->setDate(QDate(2026, 11, 5));
        modal->findChild<QComboBox*>(u"caseStepBody"_s)->setEditText(u"Bawaslu"_s);
        modal->findChild<QPlainTextEdit*>(u"caseStepNote"_s)->setPlainText(u"Klarifikasi di kantor Bawaslu"_s);
    });
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QCOMPARE(shown.visible, QStringList{u"caseStepBody"_s});
    QCOMPARE(model->index(0, CaseTableModel::StatusColumn).data().toString(), u"Under examination"_s);
    QCOMPARE(page.currentCaseId(), id);
    QString detail = detailText(page);
    QVERIFY2(detail.contains(u"5 November 2026"_s) && detail.contains(u"Under examination"_s)
                 && detail.contains(u"Bawaslu"_s) && detail.contains(u"Klarifikasi di kantor Bawaslu"_s),
             qPrintable(detail));
    QVERIFY2(message->text().contains(u"Under examination"_s), qPrintable(message->text()));

    // The recommendation, with its letter and a proposed sanction, received on the 16th.
    shown = runStep(CaseStatus::Rekomendasi, [](QWidget* modal) {
        modal->findChild<QDateEdit*>(u"caseStepDate"_s)->setDate(QDate(2026, 11, 16));
        modal->findChild<QComboBox*>(u"caseStepBody"_s)->setEditText(u"BKN"_s);
        modal->findChild<QLineEdit*>(u"caseStepLetterNo"_s)->setText(u"B-123/BKN/11/2026"_s);
        modal->findChild<QDateEdit*>(u"caseStepLetterDate"_s)->setDate(QDate(2026, 11, 13));
        auto* sanction = modal->findChild<QComboBox*>(u"caseStepSanction"_s);
        sanction->setCurrentIndex(sanction->findData(u"moral_terbuka"_s));
    });
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QCOMPARE(shown.visible,
             (QStringList{u"caseStepBody"_s, u"caseStepLetterNo"_s, u"caseStepLetterDate"_s, u"caseStepSanction"_s}));
    QVERIFY(shown.sanctionChosen.isEmpty()); // "None proposed" until chosen
    QCOMPARE(model->index(0, CaseTableModel::StatusColumn).data().toString(), u"Recommendation issued"_s);
    // 14 working days from the day after receipt.
    QCOMPARE(model->index(0, CaseTableModel::DueColumn).data().toString(), u"4 Desember 2026"_s);
    QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
    detail = detailText(page);
    QVERIFY2(detail.contains(u"Recommendation issued"_s) && detail.contains(u"B-123/BKN/11/2026 of 13 November 2026"_s)
                 && detail.contains(u"Pernyataan secara terbuka"_s) && detail.contains(u"Follow-up due"_s)
                 && detail.contains(u"Under examination"_s),
             qPrintable(detail));
    const auto recommended = CaseRepository(*m_db).find(id);
    QCOMPARE(recommended->steps.constLast().date, QDate(2026, 11, 16));
    QCOMPARE(recommended->steps.constLast().letterDate, QDate(2026, 11, 13));
    QCOMPARE(recommended->steps.constLast().sanctionCode, u"moral_terbuka"_s);

    // The sanction: the proposed one comes chosen, with the decree.
    shown = runStep(CaseStatus::Sanksi, [](QWidget* modal) {
        modal->findChild<QDateEdit*>(u"caseStepDate"_s)->setDate(QDate(2026, 11, 20));
        modal->findChild<QLineEdit*>(u"caseStepLetterNo"_s)->setText(u"800/12/BKPSDM/2026"_s);
        modal->findChild<QDateEdit*>(u"caseStepLetterDate"_s)->setDate(QDate(2026, 11, 20));
    });
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QCOMPARE(shown.visible, (QStringList{u"caseStepLetterNo"_s, u"caseStepLetterDate"_s, u"caseStepSanction"_s}));
    QCOMPARE(shown.sanctionChosen, u"moral_terbuka"_s);
    QCOMPARE(model->index(0, CaseTableModel::StatusColumn).data().toString(), u"Sanction imposed"_s);
    QVERIFY(model->index(0, CaseTableModel::DueColumn).data().toString().isEmpty());
    detail = detailText(page);
    QVERIFY2(detail.contains(u"Sanction imposed"_s) && detail.contains(u"800/12/BKPSDM/2026 of 20 November 2026"_s),
             qPrintable(detail));
    QCOMPARE(CaseRepository(*m_db).find(id)->steps.size(), 4);
    QVERIFY(!step->isEnabled()); // final
    page.setDatabase(nullptr);
}

void TestCasePage::sanctionOutOfLineNeedsAReason()
{
    // Siti is PPPK; a tim sukses draws a heavy sanction, and dismissal as a PNS is not one for her.
    const qint64 id = report(sitiNip, u"menjadi_tim_sukses"_s, QDate(2026, 11, 2));
    QVERIFY(id && move(id, CaseStatus::Klarifikasi, QDate(2026, 11, 5))
            && move(id, CaseStatus::Rekomendasi, QDate(2026, 11, 9), u"pppk_putus_kontrak"_s));
    CasePage page;
    page.setDatabase(m_db.get());
    page.show();
    page.selectCase(id);
    auto* message = page.findChild<QLabel*>(u"caseMessage"_s);

    struct {
        bool reasonHiddenForFit = false;
        bool reasonShownForMisfit = false;
        QString misfit;
        QString markedItem;
        bool stayedOpen = false;
        QString error;
        CaseStatus statusWhileOpen = CaseStatus::Dilaporkan;
        bool closedWithReason = false;
    } seen;
    whenModalOpens([&](QWidget* modal) {
        auto* dialog = qobject_cast<QDialog*>(modal);
        auto* target = modal->findChild<QComboBox*>(u"caseStepTarget"_s);
        auto* sanction = modal->findChild<QComboBox*>(u"caseStepSanction"_s);
        auto* reason = modal->findChild<QLineEdit*>(u"caseStepReason"_s);
        auto* save = modal->findChild<QPushButton*>(u"caseStepSave"_s);
        if (!dialog || !target || !sanction || !reason || !save) {
            if (dialog)
                dialog->reject();
            return;
        }
        target->setCurrentIndex(target->findData(int(CaseStatus::Sanksi)));
        seen.reasonHiddenForFit = sanction->currentData().toString() == u"pppk_putus_kontrak"_s && reason->isHidden();
        sanction->setCurrentIndex(sanction->findData(u"berat_berhenti"_s));
        seen.markedItem = sanction->currentText();
        seen.reasonShownForMisfit = !reason->isHidden();
        seen.misfit = modal->findChild<QLabel*>(u"caseStepMisfit"_s)->text();
        save->click();
        seen.stayedOpen = modal->isVisible();
        seen.error = modal->findChild<QLabel*>(u"caseStepError"_s)->text();
        seen.statusWhileOpen = statusOf(id);
        QTest::keyClicks(reason, u"Putusan PPK setelah sidang tim pemeriksa"_s);
        save->click();
        seen.closedWithReason = !modal->isVisible();
        if (modal->isVisible())
            dialog->reject();
    });
    page.findChild<QAction*>(u"nextStepAction"_s)->trigger();
    QVERIFY(seen.reasonHiddenForFit);
    QVERIFY(seen.reasonShownForMisfit);
    QVERIFY2(seen.markedItem.contains(u"not for PPPK"_s), qPrintable(seen.markedItem));
    QVERIFY2(seen.misfit.contains(u"not a sanction for PPPK staff"_s), qPrintable(seen.misfit));
    QVERIFY(seen.stayedOpen);
    QVERIFY2(seen.error.contains(u"give a reason"_s), qPrintable(seen.error));
    QCOMPARE(seen.statusWhileOpen, CaseStatus::Rekomendasi);
    QVERIFY(seen.closedWithReason);

    const auto sanctioned = CaseRepository(*m_db).find(id);
    QCOMPARE(sanctioned->status, CaseStatus::Sanksi);
    QCOMPARE(sanctioned->steps.constLast().sanctionCode, u"berat_berhenti"_s);
    QCOMPARE(sanctioned->steps.constLast().mismatchReason, u"Putusan PPK setelah sidang tim pemeriksa"_s);
    QCOMPARE(page.model()->index(0, CaseTableModel::StatusColumn).data().toString(), u"Sanction imposed"_s);
    // The warning stays in sight, and the reason is in the history.
    QVERIFY2(message->text().contains(u"Recorded with the reason given"_s), qPrintable(message->text()));
    QVERIFY2(detailText(page).contains(u"Putusan PPK setelah sidang tim pemeriksa"_s), qPrintable(detailText(page)));
    page.setDatabase(nullptr);
}

void TestCasePage::overdueCasesComeFirstAndStandOut()
{
    // Received on 1 September: 14 working days ran out long ago.
    const qint64 late = report(sitiNip, u"ikut_kampanye"_s, QDate(2026, 8, 20));
    QVERIFY(late && move(late, CaseStatus::Klarifikasi, QDate(2026, 8, 25))
            && move(late, CaseStatus::Rekomendasi, QDate(2026, 9, 1)));
    const qint64 fresh = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 10));
    QVERIFY(fresh);

    CasePage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db.get());
    page.show();
    CaseTableModel* model = page.model();
    QCOMPARE(model->rowCount(), 2);
    // Listed first although its act is older.
    QCOMPARE(model->caseAt(0)->id, late);
    QCOMPARE(model->index(0, CaseTableModel::NameColumn).data().toString(), u"Siti Rahmawati"_s);
    QCOMPARE(model->index(0, CaseTableModel::NipColumn).data().toString(), u"19920517 202321 2 011"_s);
    QCOMPARE(model->index(0, CaseTableModel::DueColumn).data().toString(), u"21 September 2026"_s);
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
        QCOMPARE(model->index(0, column).data(Qt::BackgroundRole).value<QColor>(), CaseTableModel::overdueBackground());
        QVERIFY(model->index(0, column).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model->index(1, column).data(Qt::BackgroundRole).isValid());
    }
    const QString tip = model->index(0, CaseTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Overdue since 22 September 2026"_s), qPrintable(tip));
    // Plural forms come from the translation; the numbers are what counts here.
    const QString shown = page.findChild<QLabel*>(u"caseShown"_s)->text();
    QVERIFY2(shown.startsWith(u"2 case"_s) && shown.endsWith(u" · 1 overdue"_s), qPrintable(shown));
    page.selectCase(late);
    QVERIFY2(detailText(page).contains(u"21 September 2026 overdue"_s), qPrintable(detailText(page)));

    // Overdue only: the late one alone, then both again.
    auto* overdueOnly = page.findChild<QCheckBox*>(u"caseOverdueOnly"_s);
    overdueOnly->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0)->id, late);
    overdueOnly->setChecked(false);
    QCOMPARE(model->rowCount(), 2);

    // The other filters narrow the same list.
    auto* unit = page.findChild<QComboBox*>(u"caseUnit"_s);
    unit->setCurrentIndex(unit->findText(u"D01 – Dinas Pendidikan"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0)->id, fresh);
    unit->setCurrentIndex(0);
    auto* status = page.findChild<QComboBox*>(u"caseStatus"_s);
    status->setCurrentIndex(status->findData(int(CaseStatus::Rekomendasi)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0)->id, late);
    status->setCurrentIndex(0);
    auto* kind = page.findChild<QComboBox*>(u"caseKind"_s);
    kind->setCurrentIndex(kind->findData(u"media_sosial"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0)->id, fresh);
    page.setDatabase(nullptr);
}

void TestCasePage::countsPerUnitAndKind()
{
    const qint64 first = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 2));
    const qint64 second = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 3));
    const qint64 third = report(sitiNip, u"ikut_kampanye"_s, QDate(2026, 11, 4));
    QVERIFY(first && second && third);
    QVERIFY(move(first, CaseStatus::Klarifikasi, QDate(2026, 11, 5)) && move(first, CaseStatus::Rekomendasi, QDate(2026, 11, 9)));
    QVERIFY(move(second, CaseStatus::Dihentikan, QDate(2026, 11, 6)));

    CasePage page;
    page.setDatabase(m_db.get());
    auto* byUnit = page.findChild<QTableView*>(u"caseCountsByUnit"_s);
    auto* byKind = page.findChild<QTableView*>(u"caseCountsByKind"_s);
    QVERIFY(byUnit && byKind);
    QAbstractItemModelTester unitTester(byUnit->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester kindTester(byKind->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rowText = [](const QAbstractItemModel* model, int row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        return cells.join(u'|');
    };
    QCOMPARE(byUnit->model()->rowCount(), 2);
    QCOMPARE(byUnit->model()->headerData(0, Qt::Horizontal).toString(), u"Work unit"_s);
    // Dinas Pendidikan: two cases, one open (the recommendation), one proven (the same).
    QCOMPARE(rowText(byUnit->model(), 0), u"Dinas Pendidikan|2|1|1"_s);
    QCOMPARE(rowText(byUnit->model(), 1), u"Dinas Kesehatan|1|1|0"_s);
    QCOMPARE(byKind->model()->rowCount(), 2);
    QStringList kinds{rowText(byKind->model(), 0), rowText(byKind->model(), 1)};
    kinds.sort();
    QVERIFY2(kinds.at(0).startsWith(u"Ikut serta menjalankan kampanye|1|1|0"_s), qPrintable(kinds.join(u'\n')));
    QVERIFY2(kinds.at(1).startsWith(u"Keberpihakan di media sosial"_s) && kinds.at(1).endsWith(u"|2|1|1"_s),
             qPrintable(kinds.join(u'\n')));

    // Another period has none of them.
    ElectionPeriod other;
    other.name = u"Pemilu 2029"_s;
    other.kind = ElectionKind::Pemilu;
    other.start = QDate(2028, 6, 1);
    other.votingDay = QDate(2029, 2, 14);
    other.end = QDate(2029, 6, 30);
    QVERIFY(ElectionPeriodRepository(*m_db).add(other));
    page.refresh();
    auto* period = page.findChild<QComboBox*>(u"casePeriod"_s);
    QCOMPARE(period->currentData().toLongLong(), m_period.id); // the choice is kept
    period->setCurrentIndex(period->findText(u"Pemilu 2029"_s));
    QCOMPARE(byUnit->model()->rowCount(), 0);
    QCOMPARE(page.model()->rowCount(), 0);
    period->setCurrentIndex(period->findData(qint64(0))); // all periods
    QCOMPARE(byUnit->model()->rowCount(), 2);
    QCOMPARE(page.model()->rowCount(), 3);
    page.setDatabase(nullptr);
}

void TestCasePage::evidenceIsAttached()
{
    const qint64 id = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 2));
    QVERIFY(id);
    CasePage page;
    page.setDatabase(m_db.get());
    page.show();
    page.selectCase(id);
    auto* view = page.findChild<QAction*>(u"viewCaseEvidenceAction"_s);
    QVERIFY(page.findChild<QAction*>(u"attachCaseEvidenceAction"_s)->isEnabled());
    QVERIFY(!view->isEnabled());
    QVERIFY(detailText(page).contains(u"No evidence attached."_s));

    // A text file is not a scan: refused, nothing stored.
    const QString text = m_dir->filePath(u"notes.pdf"_s);
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Tangkapan layar menyusul\n");
    notes.close();
    QString refusal;
    whenModalOpens([&refusal](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        refusal = box ? box->text() : modal->objectName();
        qobject_cast<QDialog*>(modal)->reject();
    });
    page.attachEvidence(text);
    QVERIFY2(refusal.contains(u"not a PDF, JPEG or PNG"_s), qPrintable(refusal));
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(u"SELECT count(*) FROM document"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);

    const QByteArray bytes = pdfBytes();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString pdf = m_dir->filePath(u"tangkapan.pdf"_s);
    QFile scan(pdf);
    QVERIFY(scan.open(QIODevice::WriteOnly));
    scan.write(bytes);
    scan.close();
    page.attachEvidence(pdf);
    const auto documents = CaseRepository(*m_db).documents(id);
    QVERIFY(documents);
    QCOMPARE(documents->size(), 1);
    QCOMPARE(documents->first().first, sha);
    QVERIFY2(detailText(page).contains(u"SHA-256: "_s + sha), qPrintable(detailText(page)));
    QVERIFY(detailText(page).contains(u"tangkapan.pdf"_s));
    QVERIFY(page.findChild<QTextBrowser*>(u"caseDetail"_s)->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(view->isEnabled());
    page.setDatabase(nullptr);
}

void TestCasePage::staffDetailListsThePersonsCases()
{
    const qint64 id = report(budiNip, u"media_sosial"_s, QDate(2026, 11, 2));
    QVERIFY(id && move(id, CaseStatus::Klarifikasi, QDate(2026, 11, 5)));
    StaffDetailPanel panel;
    panel.setDatabase(m_db.get());
    auto* text = panel.findChild<QLabel*>(u"staffDetailText"_s);
    QVERIFY(text);
    panel.showStaff(*StaffRepository(*m_db).findByNip(budiNip));
    QVERIFY2(text->text().contains(u"Violation cases"_s) && text->text().contains(u"Pilkada 2026"_s)
                 && text->text().contains(u"2 November 2026"_s) && text->text().contains(u"Keberpihakan di media sosial"_s)
                 && text->text().contains(u"Under examination"_s),
             qPrintable(text->text()));
    panel.showStaff(*StaffRepository(*m_db).findByNip(sitiNip));
    QVERIFY2(text->text().contains(u"No cases."_s), qPrintable(text->text()));
}

QTEST_MAIN(TestCasePage)
#include "TestCasePage.moc"
