// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPage.h"

#include "AttendanceDialog.h"
#include "CheckInDialog.h"
#include "ExportButton.h"
#include "SessionActions.h"
#include "SessionDialog.h"
#include "SessionTableModel.h"

#include "store/Database.h"
#include "store/DeskCheckIn.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace netra {

SessionPage::SessionPage(QWidget* parent)
    : Page(parent)
    , m_model(new SessionTableModel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_checkIn(new QPushButton(this))
    , m_attendance(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new ExportButton(this))
{
    setObjectName(QStringLiteral("briefingsPage"));
    m_period->setObjectName(QStringLiteral("sessionPeriod"));
    m_hint->setObjectName(QStringLiteral("sessionHint"));
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_new->setObjectName(QStringLiteral("sessionNew"));
    m_edit->setObjectName(QStringLiteral("sessionEdit"));
    m_checkIn->setObjectName(QStringLiteral("sessionCheckIn"));
    m_attendance->setObjectName(QStringLiteral("sessionAttendance"));
    m_close->setObjectName(QStringLiteral("sessionClose"));
    m_print->setObjectName(QStringLiteral("sessionPrint"));
    m_import->setObjectName(QStringLiteral("sessionImport"));
    m_export->setObjectName(QStringLiteral("sessionExport"));
    m_periodLabel->setBuddy(m_period);
    m_period->setMinimumContentsLength(20);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hint->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SessionTableModel::TitleColumn, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_edit, m_checkIn, m_attendance, m_close})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &SessionPage::loadSessions);
    connect(m_new, &QPushButton::clicked, this, &SessionPage::newSession);
    connect(m_export, &QPushButton::clicked, this, [this] { TableExport::save(this, exportSheets()); });
    connect(m_edit, &QPushButton::clicked, this, &SessionPage::editSession);
    connect(m_checkIn, &QPushButton::clicked, this, &SessionPage::openCheckIn);
    connect(m_attendance, &QPushButton::clicked, this, &SessionPage::openAttendance);
    connect(m_close, &QPushButton::clicked, this, &SessionPage::closeSession);
    connect(m_print, &QPushButton::clicked, this, &SessionPage::printAttendanceSheet);
    connect(m_import, &QPushButton::clicked, this, &SessionPage::importResponses);
    connect(m_table, &QTableView::doubleClicked, this, &SessionPage::editSession);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionPage::updateButtons);
    retranslate();
    setDatabase(nullptr);
}

void SessionPage::setDatabase(Database* db)
{
    m_db = db;
    if (m_db)
        m_model->setRegionTime(SessionActions::regionTime(*m_db));
    refresh();
}

void SessionPage::refresh()
{
    loadPeriods();
    loadSessions();
}

void SessionPage::loadPeriods()
{
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
    for (const ElectionPeriod& period : std::as_const(m_periods))
        m_period->addItem(period.name, period.id);
    int index = m_period->findData(chosen);
    if (index < 0 && m_db) {
        // The period running today, else the latest that has begun, else the first.
        const QDate today = m_db->clock().today();
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            if (m_periods.at(i).contains(today)) {
                index = int(i);
                break;
            }
            if (m_periods.at(i).start <= today) // listed by start: the last one wins
                index = int(i);
        }
    }
    m_period->setCurrentIndex(index >= 0 ? index : (m_period->count() > 0 ? 0 : -1));
    m_period->setEnabled(m_db && !m_periods.isEmpty());
    m_hint->setVisible(m_db && m_periods.isEmpty());
}

void SessionPage::loadSessions()
{
    const std::optional<Session> selected = selectedSession();
    QList<Session> sessions;
    if (m_db && periodId() > 0) {
        if (const auto listed = SessionRepository(*m_db).list(periodId()))
            sessions = *listed;
        else
            QMessageBox::warning(this, title(), listed.error().message);
    }
    m_model->setSessions(sessions);
    m_table->resizeColumnToContents(SessionTableModel::DateColumn);
    m_table->resizeColumnToContents(SessionTableModel::TimeColumn);
    m_table->resizeColumnToContents(SessionTableModel::UnitsColumn);
    m_table->resizeColumnToContents(SessionTableModel::ClosedColumn);
    if (selected)
        selectSession(selected->id);
    updateButtons();
}

