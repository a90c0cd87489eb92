// SPDX-License-Identifier: GPL-3.0-or-later
#include "CasePage.h"

#include "CaseActions.h"
#include "CaseCountModel.h"
#include "CaseDetailPanel.h"
#include "CaseDialog.h"
#include "CaseStepDialog.h"
#include "CaseTableModel.h"
#include "PeriodChoice.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace netra {

namespace {

constexpr int kAnyStatus = -1;

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(false);
}

} // namespace

CasePage::CasePage(QWidget* parent)
    : Page(parent)
    , m_model(new CaseTableModel(this))
    , m_unitCounts(new CaseCountModel(CaseCountModel::Grouping::Unit, this))
    , m_kindCounts(new CaseCountModel(CaseCountModel::Grouping::Kind, this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_unit(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_overdueOnly(new QCheckBox(this))
    , m_shown(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_new(new QAction(this))
    , m_step(new QAction(this))
    , m_attach(new QAction(this))
    , m_view(new QAction(this))
    , m_export(new QAction(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new CaseDetailPanel(this))
    , m_unitCountsLabel(new QLabel(this))
    , m_unitCountsTable(new QTableView(this))
    , m_kindCountsLabel(new QLabel(this))
    , m_kindCountsTable(new QTableView(this))
{
    setObjectName(QStringLiteral("violationsPage"));
    m_period->setObjectName(QStringLiteral("casePeriod"));
    m_hint->setObjectName(QStringLiteral("caseHint"));
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_unit->setObjectName(QStringLiteral("caseUnit"));
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_kind->setObjectName(QStringLiteral("caseKind"));
    m_overdueOnly->setObjectName(QStringLiteral("caseOverdueOnly"));
    m_shown->setObjectName(QStringLiteral("caseShown"));
    m_toolBar->setObjectName(QStringLiteral("caseToolBar"));
    m_new->setObjectName(QStringLiteral("newCaseAction"));
    m_step->setObjectName(QStringLiteral("nextStepAction"));
    m_attach->setObjectName(QStringLiteral("attachCaseEvidenceAction"));
    m_view->setObjectName(QStringLiteral("viewCaseEvidenceAction"));
    m_export->setObjectName(QStringLiteral("exportCasesAction"));
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    m_unitCountsTable->setObjectName(QStringLiteral("caseCountsByUnit"));
    m_kindCountsTable->setObjectName(QStringLiteral("caseCountsByKind"));

    m_periodLabel->setBuddy(m_period);
    m_period->setMinimumContentsLength(18);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hint->setWordWrap(true);
    m_unit->addItem(QString(), qint64(0));
    m_unit->setMinimumContentsLength(24);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->addItem(QString(), kAnyStatus);
    for (const CaseStatus status : CaseStatusText::all())
        m_status->addItem(QString(), int(status));
    m_kind->addItem(QString(), QString());
    m_kind->setMinimumContentsLength(24);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CaseTableModel::KindColumn, QHeaderView::Stretch);
    // Widths from the font, measured in bold: overdue rows are bold, and their dates must not be cut.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int longDate = metrics.horizontalAdvance(QStringLiteral("30 September 0000")) + em;
    int statusWidth = 0;
    for (const CaseStatus status : CaseStatusText::all())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(CaseStatusText::displayName(status)));
    m_table->setColumnWidth(CaseTableModel::NumberColumn, 3 * em);
    m_table->setColumnWidth(CaseTableModel::NipColumn, metrics.horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + em);
    m_table->setColumnWidth(CaseTableModel::NameColumn, 14 * em);
    m_table->setColumnWidth(CaseTableModel::UnitColumn, 12 * em);
    m_table->setColumnWidth(CaseTableModel::ActDateColumn, longDate);
    m_table->setColumnWidth(CaseTableModel::SourceColumn, 10 * em);
    m_table->setColumnWidth(CaseTableModel::StatusColumn, statusWidth + em);
    m_table->setColumnWidth(CaseTableModel::DueColumn, longDate);
    for (auto [table, model] : {std::pair{m_unitCountsTable, m_unitCounts}, std::pair{m_kindCountsTable, m_kindCounts}}) {
        table->setModel(model);
        setUpTable(table);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(CaseCountModel::NameColumn, QHeaderView::Stretch);
    }
    m_unitCountsLabel->setBuddy(m_unitCountsTable);
    m_kindCountsLabel->setBuddy(m_kindCountsTable);
    buildToolBar();

    auto* top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addStretch();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_unit, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_kind, 2);
    filters->addWidget(m_overdueOnly);
    filters->addStretch();
    filters->addWidget(m_shown);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_toolBar);
    actions->addWidget(m_message, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* casesTab = new QWidget(this);
    auto* casesLayout = new QVBoxLayout(casesTab);
    casesLayout->addLayout(filters);
    casesLayout->addLayout(actions);
    casesLayout->addWidget(splitter, 1);

    auto* countsTab = new QWidget(this);
    auto* countsLayout = new QGridLayout(countsTab);
    countsLayout->addWidget(m_unitCountsLabel, 0, 0);
    countsLayout->addWidget(m_kindCountsLabel, 0, 1);
    countsLayout->addWidget(m_unitCountsTable, 1, 0);
    countsLayout->addWidget(m_kindCountsTable, 1, 1);
    countsLayout->setColumnStretch(0, 1);
    countsLayout->setColumnStretch(1, 1);
    m_tabs->addTab(casesTab, QString());
    m_tabs->addTab(countsTab, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        reload();
        reloadCounts();
    });
    for (QComboBox* combo : {m_unit, m_status, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasePage::reload);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &CasePage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, &CasePage::nextStep);
    connect(m_new, &QAction::triggered, this, &CasePage::newCase);
    connect(m_step, &QAction::triggered, this, &CasePage::nextStep);
    connect(m_attach, &QAction::triggered, this, qOverload<>(&CasePage::attachEvidence));
    connect(m_view, &QAction::triggered, this, &CasePage::viewEvidence);
    connect(m_export, &QAction::triggered, this, [this] { TableExport::save(this, exportSheets()); });
    connect(m_detail, &CaseDetailPanel::evidenceRequested, this, &CasePage::showEvidence);
    retranslate();
    setDatabase(nullptr);
}

CasePage::~CasePage() = default;

void CasePage::buildToolBar()
{
    // Grouped by what they make: cases and their steps, then evidence, then files.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_step);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_attach);
    m_toolBar->addAction(m_view);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_export);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_step, m_attach, m_view});
}

