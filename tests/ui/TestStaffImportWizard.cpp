// SPDX-License-Identifier: GPL-3.0-or-later
// The roster import wizard driven offscreen: file and sheet, the column mapping, a dry-run
// preview with the rejected rows marked and nothing written, the import itself, a second
// import that changes nothing, a cancel that writes nothing, and files it refuses plainly.
#include "UiTestSupport.h"

#include "ui/StaffImportWizard.h"
#include "ui/StaffPage.h"

#include "core/Clock.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NETRA_TEST_DATA "/import/") + name;
}

} // namespace

class TestStaffImportWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previewMarksRejectsAndWritesNothing();
    void ignoredColumnChangesThePreview();
    void importWritesValidRowsAndReimportChangesNothing();
    void cancelledImportWritesNothing();
    void xlsxPicksTheRosterSheet();
    void refusedFilesAreExplained();
    void staffPageOpensTheWizard();

private:
    int staffCount() const;
    std::unique_ptr<StaffImportWizard> openWizard(const QString& path);
    bool toPreview(StaffImportWizard& wizard);
    QString previewSummary(StaffImportWizard& wizard) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStaffImportWizard::initTestCase()
{
    QVERIFY(prepareUiTests());
}

void TestStaffImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Database::Options options;
    options.create = true;
    options.clock = &testClock();
    auto db = Database::open(m_dir->filePath(u"netra.sqlite"_s), options);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    // The units the fixtures name (roster_bad.csv also names "Dinas Perhubungan": unknown).
    const QList<std::pair<QString, QString>> units = {{u"1.01.01"_s, u"Dinas Pendidikan dan Kebudayaan"_s},
                                                      {u"1.02.01"_s, u"Dinas Kesehatan"_s},
                                                      {u"7.01.01"_s, u"Kecamatan Sukamaju"_s}};
    for (const auto& [code, name] : units) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = u"dinas"_s;
        QVERIFY(WorkUnitRepository(*m_db).add(unit));
    }
}

void TestStaffImportWizard::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestStaffImportWizard::staffCount() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM staff"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

std::unique_ptr<StaffImportWizard> TestStaffImportWizard::openWizard(const QString& path)
{
    auto wizard = std::make_unique<StaffImportWizard>(*m_db);
    wizard->show();
    wizard->findChild<QLineEdit*>(u"staffImportFile"_s)->setText(path);
    wizard->next();
    return wizard;
}

// From the mapping page through the options to a finished dry run.
bool TestStaffImportWizard::toPreview(StaffImportWizard& wizard)
{
    if (wizard.currentId() != StaffImportWizard::MappingPage)
        return false;
    wizard.next();
    wizard.next();
    if (wizard.currentId() != StaffImportWizard::PreviewPage)
        return false;
    auto* commit = wizard.findChild<QPushButton*>(u"staffImportCommit"_s);
    auto* problem = wizard.findChild<QLabel*>(u"staffImportPreviewError"_s);
    if (!QTest::qWaitFor([&] { return commit->isEnabled() || !problem->isHidden(); }, 10000))
        return false;
    if (!problem->isHidden())
        qWarning("%s", qPrintable(problem->text()));
    return commit->isEnabled();
}

QString TestStaffImportWizard::previewSummary(StaffImportWizard& wizard) const
{
    return wizard.findChild<QLabel*>(u"staffImportPreviewSummary"_s)->text().section(QLatin1Char('\n'), 0, 0);
}

