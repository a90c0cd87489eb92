// SPDX-License-Identifier: GPL-3.0-or-later
// Every list of the window exported as the clerk sees it, on a demo Pemda, read back with
// Netra's own readers: the roster as searched, filtered and sorted, every match and not only
// the rows fetched; the units with the columns shown in their order; the cases as filtered,
// and the Rekap's two counts; the pledges without the screen's row limit; the weakest units
// with their percentages; the briefings with their dates; a unit's gaps in full. NIPs are
// text, dates are dates, counts are numbers.
#include "../io/SheetTestSupport.h"
#include "UiTestSupport.h"

#include "ui/CasePage.h"
#include "ui/CaseTableModel.h"
#include "ui/DashboardPage.h"
#include "ui/ExportJob.h"
#include "ui/ExportTarget.h"
#include "ui/PledgePage.h"
#include "ui/PledgeTableModel.h"
#include "ui/SessionPage.h"
#include "ui/SessionTableModel.h"
#include "ui/StaffPage.h"
#include "ui/StaffTableModel.h"
#include "ui/UnitGapsDialog.h"
#include "ui/WeakUnitTableModel.h"
#include "ui/WorkUnitPage.h"
#include "ui/WorkUnitTableModel.h"

#include "core/Compliance.h"
#include "io/RowSource.h"
#include "store/ComplianceRepository.h"
#include "store/DemoSeeder.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;
using Type = SpreadsheetCell::Type;

