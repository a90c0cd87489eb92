// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkUnitPage.h"

#include "ExportButton.h"
#include "UnitHeadDialog.h"
#include "WorkUnitDialog.h"
#include "WorkUnitTableModel.h"

#include "store/Database.h"
#include "store/WorkUnitRepository.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace netra {

WorkUnitPage::WorkUnitPage(QWidget* parent)
    : Page(parent)
    , m_model(new WorkUnitTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_head(new QPushButton(this))
    , m_export(new ExportButton(this))
{
    m_table->setObjectName(QStringLiteral("unitTable"));
    m_add->setObjectName(QStringLiteral("unitAdd"));
    m_edit->setObjectName(QStringLiteral("unitEdit"));
    m_head->setObjectName(QStringLiteral("unitSetHead"));
    m_export->setObjectName(QStringLiteral("unitExport"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(WorkUnitTableModel::NameColumn, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_head);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &WorkUnitPage::addUnit);
    connect(m_edit, &QPushButton::clicked, this, &WorkUnitPage::editUnit);
    connect(m_head, &QPushButton::clicked, this, &WorkUnitPage::setHead);
    connect(m_export, &QPushButton::clicked, this, [this] { TableExport::save(this, exportSheets()); });
    connect(m_table, &QTableView::doubleClicked, this, &WorkUnitPage::editUnit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkUnitPage::updateButtons);
    retranslate();
    setDatabase(nullptr);
}

WorkUnitPage::~WorkUnitPage()
{
    // The count reads through its own connection; it must end before Qt SQL shuts down.
    m_counting.waitForFinished();
}

void WorkUnitPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_countsStale && m_db)
        loadHeadcounts();
}

void WorkUnitPage::setDatabase(Database* db)
{
    m_db = db;
    refresh();
}

void WorkUnitPage::refresh()
{
    ++m_generation;
    QList<WorkUnit> units;
    if (m_db) {
        const auto listed = WorkUnitRepository(*m_db).list(m_db->clock().today());
        if (listed)
            units = *listed;
        else
            QMessageBox::warning(this, title(), listed.error().message);
    }
    const QString selected = m_model->unitAt(m_table->currentIndex().row()) ? m_model->unitAt(m_table->currentIndex().row())->code : QString();
    m_model->setUnits(units);
    m_model->setHeadcounts(std::nullopt);
    m_table->resizeColumnToContents(WorkUnitTableModel::CodeColumn);
    m_table->resizeColumnToContents(WorkUnitTableModel::KindColumn);
    m_table->resizeColumnToContents(WorkUnitTableModel::HeadColumn);
    select(selected);
    m_add->setEnabled(m_db != nullptr);
    updateButtons();
    // Counting reads every assignment: only for a page someone is looking at.
    m_countsStale = true;
    if (m_db && isVisible())
        loadHeadcounts();
}

void WorkUnitPage::loadHeadcounts()
{
    if (m_counting.isRunning()) {
        m_countsStale = true; // counted again when the running count ends
        return;
    }
    m_countsStale = false;
    const QDate today = m_db->clock().today();
    if (m_db->onNetworkShare()) {
        // A share is held by this one connection; counting here is the only way.
        const auto counts = WorkUnitRepository(*m_db).headcounts(today);
        m_model->setHeadcounts(counts ? std::optional(*counts) : std::nullopt);
        return;
    }
    // Counting walks every assignment (seconds at a million staff): a thread, its own
    // connection, and the result dropped if the page moved on meanwhile.
    const int generation = m_generation;
    const QString path = m_db->path();
    auto* watcher = new QFutureWatcher<std::optional<QHash<qint64, qint64>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == m_generation)
            m_model->setHeadcounts(watcher->result());
        watcher->deleteLater();
        if (m_countsStale && m_db && isVisible())
            loadHeadcounts();
    });
    const auto future = QtConcurrent::run([path, today]() -> std::optional<QHash<qint64, qint64>> {
        auto db = Database::open(path);
        if (!db)
            return std::nullopt;
        const auto counts = WorkUnitRepository(**db).headcounts(today);
        return counts ? std::optional(*counts) : std::nullopt;
    });
    m_counting = QFuture<void>(future);
    watcher->setFuture(future);
}

void WorkUnitPage::select(const QString& code)
{
    const int row = m_model->rowOfCode(code);
    if (row >= 0)
        m_table->selectRow(row);
}

void WorkUnitPage::updateButtons()
{
    const bool chosen = m_db && m_model->unitAt(m_table->currentIndex().row());
    m_edit->setEnabled(chosen);
    m_head->setEnabled(chosen);
}

void WorkUnitPage::addUnit()
{
    if (!m_db)
        return;
    WorkUnitDialog dialog(*m_db, m_model->units(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    select(dialog.savedCode());
    emit dataEdited();
}

void WorkUnitPage::editUnit()
{
    const WorkUnit* unit = m_model->unitAt(m_table->currentIndex().row());
    if (!m_db || !unit)
        return;
    WorkUnitDialog dialog(*m_db, m_model->units(), *unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit dataEdited();
}

void WorkUnitPage::setHead()
{
    const WorkUnit* unit = m_model->unitAt(m_table->currentIndex().row());
    if (!m_db || !unit)
        return;
    UnitHeadDialog dialog(*m_db, *unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit dataEdited();
}

QList<TableExport::Sheet> WorkUnitPage::exportSheets() const
{
    return {{m_table, QStringLiteral("Perangkat Daerah")}};
}

void WorkUnitPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void WorkUnitPage::retranslate()
{
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_head->setText(tr("Set &head…"));
    m_model->retranslate();
}

} // namespace netra
