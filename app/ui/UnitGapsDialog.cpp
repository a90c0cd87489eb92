// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitGapsDialog.h"

#include "ExportButton.h"
#include "ExportJob.h"
#include "ExportTarget.h"
#include "StaffInUnitTableModel.h"

#include "core/IndonesianDate.h"
#include "io/IndonesianNumber.h"
#include "io/ModelSheetExporter.h"
#include "store/ComplianceRepository.h"
#include "store/PledgeRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace netra {

UnitGapsDialog::UnitGapsDialog(Database& db, const ElectionPeriod& period, QDate asOf, int minSessions,
                               qint64 unitId, const QString& unitName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_lists{period, asOf, minSessions, unitId}
    , m_unsigned(new StaffInUnitTableModel(this))
    , m_absent(new StaffInUnitTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_unsignedCount(new QLabel(this))
    , m_absentCount(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("unitGapsDialog"));
    setWindowTitle(tr("%1 as of %2").arg(unitName, IndonesianDate::longDate(asOf)));
    m_tabs->setObjectName(QStringLiteral("gapsTabs"));
    m_unsignedCount->setObjectName(QStringLiteral("unsignedCount"));
    m_absentCount->setObjectName(QStringLiteral("absentCount"));
    m_error->setObjectName(QStringLiteral("gapsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    const auto tab = [this](QLabel* count, QTableView* view) {
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(count);
        layout->addWidget(view, 1);
        return page;
    };
    m_tabs->addTab(tab(m_unsignedCount, table(m_unsigned, QStringLiteral("unsignedTable"))), tr("Ikrar not signed"));
    m_tabs->addTab(tab(m_absentCount, table(m_absent, QStringLiteral("absentTable"))), tr("Did not attend"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = new ExportButton(buttons);
    exportButton->setObjectName(QStringLiteral("gapsExport"));
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &UnitGapsDialog::exportLists);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 480);

    load(db);
}

QTableView* UnitGapsDialog::table(StaffInUnitTableModel* model, const QString& name)
{
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(StaffInUnitTableModel::PositionColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    view->setColumnWidth(StaffInUnitTableModel::NumberColumn, 4 * em);
    view->setColumnWidth(StaffInUnitTableModel::NameColumn, 18 * em);
    view->setColumnWidth(StaffInUnitTableModel::NipColumn,
                         metrics.horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + 2 * em);
    return view;
}

void UnitGapsDialog::load(Database& db)
{
    const auto& [period, asOf, minSessions, unitId] = m_lists;
    // One unit's lists: fast enough to read here, behind a busy cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ObligationFilter filter;
    filter.unitId = unitId;
    filter.signing = Signing::Unsigned;
    filter.limit = kLimit;
    const auto owed = PledgeRepository(db).obligations(period, PledgeKind::Ikrar, asOf, filter);
    const auto absent = ComplianceRepository(db).notAttended(period, asOf, minSessions, unitId);
    QApplication::restoreOverrideCursor();

    QStringList errors;
    if (owed) {
        m_unsigned->setPeople({owed->entries.cbegin(), owed->entries.cend()});
        const int shown = int(owed->entries.size());
        m_unsignedCount->setText(shown < owed->total
                                     ? tr("Showing %1 of %2 who have not signed.")
                                           .arg(IndonesianNumber::integer(shown), IndonesianNumber::integer(owed->total))
                                     : tr("%n person(s) have not signed.", nullptr, shown));
    } else {
        errors << owed.error().message;
    }
    if (absent) {
        m_absent->setPeople(*absent);
        m_absentCount->setText(tr("%n person(s) did not attend enough sessions.", nullptr, int(absent->size())));
    } else {
        errors << absent.error().message;
    }
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
}

Result<qint64> UnitGapsDialog::writeLists(Database& db, const Lists& lists, const QString& path,
                                          SheetOutput::Format format, const std::function<bool(qint64)>& progress)
{
    ObligationFilter filter;
    filter.unitId = lists.unitId;
    filter.signing = Signing::Unsigned;
    const auto owed = PledgeRepository(db).obligations(lists.period, PledgeKind::Ikrar, lists.asOf, filter);
    if (!owed)
        return owed.error();
    const auto absent = ComplianceRepository(db).notAttended(lists.period, lists.asOf, lists.minSessions, lists.unitId);
    if (!absent)
        return absent.error();
    // Models of this thread, never shown: they give the rows the columns the dialog shows.
    StaffInUnitTableModel unsignedPeople;
    unsignedPeople.setPeople({owed->entries.cbegin(), owed->entries.cend()});
    StaffInUnitTableModel absentPeople;
    absentPeople.setPeople(*absent);
    return ModelSheetExporter::write({{&unsignedPeople, QStringLiteral("Belum Ikrar"), {}},
                                      {&absentPeople, QStringLiteral("Belum Hadir"), {}}},
                                     path, format, progress);
}

void UnitGapsDialog::exportLists()
{
    const QString title = tr("Export the lists");
    const auto target = ExportTarget::ask(this, title, windowTitle());
    if (!target)
        return;
    const Lists lists = m_lists;
    const QString path = target->path;
    const SheetOutput::Format format = target->format;
    const Result<qint64> rows = ExportJob::run(this, m_db, title, [lists, path, format](Database& db, const auto& progress) {
        return writeLists(db, lists, path, format, progress);
    });
    target->tell(this, title, rows, {QStringLiteral("Belum Ikrar"), QStringLiteral("Belum Hadir")});
}

} // namespace netra