namespace {

// More people than the Ikrar & Pakta page lists at once, so the export must read past it.
constexpr int kDemoStaff = 2 * PledgePage::kRowLimit;

QStringList headersOf(const QAbstractItemModel& model, const QList<int>& columns)
{
    QStringList headers;
    for (const int column : columns)
        headers << model.headerData(column, Qt::Horizontal).toString();
    return headers;
}

bool isDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

class TestListExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void staffListIsTheSearchInFull();
    void unitListHasTheShownColumnsInOrder();
    void caseListIsTheFilteredOne();
    void rekapIsBothCounts();
    void pledgeListIsNotCutAtTheRowLimit();
    void weakestUnitsKeepTheirPercentages();
    void briefingsKeepTheirDates();
    void unitGapsAreWrittenInFull();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestListExport::initTestCase()
{
    QVERIFY(prepareUiTests());
    Database::Options options;
    options.create = true;
    options.clock = &testClock();
    auto db = Database::open(path(u"netra.sqlite"_s), options);
    NETRA_VERIFY_RESULT(db);
    m_db = std::move(*db);
    NETRA_VERIFY_RESULT(DemoSeeder(*m_db).seed(kDemoStaff, 11));
}

void TestListExport::staffListIsTheSearchInFull()
{
    StaffPage page;
    page.setDatabase(m_db.get());
    auto* units = page.findChild<QComboBox*>(u"staffUnitFilter"_s);
    QVERIFY(units && units->count() > 2);
    units->setCurrentIndex(2);
    StaffTableModel* model = page.model();
    model->sort(StaffTableModel::NameColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model->isComplete() && model->rowCount() > 0);

    const StaffExporter::Options options = page.exportOptions();
    QVERIFY(options.query);
    QCOMPARE(*options.query, model->query());
    const QString file = path(u"pegawai.xlsx"_s);
    const auto written = ExportJob::run(&page, *m_db, u"Ekspor"_s, [&](Database& db, const auto& progress) {
        StaffExporter::Options withProgress = options;
        withProgress.progress = progress;
        return StaffExporter(db).write(file, StaffExporter::Format::Xlsx, withProgress);
    });
    NETRA_VERIFY_RESULT(written);
    QCOMPARE(*written, qint64(model->rowCount()));

    const SheetRows rows = readSheet(file, u"Pegawai"_s);
    QCOMPARE(rows.size(), model->rowCount() + 1);
    // Row for row in the table's order, fetched or not.
    StaffRepository staff(*m_db);
    for (const int row : {0, model->rowCount() / 2, model->rowCount() - 1}) {
        const auto person = staff.findById(model->idAt(row));
        NETRA_VERIFY_RESULT(person);
        QCOMPARE(rows.at(row + 1).at(0).type, Type::Text);
        QCOMPARE(rows.at(row + 1).at(0).text, person->nip.isEmpty() ? person->internalId : person->nip);
        QCOMPARE(rows.at(row + 1).at(1).text, person->name);
    }
}

void TestListExport::unitListHasTheShownColumnsInOrder()
{
    WorkUnitPage page;
    page.setDatabase(m_db.get());
    auto* table = page.findChild<QTableView*>(u"unitTable"_s);
    QVERIFY(table);
    const WorkUnitTableModel* model = page.model();
    QVERIFY(model->rowCount() > 10);
    table->setColumnHidden(WorkUnitTableModel::ParentColumn, true);
    table->horizontalHeader()->moveSection(WorkUnitTableModel::HeadColumn, 0);

    const QList<int> shown{WorkUnitTableModel::HeadColumn, WorkUnitTableModel::CodeColumn,
                           WorkUnitTableModel::NameColumn, WorkUnitTableModel::KindColumn,
                           WorkUnitTableModel::HeadcountColumn};
    QCOMPARE(TableExport::shownColumns(table), shown);
    const QString file = path(u"unit.xlsx"_s);
    const auto written = TableExport::write(page.exportSheets(), file, SheetOutput::Format::Xlsx);
    NETRA_VERIFY_RESULT(written);
    QCOMPARE(*written, qint64(model->rowCount()));

    QStringList names;
    const SheetRows rows = readSheet(file, {}, &names);
    QCOMPARE(names, QStringList{u"Perangkat Daerah"_s});
    QCOMPARE(RowSource::texts(rows.at(0)), headersOf(*model, shown));
    QCOMPARE(rows.size(), model->rowCount() + 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(rows.at(row + 1).at(1).text, model->index(row, WorkUnitTableModel::CodeColumn).data().toString());
        // The name without the indent that shows a sub-unit on screen.
        QCOMPARE(rows.at(row + 1).at(2).text,
                 model->index(row, WorkUnitTableModel::NameColumn).data().toString().trimmed());
    }
}

void TestListExport::caseListIsTheFilteredOne()
{
    CasePage page;
    page.setDatabase(m_db.get());
    const CaseTableModel* model = page.model();
    QTRY_VERIFY(model->rowCount() > 0);
    const int all = model->rowCount();
    auto* status = page.findChild<QComboBox*>(u"caseStatus"_s);
    QVERIFY(status);
    // The first status that leaves some cases but not all of them.
    for (int i = 1; i < status->count() && (model->rowCount() == 0 || model->rowCount() == all); ++i)
        status->setCurrentIndex(i);
    QVERIFY(model->rowCount() > 0 && model->rowCount() < all);

    const QString file = path(u"kasus.xlsx"_s);
    const auto written = TableExport::write(page.exportSheets(), file, SheetOutput::Format::Xlsx);
    NETRA_VERIFY_RESULT(written);
    QCOMPARE(*written, qint64(model->rowCount()));
    const SheetRows rows = readSheet(file, u"Kasus"_s);
    QCOMPARE(rows.size(), model->rowCount() + 1);
    const QStringList headers = RowSource::texts(rows.at(0));
    const qsizetype nipColumn = headers.indexOf(model->headerData(CaseTableModel::NipColumn, Qt::Horizontal).toString());
    const qsizetype actColumn = headers.indexOf(model->headerData(CaseTableModel::ActDateColumn, Qt::Horizontal).toString());
    const qsizetype numberColumn = headers.indexOf(model->headerData(CaseTableModel::NumberColumn, Qt::Horizontal).toString());
    QVERIFY(nipColumn >= 0 && actColumn >= 0 && numberColumn >= 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const ViolationCase* c = model->caseAt(row);
        const auto& cells = rows.at(row + 1);
        QCOMPARE(cells.at(numberColumn).type, Type::Number);
        QCOMPARE(cells.at(numberColumn).number, double(row + 1));
        QCOMPARE(cells.at(nipColumn).type, Type::Text);
        QCOMPARE(cells.at(nipColumn).text, c->nip);
        QVERIFY(isDigits(c->nip) || c->nip.isEmpty());
        QCOMPARE(cells.at(actColumn).type, Type::Date);
        QCOMPARE(cells.at(actColumn).date, c->actDate);
    }
}

void TestListExport::rekapIsBothCounts()
{
    CasePage page;
    page.setDatabase(m_db.get());
    QTRY_VERIFY(page.model()->rowCount() > 0);
    auto* tabs = page.findChild<QTabWidget*>(u"caseTabs"_s);
    auto* byUnit = page.findChild<QTableView*>(u"caseCountsByUnit"_s);
    auto* byKind = page.findChild<QTableView*>(u"caseCountsByKind"_s);
    QVERIFY(tabs && byUnit && byKind);
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(byUnit->model()->rowCount() > 0 && byKind->model()->rowCount() > 0);

    const QString file = path(u"rekap.csv"_s);
    const QList<TableExport::Sheet> sheets = page.exportSheets();
    QCOMPARE(sheets.size(), 2);
    NETRA_VERIFY_RESULT(TableExport::write(sheets, file, SheetOutput::Format::Csv));
    const ExportTarget target{file, SheetOutput::Format::Csv};
    const QStringList files = target.files({sheets.at(0).name, sheets.at(1).name});
    QCOMPARE(files.size(), 2);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QAbstractItemModel* model = sheets.at(i).view->model();
        const QList<QStringList> records = readCsvFile(files.at(i));
        QCOMPARE(records.size(), model->rowCount() + 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                QCOMPARE(records.at(row + 1).at(column), model->index(row, column).data().toString());
        }
    }

