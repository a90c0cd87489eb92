// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceDialog.h"

#include "AttendanceTableModel.h"
#include "ExportButton.h"
#include "SessionActions.h"
#include "SessionTableModel.h"

#include "core/IndonesianDate.h"
#include "store/Database.h"
#include "store/SessionRepository.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace netra {

namespace {

// Status filter values besides the statuses themselves.
constexpr int kEveryone = -1;
constexpr int kNotRecorded = -2;

} // namespace

AttendanceDialog::AttendanceDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_model(new AttendanceTableModel(this))
    , m_header(new QLabel(this))
    , m_unitFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_setStatus(new QPushButton(this))
    , m_statusMenu(new QMenu(this))
    , m_closeSession(new QPushButton(this))
    , m_export(new ExportButton(this))
    , m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("attendanceDialog"));
    m_header->setObjectName(QStringLiteral("attendanceSession"));
    m_unitFilter->setObjectName(QStringLiteral("attendanceUnitFilter"));
    m_statusFilter->setObjectName(QStringLiteral("attendanceStatusFilter"));
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_count->setObjectName(QStringLiteral("attendanceCount"));
    m_message->setObjectName(QStringLiteral("attendanceMessage"));
    m_setStatus->setObjectName(QStringLiteral("attendanceSetStatus"));
    m_closeSession->setObjectName(QStringLiteral("attendanceCloseSession"));
    m_export->setObjectName(QStringLiteral("attendanceExport"));
    m_done->setObjectName(QStringLiteral("attendanceDone"));
    m_model->setRegionTime(SessionActions::regionTime(db));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    m_message->setWordWrap(true);

    m_unitFilter->addItem(QString(), qint64(0));
    if (const auto units = WorkUnitRepository(db).list(session.date))
        for (const WorkUnit& unit : *units)
            m_unitFilter->addItem(unit.parentId ? QStringLiteral("   ") + unit.name : unit.name, unit.id);
    m_unitFilter->setMinimumContentsLength(24);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter->addItem(QString(), kEveryone);
    m_statusFilter->addItem(QString(), kNotRecorded);
    for (const AttendanceStatus status : AttendanceStatusText::all())
        m_statusFilter->addItem(QString(), int(status));
    for (const AttendanceStatus status : AttendanceStatusText::all()) {
        QAction* action = m_statusMenu->addAction(QString(), this, [this, status] { setStatusOfSelection(status); });
        action->setObjectName(QStringLiteral("attendanceSet_") + AttendanceStatusText::code(status));
        action->setData(int(status));
    }
    m_setStatus->setMenu(m_statusMenu);
    for (QPushButton* button : {m_setStatus, m_closeSession, m_done})
        button->setAutoDefault(false);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AttendanceTableModel::NumberColumn, 4 * em);
    m_table->setColumnWidth(AttendanceTableModel::NipColumn, metrics.horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + 2 * em);
    m_table->setColumnWidth(AttendanceTableModel::PositionColumn, 14 * em);
    m_table->setColumnWidth(AttendanceTableModel::UnitColumn, 14 * em);
    m_table->setColumnWidth(AttendanceTableModel::StatusColumn, 9 * em);
    m_table->setColumnWidth(AttendanceTableModel::TimeColumn, 8 * em);
    m_table->setColumnWidth(AttendanceTableModel::MethodColumn, 6 * em);
    m_table->setColumnWidth(AttendanceTableModel::FlagColumn, 9 * em);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_unitFilter, 2);
    filters->addWidget(m_statusFilter, 1);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_setStatus);
    buttons->addWidget(m_closeSession);
    buttons->addWidget(m_export);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(1100, 700);

    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &AttendanceDialog::reload);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AttendanceDialog::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttendanceDialog::updateButtons);
    connect(m_closeSession, &QPushButton::clicked, this, &AttendanceDialog::closeSession);
    connect(m_export, &QPushButton::clicked, this, [this] { TableExport::save(this, exportSheets()); });
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    retranslate(); // loads the rows too
}

QList<TableExport::Sheet> AttendanceDialog::exportSheets() const
{
    return {{m_table, QStringLiteral("Kehadiran")}};
}

void AttendanceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AttendanceDialog::retranslate()
{
    setWindowTitle(tr("Attendance — %1").arg(m_session.title));
    m_unitFilter->setItemText(0, tr("All units"));
    m_statusFilter->setItemText(0, tr("Every status"));
    m_statusFilter->setItemText(1, tr("Not recorded"));
    for (int i = 2; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, AttendanceStatusText::displayName(AttendanceStatus(m_statusFilter->itemData(i).toInt())));
    for (QAction* action : m_statusMenu->actions())
        action->setText(AttendanceStatusText::displayName(AttendanceStatus(action->data().toInt())));
    m_setStatus->setText(tr("&Set status…"));
    m_setStatus->setToolTip(tr("Give the selected people a status (walk-ins keep theirs)."));
    m_closeSession->setText(tr("&Close session…"));
    m_done->setText(tr("Done"));
    m_model->retranslate();
    showHeader();
    reload();
}

void AttendanceDialog::showHeader()
{
    QString text = m_session.title + QStringLiteral(" — ") + IndonesianDate::dayAndDate(m_session.date);
    if (m_session.closed())
        text += QStringLiteral(" — ") + tr("closed");
    m_header->setText(text);
}

void AttendanceDialog::reload()
{
    AttendanceFilter filter;
    filter.unitId = m_unitFilter->currentData().toLongLong();
    const int status = m_statusFilter->currentData().toInt();
    filter.unrecordedOnly = status == kNotRecorded;
    if (status >= 0)
        filter.status = AttendanceStatus(status);
    const auto rows = AttendanceRepository(m_db).roster(m_session, filter);
    if (!rows) {
        m_model->setEntries({});
        m_message->setText(rows.error().message);
        updateButtons();
        return;
    }
    m_model->setEntries(*rows);
    int present = 0;
    int unrecorded = 0;
    for (const AttendanceEntry& entry : *rows) {
        if (!entry.record)
            ++unrecorded;
        else if (entry.record->status == AttendanceStatus::Hadir)
            ++present;
    }
    m_count->setText(tr("%n listed", nullptr, int(rows->size())) + QStringLiteral(" · ")
                     + tr("%n present", nullptr, present) + QStringLiteral(" · ")
                     + tr("%n not recorded", nullptr, unrecorded));
    updateButtons();
}

void AttendanceDialog::updateButtons()
{
    m_setStatus->setEnabled(m_table->selectionModel()->hasSelection());
    m_closeSession->setEnabled(!m_session.closed());
}

void AttendanceDialog::setStatusOfSelection(AttendanceStatus status)
{
    QList<qint64> staffIds;
    int walkIns = 0;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const AttendanceEntry* entry = m_model->entryAt(row.row());
        if (!entry)
            continue;
        if (entry->staffId == 0)
            ++walkIns;
        else
            staffIds << entry->staffId;
    }
    if (staffIds.isEmpty()) {
        m_message->setText(walkIns ? tr("Walk-ins keep their record until a roster import brings the person.")
                                   : tr("Select the people first."));
        return;
    }
    const auto counts = AttendanceRepository(m_db).setStatus(m_session, staffIds, status, CaptureMethod::Bulk,
                                                             m_db.clock().now());
    if (!counts) {
        QMessageBox::warning(this, windowTitle(), counts.error().message);
        return;
    }
    m_changed = m_changed || counts->recorded > 0 || counts->changed > 0;
    QString message = tr("%1: %2 new, %3 changed, %4 already so.")
                          .arg(AttendanceStatusText::displayName(status))
                          .arg(counts->recorded)
                          .arg(counts->changed)
                          .arg(counts->unchanged);
    if (walkIns)
        message += QLatin1Char(' ') + tr("%n walk-in(s) left as they were.", nullptr, walkIns);
    reload();
    m_message->setText(message);
}

void AttendanceDialog::closeSession()
{
    if (!SessionActions::closeAfterConfirmation(this, m_db, m_session))
        return;
    m_changed = true;
    if (const auto fresh = SessionRepository(m_db).findById(m_session.id))
        m_session = *fresh;
    showHeader();
    reload();
}

} // namespace netra
