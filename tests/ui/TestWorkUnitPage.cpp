// SPDX-License-Identifier: GPL-3.0-or-later
// The Perangkat Daerah page driven offscreen through its dialogs: a unit added under a
// parent, a duplicate code or an empty name refused beside the fields with nothing written,
// a unit's name edited while its code stays, a head picked by name and dated, and the
// headcount of each unit once the page is shown.
#include "UiTestSupport.h"

#include "store/WorkUnitRepository.h"
#include "ui/WorkUnitPage.h"
#include "ui/WorkUnitTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

const QString ahmadNip = u"198001012005011001"_s;
const QString sitiNip = u"199001012015032001"_s;
const QString budiNip = u"198703152010121002"_s;

} // namespace

class TestWorkUnitPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addRefusesADuplicateCodeAndAnEmptyName();
    void addSavesAUnitUnderItsParent();
    void editChangesTheNameNotTheCode();
    void headIsPickedByNameFromADate();
    void headcountsAppearOnceShown();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkUnitPage> m_page;
};

void TestWorkUnitPage::initTestCase()
{
    QVERIFY(prepareUiTests());
}

void TestWorkUnitPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = createTestDatabase(*m_dir);
    NETRA_VERIFY_RESULT(created);
    m_db = std::move(created->db);
    NETRA_VERIFY_RESULT(addTestStaff(*m_db, {{u"Ahmad Fauzi"_s, ahmadNip, u"D01"_s, u"Sekretaris"_s},
                                             {u"Siti Aminah"_s, sitiNip, u"D01"_s, u"Analis"_s},
                                             {u"Budi Santoso"_s, budiNip, u"D02"_s, u"Analis"_s}}));
    m_page = std::make_unique<WorkUnitPage>();
    m_page->setDatabase(m_db.get());
}

void TestWorkUnitPage::cleanup()
{
    m_page.reset();
    m_db.reset();
    m_dir.reset();
}

void TestWorkUnitPage::addRefusesADuplicateCodeAndAnEmptyName()
{
    bool checked = false;
    whenModalOpens([&checked](QWidget* modal) {
        auto* code = modal->findChild<QLineEdit*>(u"unitCode"_s);
        auto* name = modal->findChild<QLineEdit*>(u"unitName"_s);
        auto* error = modal->findChild<QLabel*>(u"unitError"_s);
        auto* save = modal->findChild<QPushButton*>(u"unitSave"_s);
        if (!code || !name || !error || !save) {
            qobject_cast<QDialog*>(modal)->reject();
            return;
        }
        code->setText(u"D01"_s);
        name->setText(u"Dinas Baru"_s);
        const bool duplicateRefused = !save->isEnabled() && error->isVisibleTo(modal) && error->text().contains(u"D01"_s);
        code->setText(u"D09"_s);
        name->setText(u"   "_s);
        const bool emptyRefused = !save->isEnabled() && error->isVisibleTo(modal);
        name->setText(u"Dinas Baru"_s);
        checked = duplicateRefused && emptyRefused && save->isEnabled() && !error->isVisibleTo(modal);
        qobject_cast<QDialog*>(modal)->reject();
    });
    m_page->addUnit();
    QVERIFY(checked);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QVERIFY(!WorkUnitRepository(*m_db).findByCode(u"D09"_s, testClock().today()));
}

void TestWorkUnitPage::addSavesAUnitUnderItsParent()
{
    whenModalOpens([](QWidget* modal) {
        modal->findChild<QLineEdit*>(u"unitCode"_s)->setText(u"D01.1"_s);
        modal->findChild<QLineEdit*>(u"unitName"_s)->setText(u"Bidang  Sekolah Dasar"_s);
        auto* parent = modal->findChild<QComboBox*>(u"unitParent"_s);
        parent->setCurrentIndex(parent->findData(u"D01"_s));
        modal->findChild<QPushButton*>(u"unitSave"_s)->click();
    });
    m_page->addUnit();

    const auto saved = WorkUnitRepository(*m_db).findByCode(u"D01.1"_s, testClock().today());
    NETRA_VERIFY_RESULT(saved);
    QCOMPARE(saved->name, u"Bidang Sekolah Dasar"_s); // spaces collapsed
    QCOMPARE(saved->parentCode, u"D01"_s);
    const WorkUnitTableModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    auto* table = m_page->findChild<QTableView*>(u"unitTable"_s);
    QCOMPARE(table->currentIndex().row(), model->rowOfCode(u"D01.1"_s));
    QCOMPARE(model->index(model->rowOfCode(u"D01.1"_s), WorkUnitTableModel::ParentColumn).data().toString(),
             u"Dinas Pendidikan"_s);
}

