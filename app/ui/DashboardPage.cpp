// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "ExportButton.h"
#include "PeriodChoice.h"
#include "UnitGapsDialog.h"
#include "UnitShareChart.h"
#include "WeakUnitTableModel.h"
#include "WeeklyProgressChart.h"

#include "core/IndonesianDate.h"
#include "io/IndonesianNumber.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace netra {

DashboardPage::DashboardPage(QWidget* parent)
    : Page(parent)
    , m_loader(new DashboardLoader(this))
    , m_weakest(new WeakUnitTableModel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_state(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_ikrarChart(new UnitShareChart(UnitShareChart::Share::Ikrar, this))
    , m_attendanceChart(new UnitShareChart(UnitShareChart::Share::Attendance, this))
    , m_progress(new WeeklyProgressChart(this))
    , m_weakestLabel(new QLabel(this))
    , m_weakestTable(new QTableView(this))
    , m_weakestExport(new ExportButton(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_hint->setObjectName(QStringLiteral("dashboardHint"));
    m_ikrarChart->setObjectName(QStringLiteral("ikrarChart"));
    m_attendanceChart->setObjectName(QStringLiteral("attendanceChart"));
    m_progress->setObjectName(QStringLiteral("progressChart"));
    m_weakestTable->setObjectName(QStringLiteral("weakestTable"));
    m_weakestExport->setObjectName(QStringLiteral("weakestExport"));

    m_periodLabel->setBuddy(m_period);
    m_period->setMinimumContentsLength(16);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asOfLabel->setBuddy(m_asOf);
    m_asOf->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_asOf->setCalendarPopup(true);
    m_state->setWordWrap(true);
    m_hint->setWordWrap(true);

    m_weakestTable->setModel(m_weakest);
    m_weakestTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_weakestTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_weakestTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weakestTable->setWordWrap(false);
    m_weakestTable->verticalHeader()->hide();
    m_weakestTable->horizontalHeader()->setSectionResizeMode(WeakUnitTableModel::UnitColumn, QHeaderView::Stretch);
    for (const int column : {WeakUnitTableModel::IkrarColumn, WeakUnitTableModel::AttendanceColumn,
                             WeakUnitTableModel::StatusColumn})
        m_weakestTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_asOfLabel);
    filters->addWidget(m_asOf);
    filters->addWidget(m_state, 1);
    auto* tiles = new QHBoxLayout;
    m_active = addTile(tiles, QStringLiteral("tileActive"), m_activeCaption);
    m_ikrar = addTile(tiles, QStringLiteral("tileIkrar"), m_ikrarCaption);
    m_attendance = addTile(tiles, QStringLiteral("tileAttendance"), m_attendanceCaption);
    m_openCases = addTile(tiles, QStringLiteral("tileOpenCases"), m_openCasesCaption);
    m_overdue = addTile(tiles, QStringLiteral("tileOverdue"), m_overdueCaption);
    auto* weakest = new QVBoxLayout;
    auto* weakestTitle = new QHBoxLayout;
    weakestTitle->addWidget(m_weakestLabel, 1);
    weakestTitle->addWidget(m_weakestExport);
    weakest->addLayout(weakestTitle);
    weakest->addWidget(m_weakestTable, 1);
    auto* grid = new QGridLayout;
    grid->addWidget(m_ikrarChart, 0, 0);
    grid->addWidget(m_attendanceChart, 0, 1);
    grid->addLayout(weakest, 1, 0);
    grid->addWidget(m_progress, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_hint);
    layout->addLayout(tiles);
    layout->addLayout(grid, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChanged);
    // Typing a date changes it digit by digit; older requests are skipped (DashboardLoader).
    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardPage::reload);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::showFigures);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardPage::showFailure);
    connect(m_weakestExport, &QPushButton::clicked, this, [this] { TableExport::save(this, exportSheets()); });
    connect(m_weakestTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        openUnit(index.data(WeakUnitTableModel::UnitIdRole).toLongLong());
    });
    for (UnitShareChart* chart : {m_ikrarChart, m_attendanceChart})
        connect(chart, &UnitShareChart::unitClicked, this, &DashboardPage::openUnit);
    retranslate();
    setDatabase(nullptr);
}

DashboardPage::~DashboardPage() = default;

QLabel* DashboardPage::addTile(QLayout* row, const QString& name, QLabel*& caption)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* value = new QLabel(frame);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    caption = new QLabel(frame);
    caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(value);
    layout->addWidget(caption);
    row->addWidget(frame);
    return value;
}

void DashboardPage::setDatabase(Database* db)
{
    m_db = db;
    m_loader->setDatabase(db);
    {
        // Another file's periods share nothing with these but their ids.
        const QSignalBlocker blocker(m_period);
        m_period->clear();
    }
    refresh();
}

void DashboardPage::refresh()
{
    loadPeriods();
    reload();
}

