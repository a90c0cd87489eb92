// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPage.h"

#include "ExportButton.h"
#include "ExportJob.h"
#include "ExportTarget.h"
#include "StaffDetailPanel.h"
#include "StaffDialog.h"
#include "StaffImportWizard.h"
#include "StaffTableModel.h"

#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace netra {

StaffPage::StaffPage(QWidget* parent)
    : Page(parent)
    , m_model(new StaffTableModel(this))
    , m_search(new QLineEdit(this))
    , m_unitFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_activeFilter(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_void(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new ExportButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new StaffDetailPanel(this))
{
    setObjectName(QStringLiteral("staffPage"));
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setClearButtonEnabled(true);
    m_unitFilter->setObjectName(QStringLiteral("staffUnitFilter"));
    m_kindFilter->setObjectName(QStringLiteral("staffKindFilter"));
    m_activeFilter->setObjectName(QStringLiteral("staffActiveFilter"));
    m_add->setObjectName(QStringLiteral("staffAdd"));
    m_edit->setObjectName(QStringLiteral("staffEdit"));
    m_void->setObjectName(QStringLiteral("staffVoid"));
    m_import->setObjectName(QStringLiteral("staffImport"));
    m_export->setObjectName(QStringLiteral("staffExport"));
    m_count->setObjectName(QStringLiteral("staffCount"));
    m_table->setObjectName(QStringLiteral("staffTable"));

    m_kindFilter->addItem(QString(), -1);
    for (const StaffKind kind : {StaffKind::Pns, StaffKind::Pppk, StaffKind::PppkPartTime, StaffKind::NonAsn})
        m_kindFilter->addItem(QString(), int(kind));
    for (int i = 0; i < 3; ++i)
        m_activeFilter->addItem(QString(), i);
    m_unitFilter->addItem(QString(), qint64(0));
    m_unitFilter->setMinimumContentsLength(24);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffTableModel::NameColumn, Qt::AscendingOrder);
    // A million rows: fixed heights and no measuring of contents, ever.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(StaffTableModel::PositionColumn, QHeaderView::Stretch);
    // Widths from the font, never from the rows: measuring a million rows is not an option.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(StaffTableModel::NameColumn, 20 * em);
    m_table->setColumnWidth(StaffTableModel::NipColumn, metrics.horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + 2 * em);
    m_table->setColumnWidth(StaffTableModel::KindColumn, 8 * em);
    m_table->setColumnWidth(StaffTableModel::UnitColumn, 11 * em);
    m_table->setColumnWidth(StaffTableModel::GradeColumn, 7 * em);
    m_table->setColumnWidth(StaffTableModel::StatusColumn, 7 * em);
    m_detail->setMinimumWidth(18 * em);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_unitFilter, 2);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_activeFilter);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_void);
    actions->addWidget(m_import);
    actions->addWidget(m_export);
    actions->addStretch();
    actions->addWidget(m_count);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1000, 26 * em});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &StaffPage::applyFilters);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &StaffPage::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &StaffPage::applyFilters);
    connect(m_activeFilter, &QComboBox::currentIndexChanged, this, &StaffPage::applyFilters);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_edit, &QPushButton::clicked, this, &StaffPage::editStaff);
    connect(m_void, &QPushButton::clicked, this, &StaffPage::voidStaff);
    connect(m_import, &QPushButton::clicked, this, &StaffPage::importRoster);
    connect(m_export, &QPushButton::clicked, this, &StaffPage::exportList);
    connect(m_table, &QTableView::doubleClicked, this, &StaffPage::editStaff);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffPage::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = m_table->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            updateSelection();
    });
    connect(m_model, &StaffTableModel::rowsArrived, this, [this] {
        if (m_selectAfterLoad) {
            const int row = m_model->rowOfId(m_selectAfterLoad);
            m_selectAfterLoad = 0;
            if (row >= 0)
                m_table->selectRow(row);
        }
        updateCount();
        updateSelection();
    });
    connect(m_model, &StaffTableModel::countKnown, this, &StaffPage::updateCount);
    // Only indexed orders are offered (name, NIP, kind); a click elsewhere keeps the order.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (StaffTableModel::isSortable(column))
            return;
        const StaffQuery& query = m_model->query();
        const int shown = query.sort == StaffSort::Nip ? StaffTableModel::NipColumn
            : query.sort == StaffSort::Kind            ? StaffTableModel::KindColumn
                                                       : StaffTableModel::NameColumn;
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(shown, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(m_model, &StaffTableModel::failed, this, [this](const QString& message) { m_count->setText(message); });
    // Enter in the search field goes to the first match, keyboard first.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    retranslate();
    setDatabase(nullptr);
}

void StaffPage::setDatabase(Database* db)
{
    m_db = db;
    m_detail->setDatabase(db);
    loadUnits();
    m_model->setDatabase(db);
    m_detail->showStaff(std::nullopt);
    for (QWidget* w : std::initializer_list<QWidget*>{m_search, m_unitFilter, m_kindFilter, m_activeFilter, m_add, m_import,
                                                                     m_export})
        w->setEnabled(db != nullptr);
    updateSelection();
}

void StaffPage::refresh()
{
    loadUnits();
    m_model->refresh();
}