void TestStaffImportWizard::previewMarksRejectsAndWritesNothing()
{
    auto wizard = openWizard(fixture(u"roster_bad.csv"_s));
    QCOMPARE(wizard->currentId(), int(StaffImportWizard::MappingPage));
    // Detected from the headers: NIP, Nama Lengkap, Unit Kerja, ...
    auto* nipChoice = wizard->findChild<QComboBox*>(u"staffImportMap0"_s);
    QVERIFY(nipChoice);
    QCOMPARE(nipChoice->currentText(), u"NIP"_s);
    QCOMPARE(wizard->findChild<QComboBox*>(u"staffImportMap2"_s)->currentText(), u"Work unit"_s);

    QVERIFY(toPreview(*wizard));
    QCOMPARE(previewSummary(*wizard), u"To add 3 / to update 0 / unchanged 0 / rejected 10"_s);
    QCOMPARE(staffCount(), 0);

    // Rows 2..14 shown; rows 4..13 rejected, with the NIP cell of row 4 marked and explained.
    auto* rows = wizard->findChild<QTableWidget*>(u"staffImportPreviewRows"_s);
    QCOMPARE(rows->rowCount(), 13);
    QCOMPARE(rows->verticalHeaderItem(2)->text(), u"4"_s);
    QVERIFY(rows->item(2, 0)->toolTip().contains(u"lost its last digits"_s));
    QVERIFY(rows->item(2, 0)->background().style() != Qt::NoBrush);
    QVERIFY(rows->item(2, 1)->background().style() != Qt::NoBrush); // the rest of the row too
    QVERIFY(rows->item(2, 0)->background().color() != rows->item(2, 1)->background().color());
    QCOMPARE(rows->item(0, 0)->background().style(), Qt::NoBrush); // row 2 is fine
    QCOMPARE(rows->item(12, 0)->background().style(), Qt::NoBrush); // row 14 too
    QVERIFY(rows->item(10, 2)->toolTip().contains(u"Unknown work unit"_s)); // row 12, Unit Kerja

    auto* rejects = wizard->findChild<QTableWidget*>(u"staffImportRejects"_s);
    QCOMPARE(rejects->rowCount(), 10);
    QCOMPARE(rejects->item(0, 0)->text(), u"4"_s);
    QCOMPARE(rejects->item(0, 1)->text(), u"NIP"_s);
    QCOMPARE(rejects->item(0, 2)->text(), u"1.99E+17"_s);

    // The reject list saved as the clerk would (CSV by extension).
    QVERIFY(wizard->findChild<QPushButton*>(u"staffImportSaveRejects"_s)->isEnabled());
    const QString saved = m_dir->filePath(u"rejects.csv"_s);
    QVERIFY(wizard->saveRejects(saved));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 11);
    QVERIFY(lines.at(0).trimmed() == "row,column,value,reason");
    QVERIFY(lines.at(1).startsWith("4,NIP,1.99E+17,"));

    wizard->reject();
    QCOMPARE(staffCount(), 0);
    QVERIFY(!wizard->imported());
}

void TestStaffImportWizard::ignoredColumnChangesThePreview()
{
    auto wizard = openWizard(fixture(u"roster_bad.csv"_s));
    // Column 5 is "Jenis Kelamin": ignored, row 9's sex contradiction is no longer a problem.
    auto* sex = wizard->findChild<QComboBox*>(u"staffImportMap5"_s);
    QCOMPARE(sex->currentText(), u"Sex"_s);
    sex->setCurrentIndex(sex->findData(-1));
    emit sex->activated(sex->currentIndex());
    QCOMPARE(wizard->options().overrides.value(u"jenis kelamin"_s, StaffField::Nip), std::nullopt);

    QVERIFY(toPreview(*wizard));
    QCOMPARE(previewSummary(*wizard), u"To add 4 / to update 0 / unchanged 0 / rejected 9"_s);
    QCOMPARE(staffCount(), 0);

    // Choosing NIP for the name column takes NIP away from the NIP column; the page says so.
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(StaffImportWizard::MappingPage));
    auto* name = wizard->findChild<QComboBox*>(u"staffImportMap1"_s);
    name->setCurrentIndex(name->findData(int(StaffField::Nip)));
    emit name->activated(name->currentIndex());
    QCOMPARE(wizard->findChild<QComboBox*>(u"staffImportMap0"_s)->currentData().toInt(), -1);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(StaffImportWizard::MappingPage));
    auto* problem = wizard->findChild<QLabel*>(u"staffImportMappingError"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(u"Name"_s));
}