void DashboardPage::loadPeriods()
{
    m_periods.clear();
    QString failure;
    if (m_db) {
        if (const auto periods = ElectionPeriodRepository(*m_db).list())
            m_periods = *periods;
        else
            failure = periods.error().message;
    }
    const bool kept = fillPeriodCombo(m_period, m_periods, m_db ? m_db->clock().today() : QDate());
    m_period->setEnabled(m_db && !m_periods.isEmpty());
    m_hint->setVisible(m_db && m_periods.isEmpty());
    if (!kept)
        fitAsOf();
    if (!failure.isEmpty())
        showFailure(failure);
}

void DashboardPage::periodChanged()
{
    fitAsOf();
    reload();
}

const ElectionPeriod* DashboardPage::currentPeriod() const
{
    return chosenPeriod(m_period, m_periods);
}

void DashboardPage::fitAsOf()
{
    const ElectionPeriod* period = currentPeriod();
    m_asOf->setEnabled(period != nullptr);
    // Voting day, as the Sekda's summary is dated unless told otherwise.
    if (period)
        fitAsOfDate(m_asOf, *period, period->votingDay);
}

void DashboardPage::reload()
{
    const ElectionPeriod* period = currentPeriod();
    if (!m_db || !period) {
        m_shown.reset();
        m_state->clear();
        showTiles();
        m_weakest->setUnits({}, {});
        m_ikrarChart->setUnits({}, {});
        m_attendanceChart->setUnits({}, {});
        m_progress->setWeeks({}, 0);
        return;
    }
    // The last figures stay on screen, marked as being replaced, until the new ones come.
    m_state->setText(tr("Counting the figures…"));
    m_loader->load({*period, m_asOf->date()}); // on a network share the answer comes before this returns
}

void DashboardPage::showFigures(const DashboardFigures& figures)
{
    m_shown = figures;
    m_state->setText(tr("As of %1").arg(IndonesianDate::longDate(figures.query.asOf)));
    showTiles();
    m_weakest->setUnits(figures.units, figures.thresholds);
    m_ikrarChart->setUnits(figures.units, figures.thresholds);
    m_attendanceChart->setUnits(figures.units, figures.thresholds);
    int active = 0;
    for (const UnitCompliance& unit : figures.units)
        active += unit.activeStaff;
    m_progress->setWeeks(figures.weeks, active);
}

void DashboardPage::showFailure(const QString& message)
{
    m_state->setText(message);
}

void DashboardPage::showTiles()
{
    if (!m_shown) {
        for (QLabel* tile : {m_active, m_ikrar, m_attendance, m_openCases, m_overdue})
            tile->setText(QStringLiteral("–"));
        return;
    }
    int active = 0;
    int ikrar = 0;
    int attended = 0;
    int open = 0;
    for (const UnitCompliance& unit : m_shown->units) {
        active += unit.activeStaff;
        ikrar += unit.ikrarSigned;
        attended += unit.attendedStaff;
        open += unit.casesOpen;
    }
    m_active->setText(IndonesianNumber::integer(active));
    m_ikrar->setText(IndonesianNumber::percent(ComplianceRule::percent(ikrar, active)));
    m_ikrar->setToolTip(tr("%1 of %2 signed").arg(IndonesianNumber::integer(ikrar), IndonesianNumber::integer(active)));
    m_attendance->setText(IndonesianNumber::percent(ComplianceRule::percent(attended, active)));
    m_attendance->setToolTip(
        tr("%1 of %2 attended").arg(IndonesianNumber::integer(attended), IndonesianNumber::integer(active)));
    m_openCases->setText(IndonesianNumber::integer(open));
    m_overdue->setText(IndonesianNumber::integer(m_shown->overdueCases));
}

void DashboardPage::openUnit(qint64 unitId)
{
    if (!m_db || !m_shown)
        return;
    const auto unit = std::find_if(m_shown->units.cbegin(), m_shown->units.cend(),
                                   [unitId](const UnitCompliance& u) { return u.unitId == unitId; });
    if (unit == m_shown->units.cend())
        return;
    UnitGapsDialog dialog(*m_db, m_shown->query.period, m_shown->query.asOf, m_shown->thresholds.minSessions, unitId,
                          unit->unitCode + QStringLiteral(" – ") + unit->unitName, this);
    dialog.exec();
}

QList<TableExport::Sheet> DashboardPage::exportSheets() const
{
    return {{m_weakestTable, QStringLiteral("Unit Terlemah")}};
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_periodLabel->setText(tr("Election &period:"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("The figures as they stood on this day."));
    m_hint->setText(tr("There is no election period yet. Add one first (netra-cli period add); the figures belong to a period."));
    m_activeCaption->setText(tr("Active ASN"));
    m_ikrarCaption->setText(tr("Ikrar signed"));
    m_attendanceCaption->setText(tr("Attended a briefing"));
    m_openCasesCaption->setText(tr("Cases in process"));
    m_overdueCaption->setText(tr("Recommendations overdue today"));
    m_weakestLabel->setText(tr("Weakest units (double-click for the people)"));
    m_weakest->retranslate();
    m_ikrarChart->retranslate();
    m_attendanceChart->retranslate();
    m_progress->retranslate();
}

} // namespace netra
