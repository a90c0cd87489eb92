// SPDX-License-Identifier: GPL-3.0-or-later
// The Ikrar & Pakta page driven like a clerk would, offscreen: who must sign a unit's ikrar
// with the counts, two people marked signed through the dialog, the filters, the dialog
// refusing a list as a whole (the scan taken back too), and evidence refused or attached.
#include "UiTestSupport.h"

#include "ui/PledgeActions.h"
#include "ui/PledgeFormDialog.h"
#include "ui/PledgePage.h"
#include "ui/PledgeSignDialog.h"
#include "ui/PledgeTableModel.h"

#include "core/Clock.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString ahmadNip = u"198703152010121002"_s; // head of D01
const QString sitiNip = u"199001012015032001"_s;
const QString rinaNip = u"198805122015052001"_s;
const QString yusufNip = u"198112052006041001"_s; // D01, left the service in June
const QString budiNip = u"198502102010011003"_s; // head of D02
const QString dewiNip = u"199203042019032002"_s; // D02

QByteArray pdfBytes()
{
    return QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n") + QByteArray(2000, 'x') + "\n%%EOF\n";
}

} // namespace

class TestPledgePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsAndMarksTwoSigned();
    void signDialogRefusesTheWholeList();
    void evidenceIsRefusedOrAttached();
    void formsDialogBuildsOrSaysWhyNot();

private:
    qint64 staffId(const QString& nip) const;
    qint64 count(const QString& sql) const;
    QString writeFile(const QString& name, const QByteArray& content) const;
    static int rowOf(const QAbstractItemModel* model, const QString& name);
    static void selectRows(QTableView* table, const QList<int>& rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ElectionPeriod m_period;
    qint64 m_unitD01 = 0;
};

void TestPledgePage::initTestCase()
{
    QVERIFY(prepareUiTests());
}

void TestPledgePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = createTestDatabase(*m_dir);
    NETRA_VERIFY_RESULT(created);
    m_db = std::move(created->db);
    m_period = created->period;
    m_unitD01 = created->unitD01;

    const Status added = addTestStaff(*m_db, {
        {u"Drs. Ahmad Fauzi, M.Si."_s, ahmadNip, u"D01"_s, u"Kepala Dinas"_s},
        {u"Siti Aminah"_s, sitiNip, u"D01"_s, u"Analis"_s},
        {u"Rina Marlina"_s, rinaNip, u"D01"_s, u"Guru"_s},
        {u"Yusuf Hamdani"_s, yusufNip, u"D01"_s, u"Pengadministrasi"_s},
        {u"Budi Santoso"_s, budiNip, u"D02"_s, u"Kepala Dinas"_s},
        {u"Dewi Lestari"_s, dewiNip, u"D02"_s, u"Perawat"_s},
    });
    NETRA_VERIFY_RESULT(added);
    NETRA_VERIFY_RESULT(retireTestStaff(*m_db, yusufNip, u"D01"_s, QDate(2026, 6, 1)));
    WorkUnitRepository units(*m_db);
    QVERIFY(units.setHead(u"D01"_s, staffId(ahmadNip), QDate(2021, 1, 4)));
    QVERIFY(units.setHead(u"D02"_s, staffId(budiNip), QDate(2021, 1, 4)));
}

void TestPledgePage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestPledgePage::staffId(const QString& nip) const
{
    return testStaffId(*m_db, nip);
}