void CasePage::setDatabase(Database* db)
{
    m_db = db;
    {
        // Another file's periods, units and cases share nothing with these but their ids.
        const QSignalBlocker periods(m_period);
        const QSignalBlocker units(m_unit);
        m_period->clear();
        while (m_unit->count() > 1)
            m_unit->removeItem(1);
    }
    m_current.reset();
    m_documents.clear();
    m_message->clear();
    loadCatalog();
    refresh();
}

void CasePage::refresh()
{
    loadPeriods();
    loadUnits();
    reload();
    reloadCounts();
}

void CasePage::loadCatalog()
{
    m_catalog = {};
    if (m_db) {
        if (const auto catalog = CaseRepository(*m_db).catalog())
            m_catalog = *catalog;
        else
            QMessageBox::warning(this, title(), catalog.error().message);
    }
    m_model->setCatalog(m_catalog);
    m_detail->setCatalog(m_catalog);
    const QSignalBlocker blocker(m_kind);
    while (m_kind->count() > 1)
        m_kind->removeItem(1);
    for (const ViolationKind& kind : std::as_const(m_catalog.kinds)) {
        m_kind->addItem(kind.label, kind.code);
        m_kind->setItemData(m_kind->count() - 1, kind.label, Qt::ToolTipRole);
    }
    m_kind->setCurrentIndex(0);
}

qint64 CasePage::defaultPeriodId() const
{
    if (!m_db || m_periods.isEmpty())
        return 0;
    return m_periods.at(defaultPeriodIndex(m_periods, m_db->clock().today())).id;
}

void CasePage::loadPeriods()
{
    const bool first = m_period->count() == 0;
    const qint64 chosen = m_period->currentData().toLongLong();
    m_periods.clear();
    if (m_db) {
        if (const auto periods = ElectionPeriodRepository(*m_db).list())
            m_periods = *periods;
        else
            QMessageBox::warning(this, title(), periods.error().message);
    }
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    if (m_db)
        m_period->addItem(tr("All periods"), qint64(0));
    for (const ElectionPeriod& period : std::as_const(m_periods))
        m_period->addItem(period.name, period.id);
    int index = first ? -1 : m_period->findData(chosen);
    if (index < 0)
        index = m_period->findData(defaultPeriodId());
    m_period->setCurrentIndex(index);
    m_period->setEnabled(m_db && !m_periods.isEmpty());
    m_hint->setVisible(m_db && m_periods.isEmpty());
}