void TestWorkUnitPage::editChangesTheNameNotTheCode()
{
    auto* table = m_page->findChild<QTableView*>(u"unitTable"_s);
    table->selectRow(m_page->model()->rowOfCode(u"D02"_s));
    bool codeLocked = false;
    whenModalOpens([&codeLocked](QWidget* modal) {
        auto* code = modal->findChild<QLineEdit*>(u"unitCode"_s);
        codeLocked = code->isReadOnly() && code->text() == u"D02"_s;
        modal->findChild<QLineEdit*>(u"unitName"_s)->setText(u"Dinas Kesehatan dan KB"_s);
        modal->findChild<QPushButton*>(u"unitSave"_s)->click();
    });
    m_page->editUnit();
    QVERIFY(codeLocked);
    const auto saved = WorkUnitRepository(*m_db).findByCode(u"D02"_s, testClock().today());
    NETRA_VERIFY_RESULT(saved);
    QCOMPARE(saved->name, u"Dinas Kesehatan dan KB"_s);
    QCOMPARE(m_page->model()->index(m_page->model()->rowOfCode(u"D02"_s), WorkUnitTableModel::NameColumn).data().toString(),
             u"Dinas Kesehatan dan KB"_s);
}

void TestWorkUnitPage::headIsPickedByNameFromADate()
{
    auto* table = m_page->findChild<QTableView*>(u"unitTable"_s);
    table->selectRow(m_page->model()->rowOfCode(u"D01"_s));
    int candidatesForAll = -1;
    int candidatesForAhmad = -1;
    whenModalOpens([&](QWidget* modal) {
        auto* candidates = modal->findChild<QListWidget*>(u"headCandidates"_s);
        candidatesForAll = candidates->count(); // the unit's own staff: Ahmad and Siti
        modal->findChild<QLineEdit*>(u"headSearch"_s)->setText(u"ahmad"_s);
        candidatesForAhmad = candidates->count();
        candidates->setCurrentRow(0);
        modal->findChild<QDateEdit*>(u"headFrom"_s)->setDate(QDate(2025, 3, 3));
        modal->findChild<QPushButton*>(u"headSave"_s)->click();
    });
    m_page->setHead();
    QCOMPARE(candidatesForAll, 2);
    QCOMPARE(candidatesForAhmad, 1);

    WorkUnitRepository units(*m_db);
    const auto history = units.headHistory(u"D01"_s);
    NETRA_VERIFY_RESULT(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().from, QDate(2025, 3, 3));
    QVERIFY(!history->first().to.isValid());
    QCOMPARE(history->first().staffId, testStaffId(*m_db, ahmadNip));
    QCOMPARE(m_page->model()->index(m_page->model()->rowOfCode(u"D01"_s), WorkUnitTableModel::HeadColumn).data().toString(),
             u"Ahmad Fauzi"_s);
}

void TestWorkUnitPage::headcountsAppearOnceShown()
{
    const WorkUnitTableModel* model = m_page->model();
    const QModelIndex d01 = model->index(model->rowOfCode(u"D01"_s), WorkUnitTableModel::HeadcountColumn);
    const QModelIndex d02 = model->index(model->rowOfCode(u"D02"_s), WorkUnitTableModel::HeadcountColumn);
    QCOMPARE(d01.data().toString(), u"…"_s); // not counted while nobody looks
    m_page->show();
    QTRY_COMPARE(d01.data().toString(), u"2"_s);
    QCOMPARE(d02.data().toString(), u"1"_s);
}

QTEST_MAIN(TestWorkUnitPage)
#include "TestWorkUnitPage.moc"