qint64 TestPledgePage::count(const QString& sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString TestPledgePage::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

int TestPledgePage::rowOf(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, PledgeTableModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}

void TestPledgePage::selectRows(QTableView* table, const QList<int>& rows)
{
    table->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
}

void TestPledgePage::listsAndMarksTwoSigned()
{
    PledgePage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db.get());
    page.show();
    auto* table = page.findChild<QTableView*>(u"pledgeTable"_s);
    auto* counts = page.findChild<QLabel*>(u"pledgeCounts"_s);
    auto* shown = page.findChild<QLabel*>(u"pledgeShown"_s);
    auto* unit = page.findChild<QComboBox*>(u"pledgeUnit"_s);
    auto* signing = page.findChild<QComboBox*>(u"pledgeSigning"_s);
    auto* kind = page.findChild<QComboBox*>(u"pledgeKind"_s);
    auto* markSigned = page.findChild<QAction*>(u"markSignedAction"_s);
    auto* attach = page.findChild<QAction*>(u"attachEvidenceAction"_s);
    QVERIFY(table && counts && shown && unit && signing && kind && markSigned && attach);
    QVERIFY(page.findChild<QWidget*>(u"markSignedButton"_s));

    // The first unit, as of today: its three active ASN owe the ikrar, Yusuf no longer.
    QCOMPARE(unit->currentData().toLongLong(), m_unitD01);
    QCOMPARE(unit->currentText(), u"D01 – Dinas Pendidikan"_s);
    QCOMPARE(page.findChild<QDateEdit*>(u"pledgeAsOf"_s)->date(), QDate(2026, 11, 23));
    PledgeTableModel* model = page.model();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, PledgeTableModel::NameColumn).data().toString(), u"Drs. Ahmad Fauzi, M.Si."_s);
    QCOMPARE(model->index(0, PledgeTableModel::NipColumn).data().toString(), u"19870315 201012 1 002"_s);
    QCOMPARE(model->index(0, PledgeTableModel::UnitColumn).data().toString(), u"Dinas Pendidikan"_s);
    QCOMPARE(model->index(1, PledgeTableModel::NameColumn).data().toString(), u"Rina Marlina"_s);
    QCOMPARE(model->index(2, PledgeTableModel::NameColumn).data().toString(), u"Siti Aminah"_s);
    QVERIFY(model->index(1, PledgeTableModel::SignedOnColumn).data().toString().isEmpty());
    QCOMPARE(counts->text(), u"Must sign 3 · signed 0 (0 %) · not yet 3"_s);
    QCOMPARE(shown->text(), u"3 listed"_s);
    QVERIFY(!markSigned->isEnabled());

    selectRows(table, {1, 2});
    QVERIFY(markSigned->isEnabled());
    QVERIFY(!attach->isEnabled());
    QString dialogName;
    whenModalOpens([&dialogName](QWidget* modal) {
        dialogName = modal->objectName();
        auto* date = modal->findChild<QDateEdit*>(u"pledgeSignDate"_s);
        auto* place = modal->findChild<QLineEdit*>(u"pledgeSignPlace"_s);
        auto* record = modal->findChild<QPushButton*>(u"pledgeSignRecord"_s);
        if (!date || !place || !record) {
            qobject_cast<QDialog*>(modal)->reject();
            return;
        }
        date->setDate(QDate(2026, 11, 20));
        QTest::keyClicks(place, u"Aula Setda"_s);
        record->click();
    });
    markSigned->trigger();
    QCOMPARE(dialogName, u"pledgeSignDialog"_s);

    // Exactly those two, with that date and place.
    const auto pledges = PledgeRepository(*m_db).pledges(m_period, {PledgeKind::Ikrar, 0});
    QVERIFY(pledges);
    QCOMPARE(pledges->size(), 2);
    QCOMPARE(count(u"SELECT count(*) FROM pledge"_s), 2);
    QStringList nips;
    for (const PledgeEntry& entry : *pledges) {
        nips << entry.nip;
        QVERIFY(entry.pledge);
        QCOMPARE(entry.pledge->signedOn, QDate(2026, 11, 20));
        QCOMPARE(entry.pledge->place, u"Aula Setda"_s);
        QVERIFY(!entry.pledge->recordedBy.isEmpty());
    }
    nips.sort();
    QCOMPARE(nips, (QStringList{rinaNip, sitiNip}));
    QCOMPARE(page.findChild<QLabel*>(u"pledgeMessage"_s)->text(), u"Recorded 2, already recorded 0"_s);

    // The table shows them signed, and keeps them selected for their evidence.
    QTRY_VERIFY(page.shownQuery().has_value());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, PledgeTableModel::SignedOnColumn).data().toString(), u"20 November 2026"_s);
    QCOMPARE(model->index(2, PledgeTableModel::PlaceColumn).data().toString(), u"Aula Setda"_s);
    QVERIFY(model->index(0, PledgeTableModel::SignedOnColumn).data().toString().isEmpty());
    QCOMPARE(counts->text(), u"Must sign 3 · signed 2 (66 %) · not yet 1"_s);
    QVERIFY(attach->isEnabled());
    QVERIFY(!markSigned->isEnabled());

    // Not yet signed: only Ahmad is left.
    signing->setCurrentIndex(signing->findData(int(Signing::Unsigned)));
    QTRY_VERIFY(page.shownQuery().has_value());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PledgeTableModel::NipColumn).data().toString(), u"19870315 201012 1 002"_s);
    QCOMPARE(counts->text(), u"Must sign 3 · signed 2 (66 %) · not yet 1"_s);
    signing->setCurrentIndex(signing->findData(int(Signing::Any)));

    // The search narrows the rows in hand.
    QTRY_COMPARE(model->rowCount(), 3);
    QTest::keyClicks(page.findChild<QLineEdit*>(u"pledgeSearch"_s), u"siti"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(shown->text(), u"1 of 3 match"_s);
    page.findChild<QLineEdit*>(u"pledgeSearch"_s)->clear();
    QCOMPARE(table->model()->rowCount(), 3);

    // The pakta is owed by the unit's head alone.
    kind->setCurrentIndex(kind->findData(int(PledgeKind::Pakta)));
    QTRY_VERIFY(page.shownQuery().has_value());
    QCOMPARE(page.shownQuery()->kind, PledgeKind::Pakta);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PledgeTableModel::NameColumn).data().toString(), u"Drs. Ahmad Fauzi, M.Si."_s);
    QCOMPARE(counts->text(), u"Must sign 1 · signed 0 (0 %) · not yet 1"_s);

    // All units: D02's two join.
    kind->setCurrentIndex(kind->findData(int(PledgeKind::Ikrar)));
    unit->setCurrentIndex(unit->findData(qint64(0)));
    QTRY_VERIFY(page.shownQuery().has_value() && page.shownQuery()->filter.unitId == 0);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(counts->text(), u"Must sign 5 · signed 2 (40 %) · not yet 3"_s);
    page.setDatabase(nullptr);
}