void CasePage::loadUnits()
{
    const qint64 chosen = m_unit->currentData().toLongLong();
    QList<WorkUnit> units;
    if (m_db) {
        if (const auto listed = WorkUnitRepository(*m_db).list(m_db->clock().today()))
            units = *listed;
        else
            QMessageBox::warning(this, title(), listed.error().message);
    }
    const QSignalBlocker blocker(m_unit);
    while (m_unit->count() > 1)
        m_unit->removeItem(1);
    for (const WorkUnit& unit : std::as_const(units))
        m_unit->addItem(unit.code + QStringLiteral(" – ") + unit.name, unit.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
    for (QWidget* w : std::initializer_list<QWidget*>{m_unit, m_status, m_kind, m_overdueOnly})
        w->setEnabled(m_db != nullptr);
}

CaseFilter CasePage::filter() const
{
    CaseFilter filter;
    filter.periodId = m_period->currentData().toLongLong();
    filter.unitId = m_unit->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status != kAnyStatus)
        filter.status = CaseStatus(status);
    filter.kindCode = m_kind->currentData().toString();
    filter.overdueOnly = m_overdueOnly->isChecked();
    return filter;
}

void CasePage::reload()
{
    const qint64 keep = currentCaseId() ? currentCaseId() : (m_current ? m_current->id : 0);
    QList<ViolationCase> cases;
    m_failure.clear();
    if (m_db) {
        if (const auto listed = CaseRepository(*m_db).list(filter()))
            cases = *listed;
        else
            m_failure = listed.error().message;
    }
    m_model->setCases(cases);
    const int row = m_model->rowOfCase(keep);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCount();
    showDetail();
    updateActions();
}

void CasePage::showCount()
{
    if (!m_failure.isEmpty()) {
        m_shown->setText(m_failure);
        return;
    }
    if (!m_db) {
        m_shown->clear();
        return;
    }
    const int listed = m_model->rowCount();
    int overdue = 0;
    for (int row = 0; row < listed; ++row)
        overdue += m_model->caseAt(row)->overdue ? 1 : 0;
    QString text = tr("%n case(s)", nullptr, listed);
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_shown->setText(text);
}

void CasePage::reloadCounts()
{
    QList<CaseCount> byUnit;
    QList<CaseCount> byKind;
    if (m_db) {
        const qint64 periodId = m_period->currentData().toLongLong();
        const CaseRepository cases(*m_db);
        const auto units = cases.countsByUnit(periodId);
        const auto kinds = cases.countsByKind(periodId);
        if (units && kinds) {
            byUnit = *units;
            byKind = *kinds;
        } else {
            m_message->setText(units ? kinds.error().message : units.error().message);
        }
    }
    m_unitCounts->setCounts(byUnit);
    m_kindCounts->setCounts(byKind);
}

qint64 CasePage::currentCaseId() const
{
    const ViolationCase* shown = m_model->caseAt(m_table->currentIndex().row());
    return shown ? shown->id : 0;
}

