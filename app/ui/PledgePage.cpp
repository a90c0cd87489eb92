// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgePage.h"

#include "ExportJob.h"
#include "ExportTarget.h"
#include "PeriodChoice.h"
#include "PledgeActions.h"
#include "PledgeDetailLabel.h"
#include "PledgeFormDialog.h"
#include "PledgeSearchFilter.h"
#include "PledgeSignDialog.h"
#include "PledgeTableModel.h"

#include "core/IndonesianDate.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace netra {

namespace {

QString number(int n)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(n);
}

} // namespace

PledgePage::PledgePage(QWidget* parent)
    : Page(parent)
    , m_model(new PledgeTableModel(this))
    , m_filter(new PledgeSearchFilter(this))
    , m_loader(new PledgeListLoader(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_signing(new QComboBox(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_hint(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_markSigned(new QAction(this))
    , m_attach(new QAction(this))
    , m_view(new QAction(this))
    , m_printForms(new QAction(this))
    , m_export(new QAction(this))
    , m_shownCount(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new PledgeDetailLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("pledgesPage"));
    m_period->setObjectName(QStringLiteral("pledgePeriod"));
    m_kind->setObjectName(QStringLiteral("pledgeKind"));
    m_unit->setObjectName(QStringLiteral("pledgeUnit"));
    m_signing->setObjectName(QStringLiteral("pledgeSigning"));
    m_asOf->setObjectName(QStringLiteral("pledgeAsOf"));
    m_hint->setObjectName(QStringLiteral("pledgeHint"));
    m_search->setObjectName(QStringLiteral("pledgeSearch"));
    m_toolBar->setObjectName(QStringLiteral("pledgeToolBar"));
    m_markSigned->setObjectName(QStringLiteral("markSignedAction"));
    m_printForms->setObjectName(QStringLiteral("printFormsAction"));
    m_export->setObjectName(QStringLiteral("exportPledgesAction"));
    m_attach->setObjectName(QStringLiteral("attachEvidenceAction"));
    m_view->setObjectName(QStringLiteral("viewEvidenceAction"));
    m_shownCount->setObjectName(QStringLiteral("pledgeShown"));
    m_counts->setObjectName(QStringLiteral("pledgeCounts"));
    m_table->setObjectName(QStringLiteral("pledgeTable"));
    m_detail->setObjectName(QStringLiteral("pledgeDetail"));
    m_message->setObjectName(QStringLiteral("pledgeMessage"));

    m_periodLabel->setBuddy(m_period);
    m_period->setMinimumContentsLength(16);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const PledgeKind kind : {PledgeKind::Ikrar, PledgeKind::Pakta})
        m_kind->addItem(QString(), int(kind));
    m_unit->addItem(QString(), qint64(0));
    m_unit->setMinimumContentsLength(28);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const Signing signing : {Signing::Any, Signing::Signed, Signing::Unsigned})
        m_signing->addItem(QString(), int(signing));
    m_asOfLabel->setBuddy(m_asOf);
    m_asOf->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_asOf->setCalendarPopup(true);
    m_hint->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_shownCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setWordWrap(true);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PledgeTableModel::PositionColumn, QHeaderView::Stretch);
    // Widths from the font, not from thousands of rows.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(PledgeTableModel::NumberColumn, 4 * em);
    m_table->setColumnWidth(PledgeTableModel::NameColumn, 18 * em);
    m_table->setColumnWidth(PledgeTableModel::NipColumn, metrics.horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + 2 * em);
    m_table->setColumnWidth(PledgeTableModel::UnitColumn, 14 * em);
    m_table->setColumnWidth(PledgeTableModel::SignedOnColumn, metrics.horizontalAdvance(QStringLiteral("30 September 0000")) + em);
    m_table->setColumnWidth(PledgeTableModel::PlaceColumn, 12 * em);
    m_table->setColumnWidth(PledgeTableModel::EvidenceColumn, 10 * em);
    buildToolBar();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_kind);
    filters->addWidget(m_unit, 2);
    filters->addWidget(m_signing);
    filters->addWidget(m_asOfLabel);
    filters->addWidget(m_asOf);
    filters->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_search, 1);
    actions->addWidget(m_toolBar);
    actions->addWidget(m_message, 2);
    auto* counts = new QHBoxLayout;
    counts->addWidget(m_counts, 1);
    counts->addWidget(m_shownCount);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_hint);
    layout->addLayout(actions);
    layout->addLayout(counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);

    connect(m_period, &QComboBox::currentIndexChanged, this, &PledgePage::periodChanged);
    for (QComboBox* combo : {m_kind, m_unit, m_signing})
        connect(combo, &QComboBox::currentIndexChanged, this, &PledgePage::reload);
    // Typing a date changes it digit by digit; older requests are skipped (PledgeListLoader).
    connect(m_asOf, &QDateEdit::dateChanged, this, &PledgePage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        showShownCount();
        showDetail();
        updateActions();
    });
    // Enter in the search field goes to the first match, keyboard first.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_loader, &PledgeListLoader::loaded, this, &PledgePage::showList);
    connect(m_loader, &PledgeListLoader::failed, this, &PledgePage::showFailure);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PledgePage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_markSigned, &QAction::triggered, this, &PledgePage::markSigned);
    connect(m_printForms, &QAction::triggered, this, &PledgePage::printForms);
    connect(m_export, &QAction::triggered, this, &PledgePage::exportList);
    connect(m_attach, &QAction::triggered, this, qOverload<>(&PledgePage::attachEvidence));
    connect(m_view, &QAction::triggered, this, &PledgePage::viewEvidence);
    retranslate();
    setDatabase(nullptr);
}