    const QString workbook = path(u"rekap.xlsx"_s);
    NETRA_VERIFY_RESULT(TableExport::write(sheets, workbook, SheetOutput::Format::Xlsx));
    QStringList names;
    const SheetRows perUnit = readSheet(workbook, {}, &names);
    QCOMPARE(names, (QStringList{u"Kasus per Unit"_s, u"Kasus per Jenis"_s}));
    QCOMPARE(perUnit.at(1).at(1).type, Type::Number); // the totals sum in a spreadsheet
}

void TestListExport::pledgeListIsNotCutAtTheRowLimit()
{
    PledgePage page;
    page.setDatabase(m_db.get());
    QTRY_VERIFY(page.shownQuery().has_value());
    const PledgeListQuery shown = *page.shownQuery();
    QCOMPARE(shown.filter.limit, PledgePage::kRowLimit);

    ObligationFilter everyone = shown.filter;
    everyone.limit = -1;
    const auto owed = PledgeRepository(*m_db).obligations(shown.period, shown.kind, shown.asOf, everyone);
    NETRA_VERIFY_RESULT(owed);
    QVERIFY2(owed->total > PledgePage::kRowLimit, qPrintable(QString::number(owed->total)));
    QCOMPARE(page.model()->rowCount(), PledgePage::kRowLimit);

    auto request = page.exportRequest();
    QVERIFY(request);
    QCOMPARE(request->query.filter.limit, -1);
    const QString file = path(u"ikrar.xlsx"_s);
    const auto written = ExportJob::run(&page, *m_db, u"Ekspor"_s, [&](Database& db, const auto& progress) {
        return PledgePage::writeList(db, *request, file, SheetOutput::Format::Xlsx, progress);
    });
    NETRA_VERIFY_RESULT(written);
    QCOMPARE(*written, qint64(owed->total));
    const SheetRows rows = readSheet(file, request->sheetName);
    QCOMPARE(rows.size(), owed->total + 1);
    QCOMPARE(RowSource::texts(rows.at(0)), headersOf(*page.model(), request->columns));

    // The search typed on the page narrows the file as it narrows the screen.
    const PledgeEntry& someone = owed->entries.at(PledgePage::kRowLimit + 10);
    auto* search = page.findChild<QLineEdit*>(u"pledgeSearch"_s);
    QVERIFY(search);
    search->setText(someone.nip);
    request = page.exportRequest();
    QCOMPARE(request->searchText, someone.nip);
    const QString found = path(u"ikrar-cari.xlsx"_s);
    NETRA_VERIFY_RESULT(PledgePage::writeList(*m_db, *request, found, SheetOutput::Format::Xlsx));
    const SheetRows match = readSheet(found, request->sheetName);
    QCOMPARE(match.size(), 2);
    const qsizetype nipColumn = request->columns.indexOf(int(PledgeTableModel::NipColumn));
    QVERIFY(nipColumn >= 0);
    QCOMPARE(match.at(1).at(nipColumn).type, Type::Text);
    QCOMPARE(match.at(1).at(nipColumn).text, someone.nip);
}

