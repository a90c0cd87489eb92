// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop shell driven like a clerk would, offscreen: the first-start choice, a bad file
// left alone, search as you type, the add dialog's live NIP check, and switching language.
#include "UiTestSupport.h"

#include "ui/FirstStartDialog.h"
#include "ui/MainWindow.h"
#include "ui/StaffDialog.h"
#include "ui/StaffPage.h"
#include "ui/StaffTableModel.h"

#include "core/Translations.h"
#include "store/Database.h"
#include "store/DemoSeeder.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartEmptyCreatesTheDefaultDatabase();
    void firstStartDemoFillsTheTable();
    void unreadableFileIsLeftAlone();
    void searchFiltersTheTable();
    void addDialogRefusesAnInvalidNipAndSavesAValidOne();
    void languageSwitchesLive();
    void windowRemembersItsPage();

private:
    QString demoPath() const { return m_shared.filePath(u"demo.sqlite"_s); }

    QTemporaryDir m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(prepareUiTests());
    Database::Options options;
    options.create = true;
    auto db = Database::open(demoPath(), options);
    QVERIFY(db);
    QVERIFY(DemoSeeder(**db).seed(2000, 3));
    const auto units = WorkUnitRepository(**db).list(QDate::currentDate());
    QVERIFY(units && !units->isEmpty());
    for (const auto& [name, nip] : {std::pair{u"Drs. H. Zulkarnaen Qowiyyu, M.Si."_s, u"198703152010121002"_s},
                                    std::pair{u"Ir. Siti Qowiyyah"_s, u"199001012015032001"_s}}) {
        Staff s;
        s.name = name;
        s.nip = nip;
        QVERIFY(StaffRepository(**db).add(s, units->first().code, QDate(2020, 1, 1)));
    }
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("NETRA_DB", m_dir->filePath(u"netra.sqlite"_s).toUtf8());
    QSettings().clear();
}

void TestMainWindow::firstStartEmptyCreatesTheDefaultDatabase()
{
    MainWindow window;
    clickInModal(u"firstStartEmpty"_s);
    QVERIFY(window.startUp());
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), m_dir->filePath(u"netra.sqlite"_s));
    QCOMPARE(window.database()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(window.findChild<QLabel*>(u"statusDatabase"_s)->text().contains(u"netra.sqlite"_s));
    QVERIFY(window.findChild<QLabel*>(u"statusSchema"_s)->text().contains(QString::number(Database::latestSchemaVersion())));
    QCOMPARE(window.findChild<QTableView*>(u"staffTable"_s)->model()->rowCount(), 0);
}