void StaffPage::loadUnits()
{
    m_units.clear();
    QHash<qint64, QString> names;
    if (m_db) {
        if (const auto units = WorkUnitRepository(*m_db).list(m_db->clock().today()))
            m_units = *units;
    }
    const qint64 chosen = m_unitFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_unitFilter);
    while (m_unitFilter->count() > 1)
        m_unitFilter->removeItem(1);
    for (const WorkUnit& unit : std::as_const(m_units)) {
        names.insert(unit.id, unit.abbreviation.isEmpty() ? unit.name : unit.abbreviation);
        m_unitFilter->addItem(unit.parentId ? QStringLiteral("   ") + unit.name : unit.name, unit.id);
    }
    const int index = m_unitFilter->findData(chosen);
    m_unitFilter->setCurrentIndex(index >= 0 ? index : 0);
    m_model->setUnitNames(names);
    m_detail->setUnitNames(names);
}

void StaffPage::applyFilters()
{
    StaffQuery query = m_model->query();
    query.text = m_search->text();
    query.unitId = m_unitFilter->currentData().toLongLong();
    const int kind = m_kindFilter->currentData().toInt();
    query.kind = kind < 0 ? std::nullopt : std::optional<StaffKind>(StaffKind(kind));
    query.active = StaffActiveFilter(m_activeFilter->currentData().toInt());
    m_model->setQuery(query);
}

qint64 StaffPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void StaffPage::updateSelection()
{
    const QModelIndex current = m_table->currentIndex();
    const Staff* staff = current.isValid() ? m_model->staffAt(current.row()) : nullptr;
    m_detail->showStaff(staff ? std::optional<Staff>(*staff) : std::nullopt);
    m_edit->setEnabled(staff != nullptr);
    m_void->setEnabled(staff != nullptr);
}

void StaffPage::updateCount()
{
    const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    const QString number = locale.toString(m_model->rowCount());
    m_count->setText(m_model->isComplete() ? tr("%1 people").arg(number) : tr("%1+ people, counting…").arg(number));
}

void StaffPage::addStaff()
{
    if (!m_db)
        return;
    StaffDialog dialog(*m_db, m_units, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectAfterLoad = dialog.savedId();
    m_search->setText(QString()); // the new person must be visible
    m_model->refresh();
    emit dataEdited();
}

void StaffPage::editStaff()
{
    const qint64 id = selectedId();
    if (!m_db || !id)
        return;
    const auto staff = StaffRepository(*m_db).findById(id);
    if (!staff) {
        QMessageBox::warning(this, tr("Edit staff member"), staff.error().message);
        return;
    }
    StaffDialog dialog(*m_db, m_units, *staff, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectAfterLoad = id;
    m_model->refresh();
    emit dataEdited();
}

void StaffPage::voidStaff()
{
    const qint64 id = selectedId();
    const Staff* staff = m_table->currentIndex().isValid() ? m_model->staffAt(m_table->currentIndex().row()) : nullptr;
    if (!m_db || !id || !staff)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("staffVoidDialog"));
    dialog.setWindowTitle(tr("Void staff record"));
    dialog.setLabelText(tr("The record of %1 will disappear from lists but stay in the file.\nReason:").arg(staff->name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status voided = StaffRepository(*m_db).voidStaff(id, dialog.textValue());
    if (!voided) {
        QMessageBox::warning(this, tr("Void staff record"), voided.error().message);
        return;
    }
    m_model->refresh();
    emit dataEdited();
}

void StaffPage::importRoster()
{
    if (!m_db)
        return;
    StaffImportWizard wizard(*m_db, this);
    wizard.exec();
    if (!wizard.imported())
        return;
    refresh(); // units too: the import may have created some
    emit dataEdited();
}

StaffExporter::Options StaffPage::exportOptions() const
{
    StaffExporter::Options options;
    options.query = m_model->query();
    return options;
}

void StaffPage::exportList()
{
    if (!m_db)
        return;
    const QString title = tr("Export the staff list");
    const auto target = ExportTarget::ask(this, title, QStringLiteral("Pegawai"));
    if (!target)
        return;
    StaffExporter::Options options = exportOptions();
    const QString path = target->path;
    const auto format = target->format == SheetOutput::Format::Csv ? StaffExporter::Format::Csv
                                                                  : StaffExporter::Format::Xlsx;
    const Result<qint64> rows = ExportJob::run(this, *m_db, title, [options, path, format](Database& db, const auto& progress) {
        StaffExporter::Options withProgress = options;
        withProgress.progress = progress;
        return StaffExporter(db).write(path, format, withProgress);
    });
    target->tell(this, title, rows, {QStringLiteral("Pegawai")});
}

void StaffPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void StaffPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name or NIP"));
    m_unitFilter->setItemText(0, tr("All work units"));
    m_kindFilter->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kindFilter->count(); ++i)
        m_kindFilter->setItemText(i, staffKindLabel(StaffKind(m_kindFilter->itemData(i).toInt())));
    m_activeFilter->setItemText(0, tr("Active and inactive"));
    m_activeFilter->setItemText(1, tr("Active only"));
    m_activeFilter->setItemText(2, tr("Inactive only"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_void->setText(tr("&Void…"));
    m_import->setText(tr("&Import roster…"));
    m_model->retranslate();
    updateCount();
}

} // namespace netra