void TestPledgePage::signDialogRefusesTheWholeList()
{
    // Yusuf had left before the date: the list is refused, and the scan is not kept either.
    const QString pdf = writeFile(u"sheet.pdf"_s, pdfBytes());
    QVERIFY(!pdf.isEmpty());
    PledgeSignDialog dialog(*m_db, m_period, PledgeKind::Ikrar, {staffId(ahmadNip), staffId(yusufNip)}, {});
    dialog.show();
    auto* error = dialog.findChild<QLabel*>(u"pledgeSignError"_s);
    auto* date = dialog.findChild<QDateEdit*>(u"pledgeSignDate"_s);
    QVERIFY(error && date);
    QCOMPARE(date->date(), QDate(2026, 11, 23));
    QCOMPARE(date->maximumDate(), QDate(2026, 11, 23)); // not after today
    QCOMPARE(date->minimumDate(), m_period.start);
    dialog.findChild<QLineEdit*>(u"pledgeSignEvidence"_s)->setText(pdf);
    dialog.findChild<QPushButton*>(u"pledgeSignRecord"_s)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"Yusuf Hamdani"_s) && error->text().contains(u"not an active ASN"_s),
             qPrintable(error->text()));
    QCOMPARE(count(u"SELECT count(*) FROM pledge"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM document"_s), 0);
}

void TestPledgePage::evidenceIsRefusedOrAttached()
{
    PledgeDraft draft;
    draft.signedOn = QDate(2026, 11, 20);
    draft.place = u"Aula Setda"_s;
    QVERIFY(PledgeRepository(*m_db).record(m_period, draft, {staffId(rinaNip), staffId(sitiNip)}));

    PledgePage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setDatabase(m_db.get());
    page.show();
    auto* table = page.findChild<QTableView*>(u"pledgeTable"_s);
    auto* detail = page.findChild<QLabel*>(u"pledgeDetail"_s);
    auto* view = page.findChild<QAction*>(u"viewEvidenceAction"_s);
    QVERIFY(table && detail && view);
    QTRY_COMPARE(page.model()->rowCount(), 3);
    const int rina = rowOf(table->model(), u"Rina Marlina"_s);
    const int siti = rowOf(table->model(), u"Siti Aminah"_s);
    selectRows(table, {rina, siti});
    QVERIFY2(detail->text().contains(u"Signed on 20 November 2026 at Aula Setda"_s), qPrintable(detail->text()));
    QVERIFY(detail->text().contains(u"No evidence attached."_s));
    QVERIFY(!view->isEnabled());

    // A text file is not a scan: refused with the store's reason, nothing stored.
    const QString text = writeFile(u"notes.pdf"_s, "Daftar hadir apel, lihat lampiran\n");
    QString refusal;
    whenModalOpens([&refusal](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        refusal = box ? box->text() : modal->objectName();
        qobject_cast<QDialog*>(modal)->reject();
    });
    page.attachEvidence(text);
    QVERIFY2(refusal.contains(u"not a PDF, JPEG or PNG"_s), qPrintable(refusal));
    QCOMPARE(count(u"SELECT count(*) FROM document"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM pledge WHERE document_id IS NOT NULL"_s), 0);

    // A small PDF: stored once, tied to both, its SHA-256 shown in full.
    const QByteArray bytes = pdfBytes();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString unexpected;
    whenModalOpens([&unexpected](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        unexpected = box ? box->text() : modal->objectName();
        qobject_cast<QDialog*>(modal)->reject();
    }, 20);
    page.attachEvidence(writeFile(u"apel.pdf"_s, bytes));
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
    QCOMPARE(count(u"SELECT count(*) FROM document"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM pledge WHERE document_id IS NOT NULL"_s), 2);
    QTRY_VERIFY2(detail->text().contains(u"Evidence SHA-256: "_s + sha), qPrintable(detail->text()));
    QVERIFY(detail->text().startsWith(u"Rina Marlina"_s));
    QVERIFY(detail->textInteractionFlags() & Qt::TextSelectableByMouse);
    const QModelIndex evidence = page.model()->index(page.model()->rowOfStaff(staffId(sitiNip)), PledgeTableModel::EvidenceColumn);
    QCOMPARE(evidence.data().toString(), sha.left(12));
    QVERIFY(evidence.data(Qt::ToolTipRole).toString().contains(sha));
    QVERIFY(view->isEnabled());

    // What View evidence opens: the bytes, named for a PDF viewer.
    QTemporaryDir copies;
    const auto copy = PledgeActions::evidenceCopy(*m_db, sha, copies.path());
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
    QVERIFY2(copy->endsWith(u".pdf"_s), qPrintable(*copy));
    QFile written(*copy);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), bytes);
    page.setDatabase(nullptr);
}

void TestPledgePage::formsDialogBuildsOrSaysWhyNot()
{
    WorkUnit empty;
    empty.code = u"D03"_s;
    empty.name = u"Badan Kosong"_s;
    empty.kind = u"badan"_s;
    QVERIFY(WorkUnitRepository(*m_db).add(empty));
    PledgeFormDialog dialog(*m_db, m_period, PledgeKind::Pakta, m_unitD01, QDate(2026, 11, 2));
    auto* unit = dialog.findChild<QComboBox*>(u"formUnit"_s);
    auto* preview = dialog.findChild<QPushButton*>(u"formPreview"_s);
    QVERIFY(unit && preview);
    QCOMPARE(unit->currentData().toString(), u"D01"_s);
    auto* error = dialog.findChild<QLabel*>(u"formError"_s);
    QVERIFY(error);
    // A unit with no head and no officials owes no pakta: said in the dialog, nothing opened.
    unit->setCurrentIndex(unit->findData(u"D03"_s));
    preview->click();
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"D03"_s), qPrintable(error->text()));
    // The head's unit: the preview opens (closed here at once) and the reason is gone.
    unit->setCurrentIndex(unit->findData(u"D01"_s));
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
}

QTEST_MAIN(TestPledgePage)
#include "TestPledgePage.moc"