void TestMainWindow::firstStartDemoFillsTheTable()
{
    MainWindow window;
    window.show();
    clickInModal(u"firstStartDemo"_s);
    QVERIFY(window.startUp());
    QVERIFY(QFile::exists(m_dir->filePath(u"netra.sqlite"_s)));
    window.showPage(MainWindow::PageStaff);
    auto* table = window.findChild<QTableView*>(u"staffTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 12'000, 20'000);
    QTRY_VERIFY(!table->model()->data(table->model()->index(0, 0)).toString().startsWith(u"…"_s));
}

void TestMainWindow::unreadableFileIsLeftAlone()
{
    const QString path = m_dir->filePath(u"netra.sqlite"_s);
    const QByteArray junk = QByteArray("This is a letter, not a database.\n").repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    MainWindow window;
    QString problem;
    whenModalOpens([&problem](QWidget* modal) {
        auto* label = modal->findChild<QLabel*>(u"firstStartProblem"_s);
        problem = label && !label->isHidden() ? label->text() : QString();
        modal->findChild<QPushButton*>(u"firstStartEmpty"_s)->click();
    });
    QVERIFY(window.startUp());
    QVERIFY2(problem.contains(u"netra.sqlite"_s), qPrintable(problem));
    // A new database beside it; the unreadable file exactly as it was.
    QCOMPARE(window.database()->path(), m_dir->filePath(u"netra-2.sqlite"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk);
    // Opening it again from the menu's code path is refused with the reason, file intact.
    const Status again = window.openFile(path);
    QVERIFY(!again);
    QCOMPARE(window.database()->path(), m_dir->filePath(u"netra-2.sqlite"_s));
}

void TestMainWindow::searchFiltersTheTable()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(demoPath()));
    window.showPage(MainWindow::PageStaff);
    auto* table = window.findChild<QTableView*>(u"staffTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 2002);
    auto* search = window.findChild<QLineEdit*>(u"staffSearch"_s);
    QTest::keyClicks(search, u"Drs. qowiy"_s); // the title is ignored
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QTRY_VERIFY(table->model()->data(table->model()->index(1, 0)).toString() != u"…"_s);
    QStringList names{table->model()->data(table->model()->index(0, 0)).toString(),
                      table->model()->data(table->model()->index(1, 0)).toString()};
    QCOMPARE(names, (QStringList{u"Ir. Siti Qowiyyah"_s, u"Drs. H. Zulkarnaen Qowiyyu, M.Si."_s}));
    // A NIP prefix as printed, with spaces.
    search->clear();
    QTest::keyClicks(search, u"19870315 201012"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(table->model()->data(table->model()->index(0, StaffTableModel::NipColumn)).toString(),
                 u"19870315 201012 1 002"_s);
    // Enter takes the clerk to the match, and the detail panel decodes the NIP.
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(window.findChild<QLabel*>(u"staffDetailText"_s)->text().contains(u"15 Maret 1987"_s));
    QVERIFY(window.findChild<QLabel*>(u"staffDetailText"_s)->text().contains(u"Desember 2010"_s));
}

void TestMainWindow::addDialogRefusesAnInvalidNipAndSavesAValidOne()
{
    auto db = Database::open(demoPath());
    QVERIFY(db);
    const auto units = WorkUnitRepository(**db).list(QDate::currentDate());
    QVERIFY(units);
    StaffDialog dialog(**db, *units, std::nullopt);
    dialog.show();
    auto* nip = dialog.findChild<QLineEdit*>(u"staffNip"_s);
    auto* reason = dialog.findChild<QLabel*>(u"staffNipReason"_s);
    auto* save = dialog.findChild<QPushButton*>(u"staffSave"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"staffName"_s), u"Dra. Rina Marlina, M.Pd."_s);
    auto* unit = dialog.findChild<QComboBox*>(u"staffUnit"_s);
    unit->setCurrentIndex(1);

    QTest::keyClicks(nip, u"199702292022032004"_s); // 29 February 1997 never was
    QVERIFY(!save->isEnabled());
    QVERIFY(!reason->isHidden());
    QVERIFY(!reason->text().isEmpty());

    nip->clear();
    QTest::keyClicks(nip, u"19870315 201012 1 002"_s); // Zulkarnaen's
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(u"Zulkarnaen"_s), qPrintable(reason->text()));

    unit->setEditText(u"Dinas Yang Tidak Ada"_s);
    nip->clear();
    QTest::keyClicks(nip, u"19880512.201505.2.001"_s);
    QVERIFY(reason->isHidden());
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(u"staffUnitReason"_s)->isHidden());
    QVERIFY(!StaffRepository(**db).findByNip(u"198805122015052001"_s)); // nothing written

    unit->setCurrentIndex(1);
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = StaffRepository(**db).findByNip(u"198805122015052001"_s);
    QVERIFY(saved);
    QCOMPARE(saved->bareName, u"Rina Marlina"_s);
    QCOMPARE(saved->frontTitles, u"Dra."_s);
    QCOMPARE(saved->unitCode, units->first().code);
    QCOMPARE(saved->id, dialog.savedId());
    QVERIFY(StaffRepository(**db).voidStaff(saved->id, u"test record"_s)); // leave the shared file as it was
}

void TestMainWindow::languageSwitchesLive()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(demoPath()));
    auto* kinds = window.findChild<QComboBox*>(u"staffKindFilter"_s);
    auto* language = window.findChild<QComboBox*>(u"settingsLanguage"_s);
    auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
    const int partTime = kinds->findData(int(StaffKind::PppkPartTime));
    QCOMPARE(kinds->itemText(partTime), u"Part-time PPPK"_s);

    language->setCurrentIndex(language->findData(u"id"_s));
    emit language->activated(language->currentIndex());
    QCOMPARE(Translations::installedLanguage(), u"id"_s);
    // Qt posts the LanguageChange to every window; each retranslates itself when it arrives.
    QTRY_COMPARE(kinds->itemText(partTime), u"PPPK Paruh Waktu"_s);
    QCOMPARE(sidebar->item(MainWindow::PageStaff)->text(), QCoreApplication::translate("netra::StaffPage", "Staff"));
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"id"_s);

    language->setCurrentIndex(language->findData(u"en"_s));
    emit language->activated(language->currentIndex());
    QTRY_COMPARE(kinds->itemText(partTime), u"Part-time PPPK"_s);
    QCOMPARE(sidebar->item(MainWindow::PageStaff)->text(), u"Staff"_s);
}

void TestMainWindow::windowRemembersItsPage()
{
    {
        MainWindow window;
        window.show();
        window.showPage(MainWindow::PageSettings);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.currentPage(), int(MainWindow::PageSettings));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