qint64 SessionPage::periodId() const
{
    return m_period->currentData().toLongLong();
}

std::optional<Session> SessionPage::selectedSession() const
{
    const Session* session = m_model->sessionAt(m_table->currentIndex().row());
    return session ? std::optional<Session>(*session) : std::nullopt;
}

void SessionPage::selectSession(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void SessionPage::updateButtons()
{
    const std::optional<Session> session = selectedSession();
    m_new->setEnabled(m_db && !m_periods.isEmpty());
    for (QPushButton* button : {m_edit, m_checkIn, m_attendance, m_print, m_import})
        button->setEnabled(m_db && session);
    m_close->setEnabled(m_db && session && !session->closed());
}

void SessionPage::changed(qint64 selectId)
{
    loadSessions();
    selectSession(selectId);
    emit dataEdited();
}

void SessionPage::newSession()
{
    if (!m_db || m_periods.isEmpty())
        return;
    const auto units = WorkUnitRepository(*m_db).list(m_db->clock().today());
    SessionDialog dialog(*m_db, m_periods, units ? *units : QList<WorkUnit>(), std::nullopt, periodId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto saved = SessionRepository(*m_db).findById(dialog.savedId()); saved && saved->periodId != periodId())
        m_period->setCurrentIndex(std::max(0, m_period->findData(saved->periodId)));
    changed(dialog.savedId());
}

void SessionPage::editSession()
{
    const std::optional<Session> session = selectedSession();
    if (!m_db || !session)
        return;
    const auto units = WorkUnitRepository(*m_db).list(session->date);
    SessionDialog dialog(*m_db, m_periods, units ? *units : QList<WorkUnit>(), session, session->periodId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto saved = SessionRepository(*m_db).findById(dialog.savedId()); saved && saved->periodId != periodId())
        m_period->setCurrentIndex(std::max(0, m_period->findData(saved->periodId)));
    changed(dialog.savedId());
}

void SessionPage::openCheckIn()
{
    const std::optional<Session> session = selectedSession();
    if (!m_db || !session)
        return;
    auto desk = DeskCheckIn::open(*m_db, session->id);
    if (!desk) {
        QMessageBox::warning(this, tr("Check-in desk"), desk.error().message);
        return;
    }
    CheckInDialog dialog(*m_db, std::move(*desk), this);
    dialog.exec();
    if (dialog.changedData())
        changed(session->id);
}

void SessionPage::openAttendance()
{
    const std::optional<Session> session = selectedSession();
    if (!m_db || !session)
        return;
    AttendanceDialog dialog(*m_db, *session, this);
    dialog.exec();
    if (dialog.changedData())
        changed(session->id);
}

void SessionPage::closeSession()
{
    const std::optional<Session> session = selectedSession();
    if (!m_db || !session)
        return;
    if (SessionActions::closeAfterConfirmation(this, *m_db, *session))
        changed(session->id);
}

void SessionPage::printAttendanceSheet()
{
    const std::optional<Session> session = selectedSession();
    if (m_db && session)
        SessionActions::printAttendanceSheet(this, *m_db, *session);
}

void SessionPage::importResponses()
{
    const std::optional<Session> session = selectedSession();
    if (m_db && session && SessionActions::importResponses(this, *m_db, *session))
        changed(session->id);
}

QList<TableExport::Sheet> SessionPage::exportSheets() const
{
    return {{m_table, QStringLiteral("Sosialisasi")}};
}

void SessionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void SessionPage::retranslate()
{
    m_periodLabel->setText(tr("Election &period:"));
    m_hint->setText(tr("There is no election period yet. Add one first (netra-cli period add); briefings belong to a period."));
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_checkIn->setText(tr("Check-in &desk"));
    m_attendance->setText(tr("&Attendance…"));
    m_close->setText(tr("&Close session…"));
    m_print->setText(tr("&Print attendance sheet…"));
    m_import->setText(tr("&Import responses…"));
    m_model->retranslate();
}

} // namespace netra
