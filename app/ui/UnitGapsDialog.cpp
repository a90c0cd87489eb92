// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitGapsDialog.h"

#include "StaffInUnitTableModel.h"

#include "core/IndonesianDate.h"
#include "io/IndonesianNumber.h"
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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 480);

    load(db, period, asOf, minSessions, unitId);
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

void UnitGapsDialog::load(Database& db, const ElectionPeriod& period, QDate asOf, int minSessions, qint64 unitId)
{
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

} // namespace netra