void CasePage::selectCase(qint64 caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

void CasePage::showDetail()
{
    m_current.reset();
    m_documents.clear();
    const qint64 id = currentCaseId();
    if (m_db && id) {
        const CaseRepository cases(*m_db);
        const auto found = cases.find(id);
        const auto documents = cases.documents(id);
        if (found && documents) {
            m_current = *found;
            m_documents = *documents;
        } else {
            m_message->setText(found ? documents.error().message : found.error().message);
        }
    }
    m_detail->showCase(m_current, m_documents);
}

void CasePage::updateActions()
{
    const bool ready = m_db && !m_catalog.kinds.isEmpty();
    m_new->setEnabled(ready && !m_periods.isEmpty());
    m_step->setEnabled(ready && m_current && !m_catalog.isFinal(m_current->status));
    m_attach->setEnabled(ready && m_current);
    m_view->setEnabled(ready && m_current && !m_documents.isEmpty());
}

void CasePage::newCase()
{
    if (!m_db || m_periods.isEmpty())
        return;
    const qint64 chosen = m_period->currentData().toLongLong();
    CaseDialog dialog(*m_db, m_catalog, m_periods, chosen ? chosen : defaultPeriodId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.savedId();
    // The new case must be in sight: its period, no other filter.
    if (const auto recorded = CaseRepository(*m_db).find(id)) {
        const QSignalBlocker periods(m_period);
        const QSignalBlocker units(m_unit);
        const QSignalBlocker statuses(m_status);
        const QSignalBlocker kinds(m_kind);
        const QSignalBlocker overdue(m_overdueOnly);
        if (chosen)
            m_period->setCurrentIndex(std::max(0, m_period->findData(recorded->periodId)));
        m_unit->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_overdueOnly->setChecked(false);
    }
    m_message->setText(tr("Case recorded."));
    reload();
    reloadCounts();
    selectCase(id);
    emit dataEdited();
}

void CasePage::nextStep()
{
    if (!m_db || !m_current || m_catalog.isFinal(m_current->status))
        return;
    const qint64 id = m_current->id;
    CaseStepDialog dialog(*m_db, m_catalog, *m_current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    reloadCounts();
    selectCase(id);
    const ViolationCase* moved = m_model->caseAt(m_model->rowOfCase(id));
    // A warning says what was accepted out of line; it must stay in sight, not flash by.
    m_message->setText(!dialog.warning().isEmpty() ? dialog.warning()
                           : moved ? tr("Case of %1 moved to %2.").arg(moved->name, CaseStatusText::displayName(moved->status))
                                   : tr("Step recorded; the filters hide the case now."));
    emit dataEdited();
}

void CasePage::attachEvidence()
{
    if (!m_db || !m_current)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"), QString(),
                                                      tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        attachEvidence(path);
}

void CasePage::attachEvidence(const QString& path)
{
    if (!m_db || !m_current)
        return;
    const auto stored = CaseActions::attachEvidence(*m_db, m_current->id, path);
    if (!stored) {
        QMessageBox::warning(this, tr("Attach evidence"), stored.error().message);
        return;
    }
    m_message->setText(tr("Evidence %1 attached.").arg(stored->sha256.left(EvidenceViewer::kShortHash)));
    showDetail();
    updateActions();
}

void CasePage::viewEvidence()
{
    if (!m_documents.isEmpty())
        showEvidence(m_documents.constLast().first);
}

void CasePage::showEvidence(const QString& sha256)
{
    if (m_db)
        m_evidenceViewer.view(*m_db, sha256, this, tr("View evidence"));
}

QList<TableExport::Sheet> CasePage::exportSheets() const
{
    if (m_tabs->currentIndex() == 0)
        return {{m_table, QStringLiteral("Kasus")}};
    return {{m_unitCountsTable, QStringLiteral("Kasus per Unit")}, {m_kindCountsTable, QStringLiteral("Kasus per Jenis")}};
}

void CasePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void CasePage::retranslate()
{
    m_periodLabel->setText(tr("Election &period:"));
    if (m_period->count() > 0 && m_period->itemData(0).toLongLong() == 0)
        m_period->setItemText(0, tr("All periods"));
    m_hint->setText(tr("There is no election period yet. Add one first (netra-cli period add); cases belong to a period."));
    m_tabs->setTabText(0, tr("Cases"));
    m_tabs->setTabText(1, tr("Summary (Rekap)"));
    m_unit->setItemText(0, tr("All units"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, CaseStatusText::displayName(CaseStatus(m_status->itemData(i).toInt())));
    m_kind->setItemText(0, tr("All kinds"));
    m_overdueOnly->setText(tr("&Overdue only"));
    m_overdueOnly->setToolTip(tr("Recommendations not acted on by their follow-up date."));
    m_new->setText(tr("&New case…"));
    m_new->setToolTip(tr("Record a reported violation."));
    m_step->setText(tr("Ne&xt step…"));
    m_step->setToolTip(tr("Record where the current case goes next: examination, recommendation, sanction or closure."));
    m_attach->setText(tr("Attach evidence…"));
    m_attach->setToolTip(tr("Attach a scan (PDF, JPEG or PNG) to the current case."));
    m_view->setText(tr("View evidence"));
    m_view->setToolTip(tr("Open the latest scan of the current case; the links in the details open any of them."));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the cases as filtered, or the Rekap's counts, as an Excel workbook or CSV."));
    m_unitCountsLabel->setText(tr("Per work unit (on the day of the act), for the period chosen above"));
    m_kindCountsLabel->setText(tr("Per kind of violation, for the period chosen above"));
    m_model->retranslate();
    m_unitCounts->retranslate();
    m_kindCounts->retranslate();
    showCount();
}

} // namespace netra