void TestListExport::weakestUnitsKeepTheirPercentages()
{
    DashboardPage page;
    page.setDatabase(m_db.get());
    QTRY_VERIFY(page.shown().has_value() && !page.isLoading());
    const WeakUnitTableModel* model = page.weakestModel();
    QVERIFY(model->rowCount() > 0);

    const QString file = path(u"terlemah.xlsx"_s);
    NETRA_VERIFY_RESULT(TableExport::write(page.exportSheets(), file, SheetOutput::Format::Xlsx));
    const SheetRows rows = readSheet(file, u"Unit Terlemah"_s);
    QCOMPARE(rows.size(), model->rowCount() + 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 unitId = model->index(row, 0).data(WeakUnitTableModel::UnitIdRole).toLongLong();
        const auto unit = std::find_if(page.shown()->units.cbegin(), page.shown()->units.cend(),
                                       [unitId](const UnitCompliance& u) { return u.unitId == unitId; });
        QVERIFY(unit != page.shown()->units.cend());
        const SpreadsheetCell& ikrar = rows.at(row + 1).at(WeakUnitTableModel::IkrarColumn);
        QCOMPARE(ikrar.type, Type::Number); // the fraction under a % format
        QVERIFY(qAbs(ikrar.number * 100 - ComplianceRule::percent(unit->ikrarSigned, unit->activeStaff)) < 1e-9);
    }
}

void TestListExport::briefingsKeepTheirDates()
{
    SessionPage page;
    page.setDatabase(m_db.get());
    const SessionTableModel* model = page.model();
    QTRY_VERIFY(model->rowCount() > 0);
    const auto sessions = SessionRepository(*m_db).list(page.periodId());
    NETRA_VERIFY_RESULT(sessions);

    const QString file = path(u"sosialisasi.xlsx"_s);
    NETRA_VERIFY_RESULT(TableExport::write(page.exportSheets(), file, SheetOutput::Format::Xlsx));
    const SheetRows rows = readSheet(file, u"Sosialisasi"_s);
    QCOMPARE(rows.size(), model->rowCount() + 1);
    QList<QDate> written;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SpreadsheetCell& date = rows.at(row + 1).at(SessionTableModel::DateColumn);
        QCOMPARE(date.type, Type::Date);
        written << date.date;
        QCOMPARE(rows.at(row + 1).at(SessionTableModel::TitleColumn).text,
                 model->index(row, SessionTableModel::TitleColumn).data().toString());
    }
    QList<QDate> stored;
    for (const Session& session : *sessions)
        stored << session.date;
    std::sort(written.begin(), written.end());
    std::sort(stored.begin(), stored.end());
    QCOMPARE(written, stored);
}

void TestListExport::unitGapsAreWrittenInFull()
{
    DashboardPage dashboard;
    dashboard.setDatabase(m_db.get());
    QTRY_VERIFY(dashboard.shown().has_value() && !dashboard.isLoading());
    const DashboardFigures& figures = *dashboard.shown();
    // The unit with the most people who have not signed.
    const auto unit = std::max_element(figures.units.cbegin(), figures.units.cend(),
                                       [](const UnitCompliance& a, const UnitCompliance& b) {
                                           return a.activeStaff - a.ikrarSigned < b.activeStaff - b.ikrarSigned;
                                       });
    QVERIFY(unit != figures.units.cend() && unit->activeStaff > unit->ikrarSigned);

    const UnitGapsDialog::Lists lists{figures.query.period, figures.query.asOf, figures.thresholds.minSessions,
                                      unit->unitId};
    const QString file = path(u"celah.xlsx"_s);
    const auto written = UnitGapsDialog::writeLists(*m_db, lists, file, SheetOutput::Format::Xlsx);
    NETRA_VERIFY_RESULT(written);
    const int notSigned = unit->activeStaff - unit->ikrarSigned;
    const int notAttended = unit->activeStaff - unit->attendedStaff;
    QCOMPARE(*written, qint64(notSigned + notAttended));
    QStringList names;
    const SheetRows unsignedRows = readSheet(file, u"Belum Ikrar"_s, &names);
    QCOMPARE(names, (QStringList{u"Belum Ikrar"_s, u"Belum Hadir"_s}));
    QCOMPARE(unsignedRows.size(), notSigned + 1);
    QCOMPARE(readSheet(file, u"Belum Hadir"_s).size(), notAttended + 1);
    QCOMPARE(unsignedRows.at(1).at(2).type, Type::Text); // the NIP
}

QTEST_MAIN(TestListExport)
#include "TestListExport.moc"