PledgePage::~PledgePage() = default;

void PledgePage::buildToolBar()
{
    // Grouped by what they make: pledges, then evidence. Paper ("Print forms…") comes last,
    // after a separator of its own: one more action added here, with its slot.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_markSigned);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_attach);
    m_toolBar->addAction(m_view);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_printForms);
    m_toolBar->addAction(m_export);
    if (QWidget* button = m_toolBar->widgetForAction(m_markSigned))
        button->setObjectName(QStringLiteral("markSignedButton"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_markSigned, m_attach, m_view});
}

void PledgePage::setDatabase(Database* db)
{
    m_db = db;
    m_loader->setDatabase(db);
    {
        // Another file's periods and units share nothing with these but their ids.
        const QSignalBlocker periods(m_period);
        const QSignalBlocker units(m_unit);
        m_period->clear();
        while (m_unit->count() > 1)
            m_unit->removeItem(1);
    }
    m_keepCurrent = 0;
    m_keepSelected.clear();
    m_message->clear();
    m_search->setEnabled(db != nullptr);
    refresh();
}

void PledgePage::refresh()
{
    loadPeriods();
    loadUnits();
    loadSessions();
    reload();
}

void PledgePage::loadPeriods()
{
    m_periods.clear();
    if (m_db) {
        if (const auto periods = ElectionPeriodRepository(*m_db).list())
            m_periods = *periods;
        else
            QMessageBox::warning(this, title(), periods.error().message);
    }
    const bool kept = fillPeriodCombo(m_period, m_periods, m_db ? m_db->clock().today() : QDate());
    m_period->setEnabled(m_db && !m_periods.isEmpty());
    m_hint->setVisible(m_db && m_periods.isEmpty());
    fitAsOf(!kept);
}

void PledgePage::loadUnits()
{
    const bool first = m_unit->count() <= 1;
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
    int index = first ? -1 : m_unit->findData(chosen);
    // One unit first, not all: the first view of a large Pemda must come at once.
    if (index < 0)
        index = m_unit->count() > 1 ? 1 : 0;
    m_unit->setCurrentIndex(index);
    m_unit->setEnabled(m_db != nullptr);
}

void PledgePage::loadSessions()
{
    m_sessions.clear();
    const ElectionPeriod* period = currentPeriod();
    if (m_db && period) {
        if (const auto sessions = SessionRepository(*m_db).list(period->id))
            m_sessions = *sessions;
    }
    QHash<qint64, QString> titles;
    for (const Session& session : std::as_const(m_sessions))
        titles.insert(session.id, session.title);
    m_model->setSessionTitles(titles);
}

void PledgePage::periodChanged()
{
    fitAsOf(true);
    loadSessions();
    reload();
}

const ElectionPeriod* PledgePage::currentPeriod() const
{
    return chosenPeriod(m_period, m_periods);
}

void PledgePage::fitAsOf(bool toToday)
{
    const ElectionPeriod* period = currentPeriod();
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_signing, m_asOf})
        w->setEnabled(period != nullptr);
    if (period)
        fitAsOfDate(m_asOf, *period, toToday && m_db ? m_db->clock().today() : QDate());
}

std::optional<PledgeListQuery> PledgePage::query() const
{
    const ElectionPeriod* period = currentPeriod();
    if (!m_db || !period)
        return std::nullopt;
    PledgeListQuery query;
    query.period = *period;
    query.kind = PledgeKind(m_kind->currentData().toInt());
    query.asOf = m_asOf->date();
    query.filter.unitId = m_unit->currentData().toLongLong();
    query.filter.signing = Signing(m_signing->currentData().toInt());
    query.filter.limit = kRowLimit;
    return query;
}