void TestStaffImportWizard::importWritesValidRowsAndReimportChangesNothing()
{
    {
        auto wizard = openWizard(fixture(u"roster_bad.csv"_s));
        QVERIFY(toPreview(*wizard));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(StaffImportWizard::ImportPage));
        auto* finish = wizard->findChild<QPushButton*>(u"staffImportFinish"_s);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 10000);
        const QString result = wizard->findChild<QLabel*>(u"staffImportResult"_s)->text();
        QVERIFY2(result.startsWith(u"Imported: added 3 / updated 0 / unchanged 0 / rejected 10."_s), qPrintable(result));
        QVERIFY(wizard->imported());
        QVERIFY(!wizard->findChild<QPushButton*>(u"staffImportSaveRejectsAfter"_s)->isHidden());
        QCOMPARE(staffCount(), 3);
        wizard->accept();
    }
    {
        auto wizard = openWizard(fixture(u"roster_bad.csv"_s));
        QVERIFY(toPreview(*wizard));
        QCOMPARE(previewSummary(*wizard), u"To add 0 / to update 0 / unchanged 3 / rejected 10"_s);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QPushButton*>(u"staffImportFinish"_s)->isEnabled(), 10000);
        QVERIFY(wizard->findChild<QLabel*>(u"staffImportResult"_s)
                    ->text()
                    .startsWith(u"Imported: added 0 / updated 0 / unchanged 3 / rejected 10."_s));
        QCOMPARE(staffCount(), 3);
    }
}

void TestStaffImportWizard::cancelledImportWritesNothing()
{
    auto wizard = openWizard(fixture(u"roster_bad.csv"_s));
    QVERIFY(toPreview(*wizard));
    wizard->next();
    // The run starts on the next turn of the event loop, so this cancel always comes first.
    wizard->findChild<QPushButton*>(u"staffImportCancel"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QPushButton*>(u"staffImportFinish"_s)->isEnabled(), 10000);
    const QString result = wizard->findChild<QLabel*>(u"staffImportResult"_s)->text();
    QVERIFY2(result.contains(u"Nothing was written"_s), qPrintable(result));
    QVERIFY(!wizard->imported());
    QCOMPARE(staffCount(), 0);
}

void TestStaffImportWizard::xlsxPicksTheRosterSheet()
{
    auto wizard = openWizard(fixture(u"roster.xlsx"_s));
    QCOMPARE(wizard->currentId(), int(StaffImportWizard::MappingPage));
    auto* sheet = wizard->findChild<QComboBox*>(u"staffImportSheet"_s);
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), u"Pegawai"_s); // not the notes sheet before it
    QCOMPARE(wizard->options().sheet, u"Pegawai"_s);
    QVERIFY(toPreview(*wizard));
    QCOMPARE(previewSummary(*wizard), u"To add 3 / to update 0 / unchanged 0 / rejected 1"_s);
    auto* rows = wizard->findChild<QTableWidget*>(u"staffImportPreviewRows"_s);
    QCOMPARE(rows->rowCount(), 4);
    QCOMPARE(staffCount(), 0);
}

void TestStaffImportWizard::refusedFilesAreExplained()
{
    {
        auto wizard = openWizard(fixture(u"not_a_spreadsheet.xlsx"_s));
        QCOMPARE(wizard->currentId(), int(StaffImportWizard::FilePage));
        auto* problem = wizard->findChild<QLabel*>(u"staffImportFileError"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY(!problem->text().isEmpty());
    }
    {
        auto wizard = openWizard(m_dir->filePath(u"no_such_roster.csv"_s));
        QCOMPARE(wizard->currentId(), int(StaffImportWizard::FilePage));
        QVERIFY(wizard->findChild<QLabel*>(u"staffImportFileError"_s)->text().contains(u"no_such_roster.csv"_s));
    }
    {
        auto wizard = openWizard(fixture(u"empty.csv"_s));
        QCOMPARE(wizard->currentId(), int(StaffImportWizard::FilePage));
        QVERIFY(!wizard->findChild<QLabel*>(u"staffImportFileError"_s)->isHidden());
    }
    {
        auto wizard = openWizard(fixture(u"no_nip.csv"_s));
        QCOMPARE(wizard->currentId(), int(StaffImportWizard::MappingPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(StaffImportWizard::MappingPage));
        auto* problem = wizard->findChild<QLabel*>(u"staffImportMappingError"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"NIP"_s), qPrintable(problem->text()));
    }
    QCOMPARE(staffCount(), 0);
}

void TestStaffImportWizard::staffPageOpensTheWizard()
{
    StaffPage page;
    page.setDatabase(m_db.get());
    page.show();
    auto* button = page.findChild<QPushButton*>(u"staffImport"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    bool opened = false;
    whenModalOpens([&opened](QWidget* modal) {
        opened = qobject_cast<StaffImportWizard*>(modal) != nullptr;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
    });
    button->click();
    QVERIFY(opened);
    page.setDatabase(nullptr);
}

QTEST_MAIN(TestStaffImportWizard)
#include "TestStaffImportWizard.moc"