void PledgePage::reload()
{
    if (m_model->rowCount() > 0) {
        const PledgeEntry* current = currentEntry();
        m_keepCurrent = current ? current->staffId : 0;
        m_keepSelected = selectedStaff(true) + selectedStaff(false);
    }
    // The rows of an older question never stay under new filters: an action on them would
    // take the kind and period from the filters, not from the rows.
    m_shown.reset();
    m_model->setEntries({});
    const std::optional<PledgeListQuery> wanted = query();
    m_counts->setText(wanted ? tr("Counting…") : QString());
    showShownCount();
    showDetail();
    updateActions();
    if (wanted)
        m_loader->load(*wanted); // on a network share the answer comes before this returns
}

void PledgePage::showList(const PledgeList& list)
{
    m_shown = list.query;
    m_tally = list.counts;
    m_total = list.obligations.total;
    m_model->setEntries(list.obligations.entries);
    QItemSelection selection;
    for (const qint64 staffId : std::as_const(m_keepSelected)) {
        const QModelIndex row = m_filter->mapFromSource(m_model->index(m_model->rowOfStaff(staffId), 0));
        if (row.isValid())
            selection.select(row, row);
    }
    QItemSelectionModel* selected = m_table->selectionModel();
    selected->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_filter->mapFromSource(m_model->index(m_model->rowOfStaff(m_keepCurrent), 0));
    if (current.isValid())
        selected->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    showCounts();
    showShownCount();
    showDetail();
    updateActions();
}

void PledgePage::showFailure(const QString& message)
{
    m_counts->setText(message);
    showShownCount();
}

void PledgePage::showCounts()
{
    if (!m_shown) {
        m_counts->clear();
        return;
    }
    const int owed = m_tally.owed;
    const int done = m_tally.signedCount;
    if (owed == 0) {
        m_counts->setText(tr("Nobody here must sign as of %1.").arg(IndonesianDate::longDate(m_shown->asOf)));
        return;
    }
    // Rounded down: 100 % only once everyone has signed.
    const int percent = int(qint64(done) * 100 / owed);
    m_counts->setText(tr("Must sign %1 · signed %2 (%3 %) · not yet %4")
                          .arg(number(owed), number(done), QString::number(percent), number(owed - done)));
}

void PledgePage::showShownCount()
{
    m_shownCount->setToolTip(QString());
    if (!m_shown) {
        m_shownCount->setText(m_db && m_loader->isLoading() ? tr("Loading…") : QString());
        return;
    }
    const int listed = m_model->rowCount();
    const int matching = m_filter->rowCount();
    const bool cut = listed < m_total;
    if (cut)
        m_shownCount->setToolTip(tr("Only the first %1 are listed; choose a unit or narrow the list to see the others. "
                                    "The counts cover everyone.")
                                     .arg(number(listed)));
    if (m_filter->isActive())
        m_shownCount->setText(cut ? tr("%1 match among the first %2 of %3").arg(number(matching), number(listed), number(m_total))
                                  : tr("%1 of %2 match").arg(number(matching), number(listed)));
    else
        m_shownCount->setText(cut ? tr("Showing %1 of %2").arg(number(listed), number(m_total))
                                  : tr("%1 listed").arg(number(listed)));
}

void PledgePage::showDetail()
{
    m_detail->showEntry(m_shown ? currentEntry() : nullptr, m_shown ? m_shown->asOf : QDate(), *m_model);
}

const PledgeEntry* PledgePage::currentEntry() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->entryAt(m_filter->mapToSource(current).row()) : nullptr;
}

QList<qint64> PledgePage::selectedStaff(bool withPledge) const
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (const PledgeEntry* entry = m_model->entryAt(m_filter->mapToSource(row).row());
            entry && entry->pledge.has_value() == withPledge)
            ids << entry->staffId;
    return ids;
}

void PledgePage::updateActions()
{
    bool anySigned = false;
    bool anyUnsigned = false;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const PledgeEntry* entry = m_model->entryAt(m_filter->mapToSource(row).row());
        if (entry && entry->pledge)
            anySigned = true;
        else if (entry)
            anyUnsigned = true;
        if (anySigned && anyUnsigned)
            break;
    }
    const bool ready = m_db && m_shown;
    m_markSigned->setEnabled(ready && anyUnsigned);
    m_attach->setEnabled(ready && anySigned);
    const PledgeEntry* current = currentEntry();
    m_view->setEnabled(ready && current && current->pledge && !current->pledge->evidenceSha256.isEmpty());
    m_printForms->setEnabled(m_db && currentPeriod());
    m_export->setEnabled(ready);
}

void PledgePage::markSigned()
{
    const QList<qint64> staffIds = selectedStaff(false);
    if (!m_db || !m_shown || staffIds.isEmpty())
        return;
    PledgeSignDialog dialog(*m_db, m_shown->period, m_shown->kind, staffIds, m_sessions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Recorded %1, already recorded %2")
                           .arg(number(dialog.counts().recorded), number(dialog.counts().alreadyRecorded)));
    reload();
    emit dataEdited();
}

void PledgePage::attachEvidence()
{
    if (!m_db || !m_shown || selectedStaff(true).isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"), QString(),
                                                      tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        attachEvidence(path);
}

void PledgePage::attachEvidence(const QString& path)
{
    const QList<qint64> staffIds = selectedStaff(true);
    if (!m_db || !m_shown || staffIds.isEmpty())
        return;
    const auto stored = PledgeActions::attachEvidence(*m_db, m_shown->period, m_shown->kind, staffIds, path);
    if (!stored) {
        QMessageBox::warning(this, tr("Attach evidence"), stored.error().message);
        return;
    }
    m_message->setText(tr("Evidence %1 attached to %n pledge(s).", nullptr, int(staffIds.size()))
                           .arg(stored->sha256.left(PledgeTableModel::kShortHash)));
    reload();
    emit dataEdited();
}

void PledgePage::viewEvidence()
{
    const PledgeEntry* entry = currentEntry();
    if (!m_db || !entry || !entry->pledge || entry->pledge->evidenceSha256.isEmpty())
        return;
    m_evidenceViewer.view(*m_db, entry->pledge->evidenceSha256, this, tr("View evidence"));
}

std::optional<PledgePage::ExportRequest> PledgePage::exportRequest() const
{
    if (!m_shown)
        return std::nullopt;
    ExportRequest request;
    request.query = *m_shown;
    request.query.filter.limit = -1;
    request.searchText = m_search->text();
    request.columns = TableExport::shownColumns(m_table);
    for (const Session& session : m_sessions)
        request.sessionTitles.insert(session.id, session.title);
    request.sheetName = m_shown->kind == PledgeKind::Ikrar ? QStringLiteral("Ikrar") : QStringLiteral("Pakta Integritas");
    return request;
}

Result<qint64> PledgePage::writeList(Database& db, const ExportRequest& request, const QString& path,
                                     SheetOutput::Format format, const ModelSheetExporter::Progress& progress)
{
    const auto list = PledgeListLoader::read(db, request.query);
    if (!list)
        return list.error();
    // The page's model and search, in this thread and never shown, so the file holds what
    // the screen would list without its limit.
    PledgeTableModel model;
    model.setSessionTitles(request.sessionTitles);
    model.setEntries(list->obligations.entries);
    PledgeSearchFilter filter;
    filter.setSourceModel(&model);
    filter.setText(request.searchText);
    return ModelSheetExporter::write({{&filter, request.sheetName, request.columns}}, path, format, progress);
}

void PledgePage::exportList()
{
    const std::optional<ExportRequest> request = exportRequest();
    if (!m_db || !request)
        return;
    const QString title = tr("Export the list");
    const auto target = ExportTarget::ask(this, title, request->sheetName);
    if (!target)
        return;
    const QString path = target->path;
    const SheetOutput::Format format = target->format;
    const Result<qint64> rows = ExportJob::run(this, *m_db, title, [request, path, format](Database& db, const auto& progress) {
        return writeList(db, *request, path, format, progress);
    });
    target->tell(this, title, rows, {request->sheetName});
}

void PledgePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void PledgePage::retranslate()
{
    m_periodLabel->setText(tr("Election &period:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, PledgeKindText::displayName(PledgeKind(m_kind->itemData(i).toInt())));
    m_unit->setItemText(0, tr("All units"));
    m_signing->setItemText(0, tr("All who must sign"));
    m_signing->setItemText(1, tr("Signed"));
    m_signing->setItemText(2, tr("Not yet signed"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("Who must sign, and who had signed, on this day."));
    m_hint->setText(tr("There is no election period yet. Add one first (netra-cli period add); pledges belong to a period."));
    m_search->setPlaceholderText(tr("Search by name or NIP"));
    m_markSigned->setText(tr("Mark as signed…"));
    m_markSigned->setToolTip(tr("Record the pledge of the selected people who have not signed yet."));
    m_attach->setText(tr("Attach evidence…"));
    m_attach->setToolTip(tr("Attach one scan (PDF, JPEG or PNG) to the selected people's pledges."));
    m_view->setText(tr("View evidence"));
    m_view->setToolTip(tr("Open the scan of the current person's pledge."));
    m_printForms->setText(tr("Print forms…"));
    m_printForms->setToolTip(tr("The forms to sign for a unit: the collective ikrar sheet, or a pakta integritas per official."));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the list as filtered and searched, every row of it, as an Excel workbook or CSV."));
    m_model->retranslate();
    showCounts();
    showShownCount();
    showDetail();
}

void PledgePage::printForms()
{
    const ElectionPeriod* period = currentPeriod();
    if (!m_db || !period)
        return;
    PledgeFormDialog dialog(*m_db, *period, PledgeKind(m_kind->currentData().toInt()), m_unit->currentData().toLongLong(),
                            m_asOf->date(), this);
    dialog.exec();
}

} // namespace netra
